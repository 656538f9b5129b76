import { BadRequestException } from '@nestjs/common';
import { decodeCursor, encodeCursor, toPage } from './cursor';

describe('audit log cursors', () => {
  it('round-trips an id', () => {
    expect(decodeCursor(encodeCursor('9007199254740993'))).toBe('9007199254740993');
  });

  it('refuses a cursor it did not hand out', () => {
    expect(() => decodeCursor('bm9wZQ')).toThrow(BadRequestException);
    expect(() => decodeCursor(Buffer.from('v1:1; drop table', 'utf8').toString('base64url'))).toThrow(
      BadRequestException,
    );
  });

  it('gives a next cursor only when there was one row more than the limit', () => {
    const rows = [{ id: '5' }, { id: '4' }, { id: '3' }];
    expect(toPage(rows, 2, (r) => r.id)).toEqual({ items: ['5', '4'], nextCursor: encodeCursor('4') });
    expect(toPage(rows, 3, (r) => r.id)).toEqual({ items: ['5', '4', '3'], nextCursor: null });
  });
});
