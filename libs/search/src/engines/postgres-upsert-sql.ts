import { IndexDefinition } from '../search-engine';
import { bodyFieldJson } from './postgres-filter-sql';
import { TEXT_CONFIG } from './postgres-text-query';

const WEIGHTS = ['A', 'B', 'C'] as const;

/** The searchable fields of the row being inserted (`u.body`) as text, most important first. */
function fieldTexts(index: IndexDefinition): string[] {
  return index.searchableFields.map((field) => `public.search_field_text(${bodyFieldJson(field, 'u')})`);
}

/** tsvector of a document: first searchable field weight A, second B, the rest C. */
export function tsvectorSql(index: IndexDefinition): string {
  const texts = fieldTexts(index);
  if (texts.length === 0) return `''::tsvector`;
  const groups = [texts.slice(0, 1), texts.slice(1, 2), texts.slice(2)].filter((g) => g.length > 0);
  return groups
    .map((group, i) => `setweight(to_tsvector(${TEXT_CONFIG}, concat_ws(' ', ${group.join(', ')})), '${WEIGHTS[i]}')`)
    .join(' || ');
}

/** All searchable text lower-cased and unaccented: the source of the index's vocabulary (search_words). */
export function searchTextSql(index: IndexDefinition): string {
  const texts = fieldTexts(index);
  return texts.length === 0 ? `''` : `public.search_normalise(concat_ws(' ', ${texts.join(', ')}))`;
}

/**
 * Upserts one batch, passed as parallel arrays ($2..$8) so the statement text does not grow with the batch.
 * A stored document with a higher version is left alone: the outbox may deliver an older change late.
 * The words of what was written join the index's vocabulary (typo correction), in word order so two batches
 * adding the same new words at once wait for each other instead of deadlocking.
 */
export function upsertStatement(index: IndexDefinition): string {
  return `
    WITH written AS (
      INSERT INTO search_documents AS d
        (index_name, id, version, body, attributes, search_text, tsv, tags, lat, lng, updated_at)
      SELECT $1, u.id, u.version, u.body, u.attributes, ${searchTextSql(index)}, ${tsvectorSql(index)},
             ARRAY(SELECT jsonb_array_elements_text(u.tags)::bigint), u.lat, u.lng, now()
      FROM unnest($2::text[], $3::bigint[], $4::jsonb[], $5::float8[], $6::float8[], $7::jsonb[], $8::jsonb[])
        AS u(id, version, body, lat, lng, tags, attributes)
      ON CONFLICT (index_name, id) DO UPDATE
        SET version = EXCLUDED.version, body = EXCLUDED.body, attributes = EXCLUDED.attributes,
            search_text = EXCLUDED.search_text, tsv = EXCLUDED.tsv, tags = EXCLUDED.tags, lat = EXCLUDED.lat,
            lng = EXCLUDED.lng, updated_at = EXCLUDED.updated_at
        WHERE d.version <= EXCLUDED.version
      RETURNING d.search_text
    )
    ${addWordsSql('(SELECT w.word FROM written, regexp_split_to_table(written.search_text, $9) AS w(word))', '$1')}`;
}

/** Splits normalised text into words: what is not a letter or digit separates them. */
export const WORD_SEPARATOR = '[^[:alnum:]]+';

/** INSERTs the distinct words of `wordsSql` (a subquery of one `word` column) into the index's vocabulary. */
export function addWordsSql(wordsSql: string, indexNameSql: string): string {
  return `
    INSERT INTO search_words (index_name, word)
    SELECT DISTINCT ${indexNameSql}, x.word FROM ${wordsSql} AS x(word)
    WHERE length(x.word) BETWEEN ${MIN_WORD_LENGTH} AND ${MAX_WORD_LENGTH}
    ORDER BY 2
    ON CONFLICT DO NOTHING`;
}

/** Shorter words are not corrected (too many near neighbours); longer ones are not words. */
export const MIN_WORD_LENGTH = 3;
export const MAX_WORD_LENGTH = 40;
