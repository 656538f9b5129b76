import type { Settings } from 'meilisearch';
import { IndexDefinition } from '../search-engine';
import { instantField } from './meili-filter';

/** Meilisearch's own default order; the index's tie-breakers follow as custom ranking rules. */
export const DEFAULT_RANKING_RULES = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];

/**
 * Large enough that totalHits (exhaustive with page / hitsPerPage) is never capped for our indexes
 * (300,000 documents in the benchmark); Meilisearch's default of 1000 would cap it.
 */
export const MAX_TOTAL_HITS = 10_000_000;
/** Facets of our fields have at most a few hundred values (skills); the default 100 would truncate. */
export const MAX_VALUES_PER_FACET = 1000;

/** The whole settings object for an index, derived from the one IndexDefinition both engines share. */
export function meiliSettings(definition: IndexDefinition): Settings {
  const geo = definition.geo ? ['_geo'] : [];
  return {
    searchableAttributes: [...definition.searchableFields],
    filterableAttributes: [...definition.filterableFields, ...definition.filterableFields.map(instantField), ...geo],
    sortableAttributes: [...definition.sortableFields, ...geo],
    rankingRules: [...DEFAULT_RANKING_RULES, ...definition.tieBreakers.map((t) => `${t.field}:${t.direction}`)],
    synonyms: symmetricSynonyms(definition.synonyms),
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET },
  };
}

/** Meilisearch synonyms are one-way: every word of a group maps to all the others. */
export function symmetricSynonyms(groups: string[][]): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of groups) {
    for (const word of group) {
      const others = group.filter((w) => w !== word);
      synonyms[word] = [...new Set([...(synonyms[word] ?? []), ...others])];
    }
  }
  return synonyms;
}
