import { findUnavailableService } from '@werkpunt/platform';
import { DataSource } from 'typeorm';
import {
  IndexDefinition,
  InvalidSearchQueryError,
  SearchDocument,
  SearchEngine,
  SearchEngineUnavailableError,
  SearchHit,
  SearchQuery,
  SearchResult,
} from '../search-engine';
import { assertValidDefinition } from './index-definition-rules';
import { pageStatement, searchStatement } from './postgres-search-sql';
import { attributesOf, filterTags, tagHash } from './filter-tags';
import { addWordsSql, MIN_WORD_LENGTH, upsertStatement, WORD_SEPARATOR } from './postgres-upsert-sql';

/** Rows per INSERT: large enough to amortise round trips, small enough to keep one statement short. */
/** Fewer exact matches than this, and the search also tries close spellings. */
const TYPO_FALLBACK_BELOW = 3;
const UPSERT_BATCH = 1000;

interface StoredHit {
  id: string;
  version: string | number;
  body: SearchHit['fields'];
  lat: number | null;
  lng: number | null;
  distance?: number | null;
}

/**
 * The embedded engine: one `search_documents` table for every index (schema from the migration), settings
 * in `search_indexes`. Needs nothing but the platform's PostgreSQL.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly kind = 'postgres';
  private readonly definitions = new Map<string, IndexDefinition>();

  constructor(private readonly dataSource: DataSource) {}

  async ensureIndex(definition: IndexDefinition): Promise<void> {
    assertValidDefinition(definition);
    await this.run(
      `INSERT INTO search_indexes (name, definition, updated_at) VALUES ($1, $2::jsonb, now())
       ON CONFLICT (name) DO UPDATE SET definition = EXCLUDED.definition, updated_at = now()
       WHERE search_indexes.definition IS DISTINCT FROM EXCLUDED.definition`,
      [definition.name, JSON.stringify(definition)],
    );
    // People misspell the words they search with, synonyms included ("kuisvrouww").
    const synonyms = definition.synonyms.flat();
    if (synonyms.length > 0) {
      await this.run(addWordsSql(`(SELECT public.search_normalise(s) FROM unnest($2::text[]) AS s)`, '$1'), [
        definition.name,
        synonyms,
      ]);
    }
    this.definitions.set(definition.name, definition);
  }

  async upsert(index: string, documents: SearchDocument[]): Promise<void> {
    const definition = await this.definition(index);
    const sql = upsertStatement(definition);
    const latest = latestVersions(documents);
    for (let start = 0; start < latest.length; start += UPSERT_BATCH) {
      const batch = latest.slice(start, start + UPSERT_BATCH);
      await this.run(sql, [
        index,
        batch.map((d) => d.id),
        batch.map((d) => d.version),
        batch.map((d) => JSON.stringify(d.fields)),
        batch.map((d) => d.geo?.lat ?? null),
        batch.map((d) => d.geo?.lng ?? null),
        // Hashed here, as queries are (filter-tags.ts): the database only casts them.
        batch.map((d) => JSON.stringify(filterTags(definition, d.fields).map(tagHash))),
        batch.map((d) => JSON.stringify(attributesOf(definition, d.fields))),
        WORD_SEPARATOR,
      ]);
    }
  }

  async delete(index: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.run(`DELETE FROM search_documents WHERE index_name = $1 AND id = ANY($2::text[])`, [index, ids]);
  }

  async deleteAllExcept(index: string, keepIds: string[]): Promise<number> {
    const [, deleted] = (await this.run(
      `DELETE FROM search_documents WHERE index_name = $1 AND NOT (id = ANY($2::text[]))`,
      [index, keepIds],
    )) as [unknown, number];
    return deleted;
  }

  async search(index: string, query: SearchQuery): Promise<SearchResult> {
    const definition = await this.definition(index);
    const searchFor = (text: string | undefined) => this.searchOnce(definition, { ...query, text });
    const exact = await searchFor(query.text);
    if (!query.text?.trim() || (exact.total ?? exact.hits.length) >= TYPO_FALLBACK_BELOW) return exact;
    // The words as typed find (almost) nothing: try them spelt as the index's own words.
    const corrected = await this.correctSpelling(index, query.text);
    return corrected === null ? exact : searchFor(corrected);
  }

  private async searchOnce(definition: IndexDefinition, query: SearchQuery): Promise<SearchResult> {
    if (query.countTotal === false) {
      const page = pageStatement(definition, query);
      const rows = (await this.run(page.sql, page.values)) as StoredHit[];
      return { total: null, hits: rows.map(toHit), facets: {} };
    }
    const { sql, values } = searchStatement(definition, query);
    const [row] = (await this.run(sql, values)) as {
      total: number;
      hits: StoredHit[];
      facets: SearchResult['facets'];
    }[];
    return { total: row.total, hits: row.hits.map(toHit), facets: row.facets };
  }

  /**
   * The text with each word the vocabulary lacks replaced by its closest word there (trigram similarity, at
   * least pg_trgm's threshold), or null when no word changed. Words shorter than MIN_WORD_LENGTH stay.
   */
  private async correctSpelling(index: string, text: string): Promise<string | null> {
    const rows = (await this.run(
      `SELECT string_agg(COALESCE(
                CASE WHEN length(t.word) < ${MIN_WORD_LENGTH} THEN t.word END,
                (SELECT v.word FROM search_words v WHERE v.index_name = $1 AND v.word = t.word),
                (SELECT v.word FROM search_words v
                  WHERE v.index_name = $1 AND v.word % t.word
                  ORDER BY similarity(v.word, t.word) DESC, v.word LIMIT 1),
                t.word), ' ' ORDER BY t.n) AS corrected,
              string_agg(t.word, ' ' ORDER BY t.n) AS typed
         FROM regexp_split_to_table(public.search_normalise($2), $3) WITH ORDINALITY AS t(word, n)
        WHERE t.word <> ''`,
      [index, text, WORD_SEPARATOR],
    )) as { corrected: string | null; typed: string | null }[];
    const { corrected, typed } = rows[0] ?? { corrected: null, typed: null };
    return corrected !== null && corrected !== typed ? corrected : null;
  }

  async get(index: string, id: string): Promise<SearchHit | null> {
    const rows = (await this.run(
      `SELECT id, version, body, lat, lng FROM search_documents WHERE index_name = $1 AND id = $2`,
      [index, id],
    )) as StoredHit[];
    return rows.length === 0 ? null : toHit(rows[0]);
  }

  async count(index: string): Promise<number> {
    const [row] = (await this.run(`SELECT count(*)::int AS n FROM search_documents WHERE index_name = $1`, [
      index,
    ])) as { n: number }[];
    return row.n;
  }

  async isHealthy(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  /** The definition ensureIndex stored, possibly by another process. */
  private async definition(index: string): Promise<IndexDefinition> {
    const known = this.definitions.get(index);
    if (known) return known;
    const rows = (await this.run(`SELECT definition FROM search_indexes WHERE name = $1`, [index])) as {
      definition: IndexDefinition;
    }[];
    if (rows.length === 0) throw new InvalidSearchQueryError(`Search index "${index}" does not exist (ensureIndex)`);
    this.definitions.set(index, rows[0].definition);
    return rows[0].definition;
  }

  private async run(sql: string, values: unknown[]): Promise<unknown> {
    try {
      return await this.dataSource.query(sql, values);
    } catch (error) {
      if (findUnavailableService(error)) {
        throw new SearchEngineUnavailableError(`PostgreSQL search is unavailable: ${(error as Error).message}`, {
          cause: error,
        });
      }
      throw error;
    }
  }
}

/** One row per id, the highest version: ON CONFLICT cannot touch the same row twice in one statement. */
function latestVersions(documents: SearchDocument[]): SearchDocument[] {
  const byId = new Map<string, SearchDocument>();
  for (const document of documents) {
    const seen = byId.get(document.id);
    if (!seen || seen.version <= document.version) byId.set(document.id, document);
  }
  return [...byId.values()];
}

function toHit(row: StoredHit): SearchHit {
  const geo = row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null;
  return {
    id: row.id,
    version: Number(row.version),
    fields: row.body,
    geo,
    distanceMeters: row.distance ?? null,
  };
}
