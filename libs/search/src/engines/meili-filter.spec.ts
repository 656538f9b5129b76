import { IndexDefinition, InvalidSearchQueryError } from '../search-engine';
import { instantField, isoInstant, meiliFilter, meiliFilterString, quote } from './meili-filter';

const index: IndexDefinition = {
  name: 'vacancies',
  searchableFields: ['title'],
  filterableFields: ['status', 'skills', 'hours', 'publishedAt', 'remote', 'closingDate'],
  sortableFields: ['publishedAt'],
  geo: true,
  synonyms: [],
  tieBreakers: [],
};

describe('Meilisearch filter translation', () => {
  it('quotes strings and escapes quotes and backslashes', () => {
    expect(quote('plain')).toBe('"plain"');
    expect(quote('say "hi"')).toBe('"say \\"hi\\""');
    expect(quote('back\\slash')).toBe('"back\\\\slash"');
    // A value cannot close the string and append its own condition.
    expect(meiliFilter({ field: 'status', op: 'eq', value: 'x" OR status = "y' }, index)).toBe(
      'status = "x\\" OR status = \\"y"',
    );
  });

  it('eq on strings, numbers and booleans (arrays: contains)', () => {
    expect(meiliFilter({ field: 'status', op: 'eq', value: 'published' }, index)).toBe('status = "published"');
    expect(meiliFilter({ field: 'hours', op: 'eq', value: 38 }, index)).toBe('hours = 38');
    expect(meiliFilter({ field: 'remote', op: 'eq', value: true }, index)).toBe('remote = true');
    expect(meiliFilter({ field: 'skills', op: 'eq', value: 'zorg' }, index)).toBe('skills = "zorg"');
  });

  it('in, and an empty in that matches nothing', () => {
    expect(meiliFilter({ field: 'status', op: 'in', values: ['draft', 'closed'] }, index)).toBe(
      'status IN ["draft", "closed"]',
    );
    expect(meiliFilter({ field: 'hours', op: 'in', values: [19, 40] }, index)).toBe('hours IN [19, 40]');
    expect(meiliFilter({ field: 'status', op: 'in', values: [] }, index)).toBe('(status EXISTS AND status NOT EXISTS)');
  });

  it('numeric ranges with one or two bounds', () => {
    expect(meiliFilter({ field: 'hours', op: 'range', gte: 20, lte: 38 }, index)).toBe('(hours >= 20 AND hours <= 38)');
    expect(meiliFilter({ field: 'hours', op: 'range', gte: 20 }, index)).toBe('hours >= 20');
    expect(meiliFilter({ field: 'hours', op: 'range', lte: 0.5 }, index)).toBe('hours <= 0.5');
  });

  it('date ranges compare the epoch-millisecond shadow field', () => {
    const from = Date.parse('2026-01-15T00:00:00.000Z');
    expect(meiliFilter({ field: 'publishedAt', op: 'range', gte: '2026-01-15T00:00:00.000Z' }, index)).toBe(
      `${instantField('publishedAt')} >= ${from}`,
    );
    expect(meiliFilter({ field: 'closingDate', op: 'range', lte: '2026-03-15' }, index)).toBe(
      `_ts_closingDate <= ${Date.parse('2026-03-15')}`,
    );
  });

  it('rejects mixed or missing range bounds', () => {
    expect(() => meiliFilter({ field: 'hours', op: 'range' }, index)).toThrow(InvalidSearchQueryError);
    expect(() => meiliFilter({ field: 'hours', op: 'range', gte: 1, lte: '2026-01-01' }, index)).toThrow(
      InvalidSearchQueryError,
    );
    expect(() => meiliFilter({ field: 'hours', op: 'range', gte: 'soon' }, index)).toThrow(InvalidSearchQueryError);
  });

  it('empty covers empty, null and missing', () => {
    expect(meiliFilter({ field: 'closingDate', op: 'empty' }, index)).toBe(
      '(closingDate IS EMPTY OR closingDate IS NULL OR closingDate NOT EXISTS)',
    );
  });

  it('not and or nest with parentheses', () => {
    expect(
      meiliFilter(
        {
          op: 'not',
          filter: {
            op: 'or',
            filters: [
              { field: 'remote', op: 'eq', value: true },
              { field: 'hours', op: 'range', gte: 38 },
            ],
          },
        },
        index,
      ),
    ).toBe('(NOT (remote = true OR hours >= 38))');
  });

  it('rejects undeclared fields, also inside not / or, and field names that are not identifiers', () => {
    expect(() => meiliFilter({ field: 'title', op: 'eq', value: 'x' }, index)).toThrow(InvalidSearchQueryError);
    expect(() =>
      meiliFilter({ op: 'or', filters: [{ op: 'not', filter: { field: 'title', op: 'empty' } }] }, index),
    ).toThrow(InvalidSearchQueryError);
    expect(() => meiliFilter({ field: 'status = 1 OR x', op: 'empty' }, index)).toThrow(InvalidSearchQueryError);
  });

  it('ANDs the top-level filters and adds the geo radius', () => {
    expect(meiliFilterString(index)).toBeUndefined();
    expect(
      meiliFilterString(
        index,
        [
          { field: 'status', op: 'eq', value: 'published' },
          { op: 'or', filters: [{ field: 'remote', op: 'eq', value: true }] },
        ],
        { point: { lat: 51.0615, lng: 3.7118 }, radiusMeters: 3000 },
      ),
    ).toBe('(status = "published") AND (remote = true) AND (_geoRadius(51.0615, 3.7118, 3000))');
    expect(meiliFilterString(index, [], { point: { lat: 51, lng: 3 } })).toBeUndefined();
  });

  it('recognises ISO dates only', () => {
    expect(isoInstant('2026-01-10')).toBe(Date.UTC(2026, 0, 10));
    expect(isoInstant('2026-01-10T09:00:00.000Z')).toBe(Date.UTC(2026, 0, 10, 9));
    expect(isoInstant('10/01/2026')).toBeUndefined();
    expect(isoInstant(20260110)).toBeUndefined();
  });
});
