import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** How far the search sync has read the outbox: every event with a higher id is still to do. */
@Entity({ name: 'search_sync_cursors' })
export class SearchSyncCursor {
  @PrimaryColumn({ type: 'text' })
  name: string;

  @Column({ name: 'last_event_id', type: 'bigint', default: 0 })
  lastEventId: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A record whose document could not be built or stored. The cursor moves past it so later documents are not
 * blocked; it is retried with growing pauses until it succeeds, and readiness shows how many are waiting.
 */
@Entity({ name: 'search_sync_failures' })
@Index('IDX_search_sync_failures_next_attempt', ['nextAttemptAt'])
export class SearchSyncFailure {
  @PrimaryColumn({ name: 'aggregate_type', type: 'text' })
  aggregateType: string;

  @PrimaryColumn({ name: 'aggregate_id', type: 'uuid' })
  aggregateId: string;

  /** The newest outbox event for the record when it failed: the document's version on retry. */
  @Column({ name: 'event_id', type: 'bigint' })
  eventId: string;

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz' })
  nextAttemptAt: Date;

  /** The error's message only: no document content, so nothing personal. */
  @Column({ name: 'last_error', type: 'text' })
  lastError: string;
}
