import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@werkpunt/platform';
import { DataSource } from 'typeorm';
import { SEARCH_SYNC_CURSOR } from './search-sync';

export interface IndexLag {
  /** Outbox events not yet in the index. */
  pendingEvents: number;
  /** Age of the oldest of them; 0 when the index is up to date. */
  lagSeconds: number;
  /** Records parked after a failure, waiting for a retry. */
  failedDocuments: number;
}

/** How far the search index is behind PostgreSQL: for readiness and the /metrics gauges. */
@Injectable()
export class IndexLagProbe {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async measure(): Promise<IndexLag> {
    const [row]: { pending: number; oldest: Date | null; failed: number }[] = await this.dataSource.query(
      `WITH cursor AS (SELECT coalesce((SELECT last_event_id FROM search_sync_cursors WHERE name = $1), 0) AS id)
       SELECT (SELECT count(*)::int FROM outbox_events, cursor WHERE outbox_events.id > cursor.id) AS pending,
              (SELECT min(occurred_at) FROM outbox_events, cursor WHERE outbox_events.id > cursor.id) AS oldest,
              (SELECT count(*)::int FROM search_sync_failures) AS failed`,
      [SEARCH_SYNC_CURSOR],
    );
    const lagMs = row.oldest ? Math.max(0, this.clock.now().getTime() - new Date(row.oldest).getTime()) : 0;
    return { pendingEvents: row.pending, lagSeconds: lagMs / 1000, failedDocuments: row.failed };
  }
}
