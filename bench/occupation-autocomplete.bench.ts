// Occupation autocomplete: TaxonomyService.searchOccupations (trigram index on normalised labels, literal matches
// first, typo search only when needed) against the naive scan it replaces: ILIKE '%q%' over every label with
// unaccent() at query time, prefix matches first, then shorter labels.
import { DataSource } from 'typeorm';
import { DEFAULT_OCCUPATION_SEARCH_LIMIT, TaxonomyService } from '@werkpunt/taxonomy';
import { defineBenchmark } from './benchmark';

/** Words job seekers and mediators type, Flemish everyday words and typos included. */
const OCCUPATION_QUERIES = [
  'kuisvrouw',
  'poetser',
  'verpleeg',
  'verpleegkundige',
  'lasser',
  'heftruck',
  'magazijn',
  'kassier',
  'kassière',
  'schoonmaaker', // typo
  'verplegkundige', // typo
  'chauffeur',
  'kok',
  'afwas',
  'bouwvakker',
  'metser',
  'elektricien',
  'boekhouder',
  'informaticus',
  'programmeur',
  'zorgkundige',
  'kinderbegeleider',
  'bakker',
  'slager',
  'tuinman',
  'schilder',
  'loodgieter',
  'receptionist',
  'callcenter',
  'verkoper',
  'vrachtwagenchauffeur',
  'onthaalmedewerker',
];

/** The whole words plus what the autocomplete sees while they are typed: the first 3, 4 and 5 letters. */
function typedQueries(words: readonly string[]): string[] {
  const queries = words.flatMap((word) => [3, 4, 5].filter((n) => n < word.length).map((n) => word.slice(0, n)));
  return [...new Set([...queries, ...words])];
}

// The naive approach: no precomputed normalised column, no index; every label is unaccented and compared per query.
const NAIVE_SEARCH_SQL = `
  WITH hits AS (
    SELECT l.occupation_id, l.label, unaccent(l.label) ILIKE unaccent($1) || '%' AS is_prefix
    FROM occupation_labels l
    WHERE unaccent(l.label) ILIKE '%' || unaccent($1) || '%'
  ),
  best AS (
    SELECT DISTINCT ON (occupation_id) occupation_id, label, is_prefix
    FROM hits
    ORDER BY occupation_id, is_prefix DESC, length(label), label
  )
  SELECT o.id, o.esco_code, o.preferred_label, b.label AS matched_label, o.isco_code,
         g.label_en AS isco_label_en, g.label_nl AS isco_label_nl
  FROM best b
  JOIN occupations o ON o.id = b.occupation_id
  JOIN isco_groups g ON g.code = o.isco_code
  ORDER BY b.is_prefix DESC, length(b.label), b.label
  LIMIT $2`;

interface NaiveRow {
  id: string;
  matched_label: string;
}

function naiveSearch(dataSource: DataSource, query: string): Promise<NaiveRow[]> {
  const pattern = query.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
  return dataSource.query(NAIVE_SEARCH_SQL, [pattern, DEFAULT_OCCUPATION_SEARCH_LIMIT]);
}

interface Context {
  taxonomy: TaxonomyService;
  dataSource: DataSource;
  queries: string[];
  labelCount: number;
}

export const occupationAutocomplete = defineBenchmark<Context, string>({
  name: 'occupation-autocomplete',
  description: "occupation search (trigram index) vs ILIKE '%q%' scan with unaccent()",
  target: { metric: 'p95', atMost: 25 },
  limits: { warmup: 40, min: 100, max: 600, maxTimeMs: 8_000 },

  async setup(env) {
    const app = await env.app();
    const dataSource = app.get(DataSource);
    const [{ count }] = (await dataSource.query('SELECT count(*)::int AS count FROM occupation_labels')) as {
      count: number;
    }[];
    if (count === 0) throw new Error('occupation_labels is empty: run the reference seed first (npm run seed)');
    return {
      taxonomy: app.get(TaxonomyService),
      dataSource,
      queries: typedQueries(OCCUPATION_QUERIES),
      labelCount: count,
    };
  },

  inputs: (context) => context.queries,
  describeInput: (query) => `"${query}"`,

  subject: {
    label: 'TaxonomyService.searchOccupations',
    run: (context, query) => context.taxonomy.searchOccupations(query),
  },

  baseline: {
    label: "ILIKE '%q%' + unaccent, seq scan",
    run: (context, query) => naiveSearch(context.dataSource, query),
  },

  async notes(context) {
    let sameFirst = 0;
    const subjectEmpty: string[] = [];
    const baselineEmpty: string[] = [];
    for (const query of context.queries) {
      const [subject, baseline] = await Promise.all([
        context.taxonomy.searchOccupations(query),
        naiveSearch(context.dataSource, query),
      ]);
      if (subject.length === 0) subjectEmpty.push(query);
      if (baseline.length === 0) baselineEmpty.push(query);
      if (subject[0] && baseline[0] && subject[0].id === baseline[0].id) sameFirst++;
    }
    const list = (queries: string[]) => (queries.length ? `: ${queries.join(', ')}` : '');
    return [
      `${context.queries.length} queries (${OCCUPATION_QUERIES.length} words and their 3–5 letter prefixes) ` +
        `over ${context.labelCount.toLocaleString('en-US')} labels, limit ${DEFAULT_OCCUPATION_SEARCH_LIMIT}`,
      `no result — subject ${subjectEmpty.length}${list(subjectEmpty)}; baseline ${baselineEmpty.length}${list(baselineEmpty)}`,
      `same first occupation in ${sameFirst} of ${context.queries.length} queries (the subject ranks synonyms and typos)`,
    ];
  },
});
