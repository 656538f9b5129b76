import { BadRequestException } from '@nestjs/common';
import { decodeCursor, encodeCursor, toCursorPage } from './pagination';

describe('cursor pagination', () => {
  it('round-trips a position, including sort keys with any characters', () => {
    const position = { sortKey: 'Bakkerij "Rabot" & Zonen, bv', id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427' };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it('refuses a cursor it did not hand out with a 400', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow(BadRequestException);
    expect(() => decodeCursor(Buffer.from('["c0","a","b"]').toString('base64url'))).toThrow(BadRequestException);
  });

  it('points past the last item only when there is one more row', () => {
    const rows = [1, 2, 3].map((n) => ({ name: `n${n}`, id: `id${n}` }));
    const position = (row: { name: string; id: string }) => ({ sortKey: row.name, id: row.id });
    const full = toCursorPage(rows, 2, position, (row) => row.id);
    expect(full.items).toEqual(['id1', 'id2']);
    expect(decodeCursor(full.nextCursor ?? '')).toEqual({ sortKey: 'n2', id: 'id2' });
    expect(toCursorPage(rows, 3, position, (row) => row.id).nextCursor).toBeNull();
  });
});
