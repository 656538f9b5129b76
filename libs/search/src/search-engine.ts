/**
 * The search port: what the rest of the platform asks of a search engine. Two adapters implement it
 * (PostgreSQL, the embedded default, and Meilisearch) and pass one contract suite
 * (test/search-contract). Everything an adapter needs to know about an index comes from its
 * IndexDefinition, so both engines are configured from the same declaration.
 */

/** A field of a document, by name; nested paths are not used: documents are flat. */
export type FieldName = string;

export interface IndexDefinition {
  /** Lower-case letters, digits and underscores: "vacancies", "job_seeker_profiles". */
  name: string;
  /** Fields matched by free text, most important first (the order is the attribute ranking). */
  searchableFields: FieldName[];
  /** Fields a filter or a facet may name. */
  filterableFields: FieldName[];
  /** Fields a sort may name (besides geo distance). */
  sortableFields: FieldName[];
  /** Whether documents carry a location (`geo`) for radius filters and distance sorting. */
  geo: boolean;
  /**
   * Words that mean the same for free text, each group symmetric: searching any word of a group finds
   * documents with any other ("kuisvrouw", "poetshulp", "schoonmaker").
   */
  synonyms: string[][];
  /**
   * After text relevance, ties are broken by these sorts (Meilisearch "custom ranking rules").
   * Example: [{ field: 'publishedAt', direction: 'desc' }].
   */
  tieBreakers: FieldSort[];
}

/** Values a document field may hold. Arrays are of scalars only; dates are ISO strings. */
export type FieldValue = string | number | boolean | null | string[] | number[];

export interface GeoPoint {
  lat: number;
  lng: number;
}

export interface SearchDocument {
  /** Unique within the index; a UUID in practice. */
  id: string;
  /**
   * Grows with every change of the source record (the outbox event id that caused the write). The
   * PostgreSQL engine never replaces a stored document by one with a lower version; Meilisearch relies on
   * the single, ordered sync.
   */
  version: number;
  fields: Record<FieldName, FieldValue>;
  /** Required when the index has `geo: true`; null: the document has no location (never within a radius). */
  geo?: GeoPoint | null;
}

/** Filters combine with AND at the top level (`SearchQuery.filters` is a list). */
export type Filter =
  /** field = value; for an array field: the array contains value. */
  | { field: FieldName; op: 'eq'; value: string | number | boolean }
  /** field is one of values; for an array field: the array contains at least one of them. */
  | { field: FieldName; op: 'in'; values: (string | number)[] }
  /** Numeric or ISO-date bounds, each optional, inclusive. */
  | { field: FieldName; op: 'range'; gte?: number | string; lte?: number | string }
  /** The field is null, missing, an empty string or an empty array (Meilisearch's IS EMPTY / IS NULL / NOT EXISTS). */
  | { field: FieldName; op: 'empty' }
  /** Not the inner filter. */
  | { op: 'not'; filter: Filter }
  /** At least one of the inner filters. */
  | { op: 'or'; filters: Filter[] };

export interface FieldSort {
  field: FieldName;
  direction: 'asc' | 'desc';
}

/** Sorts apply in order; `geoDistance` sorts nearest first from `SearchQuery.geo.point`. */
export type Sort = FieldSort | { geoDistance: 'asc' };

export interface SearchQuery {
  /** Free text; empty or missing: every document that passes the filters. */
  text?: string;
  filters?: Filter[];
  /** Only documents within radiusMeters of point (when radiusMeters is set); distances are returned. */
  geo?: { point: GeoPoint; radiusMeters?: number };
  /** Without text: this order; with text: relevance first, then this order. */
  sort?: Sort[];
  /** Count documents per value of these (filterable) fields among all matches, not just this page. */
  facets?: FieldName[];
  /** Default 20, at most 1000. */
  limit?: number;
  /**
   * Default true. False: the caller needs only this page (matching scores a pool of the nearest), so the
   * engine may skip counting every match and walk a nearest-first index instead; no facets then. A page
   * sorted by distance may then leave out documents without a location (PostgreSQL does).
   */
  countTotal?: boolean;
  offset?: number;
}

export interface SearchHit {
  id: string;
  version: number;
  fields: Record<FieldName, FieldValue>;
  geo: GeoPoint | null;
  /** Set when the query had a geo point and the document a location. */
  distanceMeters: number | null;
}

export interface SearchResult {
  hits: SearchHit[];
  /**
   * All matches, not just this page: exact in both engines (Meilisearch: totalHits of page/hitsPerPage paging).
   * Null when the query said `countTotal: false` and the engine skipped counting.
   */
  total: number | null;
  /** field → value → count; values of array fields are counted per element. */
  facets: Record<FieldName, Record<string, number>>;
}

export interface SearchEngine {
  /** "postgres" or "meilisearch": shown in readiness and in ranking records. */
  readonly kind: string;
  /** Creates the index if missing and applies its settings; safe to call at every start. */
  ensureIndex(definition: IndexDefinition): Promise<void>;
  /** Inserts or replaces documents (PostgreSQL: unless the stored version is higher). */
  upsert(index: string, documents: SearchDocument[]): Promise<void>;
  /** Removes documents by id; unknown ids are ignored. */
  delete(index: string, ids: string[]): Promise<void>;
  /** Removes every document of the index whose id is not in keepIds (after a reindex). */
  deleteAllExcept(index: string, keepIds: string[]): Promise<number>;
  search(index: string, query: SearchQuery): Promise<SearchResult>;
  /** One document by id, or null. */
  get(index: string, id: string): Promise<SearchHit | null>;
  /** How many documents the index holds. */
  count(index: string): Promise<number>;
  /** Whether the engine answers (readiness). */
  isHealthy(): Promise<boolean>;
}

/** Nest injection token for the configured engine. */
export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');

/** Thrown by an adapter when the engine cannot be reached or refuses a task: the caller retries later. */
export class SearchEngineUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SearchEngineUnavailableError';
  }
}

/** Thrown for a query the index cannot answer (a filter on an undeclared field): a programming error. */
export class InvalidSearchQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidSearchQueryError';
  }
}
