import { IndexDefinition } from '../search-engine';
import { meiliSettings, symmetricSynonyms } from './meili-settings';

const index: IndexDefinition = {
  name: 'vacancies',
  searchableFields: ['title', 'description'],
  filterableFields: ['status', 'publishedAt'],
  sortableFields: ['publishedAt'],
  geo: true,
  synonyms: [['kuisvrouw', 'poetshulp', 'schoonmaker']],
  tieBreakers: [{ field: 'publishedAt', direction: 'desc' }],
};

describe('Meilisearch settings from an IndexDefinition', () => {
  it('declares attributes, _geo, the date shadows, and tie-breakers as custom ranking rules', () => {
    const settings = meiliSettings(index);
    expect(settings.searchableAttributes).toEqual(['title', 'description']);
    expect(settings.filterableAttributes).toEqual(['status', 'publishedAt', '_ts_status', '_ts_publishedAt', '_geo']);
    expect(settings.sortableAttributes).toEqual(['publishedAt', '_geo']);
    expect(settings.rankingRules).toEqual([
      'words',
      'typo',
      'proximity',
      'attribute',
      'sort',
      'exactness',
      'publishedAt:desc',
    ]);
    expect(settings.pagination?.maxTotalHits).toBeGreaterThanOrEqual(300_000);
  });

  it('leaves _geo out when the index has no locations', () => {
    const settings = meiliSettings({ ...index, geo: false });
    expect(settings.filterableAttributes).not.toContain('_geo');
    expect(settings.sortableAttributes).not.toContain('_geo');
  });

  it('makes every synonym group symmetric', () => {
    expect(
      symmetricSynonyms([
        ['a', 'b', 'c'],
        ['c', 'd'],
      ]),
    ).toEqual({
      a: ['b', 'c'],
      b: ['a', 'c'],
      c: ['a', 'b', 'd'],
      d: ['c'],
    });
  });
});
