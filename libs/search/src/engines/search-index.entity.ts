import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { IndexDefinition } from '../search-engine';

/**
 * The settings of one index of the PostgreSQL search engine, written by ensureIndex so every process
 * (API, worker) reads the same definition; the table itself comes from the migration.
 */
@Entity({ name: 'search_indexes' })
export class SearchIndexRow {
  @PrimaryColumn({ type: 'text' })
  name: string;

  @Column({ type: 'jsonb' })
  definition: IndexDefinition;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
