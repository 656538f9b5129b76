import { IndexDefinition, InvalidSearchQueryError } from '../search-engine';
import { filterToSql, SqlParams } from './postgres-filter-sql';
import { filterTags, tagHash } from './filter-tags';
import { pageStatement, searchStatement } from './postgres-search-sql';
import { tsquerySql } from './postgres-text-query';
import { upsertStatement } from './postgres-upsert-sql';

const index: IndexDefinition = {
  name: 'vacancies',
  searchableFields: ['title', 'description', 'skills', 'employer'],
  filterableFields: ['status', 'skills', 'hours', 'publishedAt'],
  sortableFields: ['publishedAt'],
  geo: true,
  synonyms: [['kuisvrouw', 'schoonmaker']],
  tieBreakers: [{ field: 'publishedAt', direction: 'desc' }],
};

describe('PostgreSQL search SQL', () => {
  it('binds every filter value as a parameter', () => {
    const params = new SqlParams();
    const hostile = `x'); DROP TABLE search_documents; --`;
    const sql = filterToSql(
      {
        op: 'or',
        filters: [
          { field: 'status', op: 'eq', value: hostile },
          { field: 'publishedAt', op: 'range', gte: hostile },
          { field: 'hours', op: 'in', values: [1, 2] },
        ],
      },
      index,
      params,
    );
    expect(sql).not.toContain('DROP');
    expect(params.values).toContain(tagHash(`status=${hostile}`));
    expect(params.values).toContain(hostile);
  });

  it('eq and in test the hashed filter tags (GIN-indexed), never the body', () => {
    const params = new SqlParams();
    expect(filterToSql({ field: 'skills', op: 'eq', value: 'zorg' }, index, params)).toBe(
      '(d.tags @> ARRAY[$1]::bigint[])',
    );
    expect(filterToSql({ field: 'hours', op: 'in', values: [19, 38] }, index, params)).toBe('(d.tags && $2::bigint[])');
    expect(params.values).toEqual([tagHash('skills=zorg'), [tagHash('hours=19'), tagHash('hours=38')]]);
  });

  it('hashes a tag to a signed 64-bit integer that tells different tags apart', () => {
    // md5('a') starts 0cc175b9c0f1b6a8: positive; md5('b') starts 92eb5ffee6ae2fec: the top bit makes it negative.
    expect(tagHash('a')).toBe(BigInt.asIntN(64, 0x0cc175b9c0f1b6a8n).toString());
    expect(tagHash('b')).toBe(BigInt.asIntN(64, 0x92eb5ffee6ae2fecn).toString());
    expect(tagHash('b').startsWith('-')).toBe(true);
    expect(tagHash('hours=19')).not.toBe(tagHash('hours=38'));
  });

  it('tags a document per filterable value, array elements one by one, nulls not at all', () => {
    expect(
      filterTags(index, { status: 'published', skills: ['zorg', 'koken'], hours: 38, publishedAt: null, title: 'x' }),
    ).toEqual(['status=published', 'skills=zorg', 'skills=koken', 'hours=38']);
  });

  it('pages without counting in nearest-first order, and refuses facets there', () => {
    const { sql } = pageStatement(index, { geo: { point: { lat: 51.06, lng: 3.71 } }, sort: [{ geoDistance: 'asc' }] });
    expect(sql).toMatch(/ORDER BY point\(d\.lng \* 0\.6287, d\.lat\) <-> point\(\$\d+::float8, \$\d+::float8\)/);
    expect(sql).not.toMatch(/count\(/);
    expect(() => pageStatement(index, { facets: ['status'] })).toThrow(InvalidSearchQueryError);
  });

  it('rejects undeclared fields and malformed names', () => {
    expect(() => filterToSql({ field: 'title', op: 'empty' }, index, new SqlParams())).toThrow(InvalidSearchQueryError);
    expect(() => searchStatement(index, { sort: [{ field: "x'--", direction: 'asc' }] })).toThrow(
      InvalidSearchQueryError,
    );
    expect(() => searchStatement(index, { facets: ['title'] })).toThrow(InvalidSearchQueryError);
  });

  it('expands synonyms word by word and keeps websearch syntax otherwise', () => {
    const plain = new SqlParams();
    expect(tsquerySql('kok "in de keuken"', index.synonyms, plain)).toBe(
      `websearch_to_tsquery('public.werkpunt_dutch'::regconfig, $1)`,
    );
    const expanded = new SqlParams();
    const sql = tsquerySql('Kuisvrouw gent', index.synonyms, expanded);
    expect(sql).toContain('plainto_tsquery');
    expect(expanded.values).toEqual(['kuisvrouw', 'schoonmaker', 'gent']);
  });

  it('weights the first searchable field A, the second B, the rest C', () => {
    const sql = upsertStatement(index);
    expect(sql).toMatch(/'title'.*'A'.*'description'.*'B'.*'skills'.*'employer'.*'C'/s);
    expect(sql).toContain('WHERE d.version <= EXCLUDED.version');
  });

  it('orders by relevance, the sorts, the tie-breakers, then id', () => {
    const { sql } = searchStatement(index, {
      text: 'kok',
      geo: { point: { lat: 51, lng: 3.7 } },
      sort: [{ geoDistance: 'asc' }],
    });
    expect(sql).toContain('ORDER BY m.rank DESC, m.distance ASC NULLS LAST, m.s0 DESC NULLS LAST, m.id ASC');
  });
});
