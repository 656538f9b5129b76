import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What the search index (and later other readers) keeps a copy of. Stored as text: adding one needs a migration. */
export enum OutboxAggregateType {
  Vacancy = 'vacancy',
  JobSeekerProfile = 'job_seeker_profile',
}

/** Whether the record now exists (upsert: re-read it) or is gone (delete). */
export enum OutboxChange {
  Upsert = 'upsert',
  Delete = 'delete',
}

/**
 * "This record changed": written in the same transaction as the change, so an event exists exactly when the
 * change committed. Ids and a version only; whoever reads it re-reads the record (STYLE.md, examples 4 and 9).
 * The search issue adds the `search-sync` processor that drains this table; nothing reads it yet.
 */
@Entity({ name: 'outbox_events' })
@Check('CHK_outbox_events_aggregate_type', `"aggregate_type" IN ('vacancy', 'job_seeker_profile')`)
@Check('CHK_outbox_events_change', `"change" IN ('upsert', 'delete')`)
@Index('IDX_outbox_events_aggregate', ['aggregateType', 'aggregateId'])
export class OutboxEvent {
  // A bigint identity: events are read in the order they were written.
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'aggregate_type', type: 'text' })
  aggregateType: OutboxAggregateType;

  /** The vacancy's id, or the job seeker's account id for a profile. */
  @Column({ name: 'aggregate_id', type: 'uuid' })
  aggregateId: string;

  /** The record's version after the change: a reader can skip an event older than what it already has. */
  @Column({ name: 'aggregate_version', type: 'integer' })
  aggregateVersion: number;

  @Column({ type: 'text' })
  change: OutboxChange;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;
}
