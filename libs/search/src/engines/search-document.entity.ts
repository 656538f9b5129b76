import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One document of one index of the PostgreSQL search engine. The engine reads and writes this table with
 * SQL only (tsv and search_text are computed in the INSERT from the index definition); the entity exists
 * so migration:check sees the schema. The text, trigram, jsonb and partial geo indexes use operator
 * classes, expressions and predicates TypeORM cannot describe (or compare reliably): they live in the migration and `synchronize: false` keeps
 * migration:generate from dropping them.
 */
@Entity({ name: 'search_documents' })
@Index('IDX_search_documents_tsv', { synchronize: false })
@Index('IDX_search_documents_tags', { synchronize: false })
@Index('IDX_search_documents_vacancies_tags', { synchronize: false })
@Index('IDX_search_documents_profiles_tags', { synchronize: false })
@Index('IDX_search_documents_vacancies_nearest', { synchronize: false })
@Index('IDX_search_documents_profiles_nearest', { synchronize: false })
export class SearchDocumentRow {
  // Key order (id, index_name): see migration SearchDocumentsNearestFirst.
  @PrimaryColumn({ type: 'text' })
  id: string;

  @PrimaryColumn({ name: 'index_name', type: 'text' })
  indexName: string;

  /** bigint arrives as a string from the driver; the engine converts it. */
  @Column({ type: 'bigint' })
  version: string;

  @Column({ type: 'jsonb' })
  body: Record<string, unknown>;

  /** The filterable, sortable and tie-breaker values of the body: what filters, sorts and facets read. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  attributes: Record<string, unknown>;

  /** The searchable fields lower-cased and unaccented: where the vocabulary (search_words) comes from. */
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;

  @Column({ type: 'tsvector' })
  tsv: string;

  /** `field=value` for every filterable value, hashed (filter-tags.ts): what eq / in filters test. */
  @Column({ type: 'bigint', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lng: number | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
