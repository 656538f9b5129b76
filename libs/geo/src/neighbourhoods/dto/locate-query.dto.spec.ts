import { BadRequestException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { LocateQueryDto, toLocateRequest } from './locate-query.dto';

/** What the global ValidationPipe does with a query string: transform, then validate. */
function invalidFields(query: Record<string, unknown>): string[] {
  return validateSync(plainToInstance(LocateQueryDto, query), { whitelist: true, forbidNonWhitelisted: true }).map(
    (error) => error.property,
  );
}

describe('LocateQueryDto', () => {
  it('accepts a point and turns it into numbers', () => {
    const dto = plainToInstance(LocateQueryDto, { lat: '51.0386', lon: '3.7446' });
    expect(validateSync(dto)).toEqual([]);
    expect(dto).toMatchObject({ lat: 51.0386, lon: 3.7446 });
  });

  it('rejects text, empty values and out-of-range coordinates', () => {
    expect(invalidFields({ lat: 'north', lon: '3.7' })).toEqual(['lat']);
    expect(invalidFields({ lat: '', lon: '3.7' })).toEqual(['lat']);
    expect(invalidFields({ lat: '91', lon: '3.7' })).toEqual(['lat']);
    expect(invalidFields({ lat: '51', lon: '-181' })).toEqual(['lon']);
  });

  it('wants a postcode of exactly four digits', () => {
    expect(invalidFields({ postcode: '9040' })).toEqual([]);
    expect(invalidFields({ postcode: '904' })).toEqual(['postcode']);
    expect(invalidFields({ postcode: 'B-9040' })).toEqual(['postcode']);
  });
});

describe('toLocateRequest', () => {
  it('asks by point when lat and lon are given', () => {
    expect(toLocateRequest({ lat: 51.0386, lon: 3.7446 })).toEqual({
      by: 'point',
      point: { lat: 51.0386, lon: 3.7446 },
    });
  });

  it('asks by postcode when only a postcode is given', () => {
    expect(toLocateRequest({ postcode: '9040' })).toEqual({ by: 'postcode', postcode: '9040' });
  });

  it('refuses half a point, nothing at all, or both kinds of question', () => {
    expect(() => toLocateRequest({ lat: 51.0386 })).toThrow(BadRequestException);
    expect(() => toLocateRequest({})).toThrow('Give both lat and lon');
    expect(() => toLocateRequest({ lat: 51.0386, lon: 3.7446, postcode: '9050' })).toThrow('not both');
  });
});

describe('LocateQueryDto messages', () => {
  it('answers a latitude that is not a number with one clear message', () => {
    const [error] = validateSync(plainToInstance(LocateQueryDto, { lat: 'north', lon: '3.7' }));
    expect(Object.values(error.constraints ?? {})).toEqual(['lat must be a number from -90 to 90, e.g. 51.0386']);
  });
});
