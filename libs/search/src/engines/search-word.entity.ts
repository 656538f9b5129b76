import { Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A word of an index's documents or synonyms, lower-cased and unaccented: the vocabulary the PostgreSQL engine
 * corrects a misspelt query word against (migration SearchWords). Written with SQL only; the entity exists so
 * migration:check sees the schema. The trigram index uses an operator class TypeORM cannot describe.
 */
@Entity({ name: 'search_words' })
@Index('IDX_search_words_word_trgm', { synchronize: false })
export class SearchWordRow {
  @PrimaryColumn({ name: 'index_name', type: 'text', primaryKeyConstraintName: 'PK_search_words' })
  indexName: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_search_words' })
  word: string;
}
