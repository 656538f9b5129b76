import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, JobHandler, JobName, OutboxAggregateType } from '@werkpunt/platform';
import { DataSource, QueryRunner } from 'typeorm';
import { SEARCH_ENGINE, SearchEngine, SearchEngineUnavailableError } from '../search-engine';
import { IndexSources } from './index-sources';

/** The one cursor of the search sync in search_sync_cursors. */
export const SEARCH_SYNC_CURSOR = 'search';
/** Events read per round: large enough to batch the engine's writes, small enough to keep rounds short. */
export const SYNC_BATCH_SIZE = 500;
/** Serialises sync runs across worker replicas (pg advisory lock key, any fixed number). */
const SYNC_LOCK_KEY = 727_001;
const FAILURE_BACKOFF_MS = [1_000, 5_000, 30_000, 120_000, 600_000, 3_600_000];
/** Read events older than this are deleted from the outbox. */
const OUTBOX_KEEP_DAYS = 7;

interface OutboxRow {
  id: string;
  aggregate_type: OutboxAggregateType;
  aggregate_id: string;
}

export interface SyncRunResult {
  events: number;
  upserted: number;
  deleted: number;
  failed: number;
  retried: number;
}

/**
 * Drains the outbox into the search index: reads events in order, re-reads each record's current row and
 * upserts or deletes its document with the newest event id as version. The cursor moves only after the
 * engine accepted the batch, so a worker killed mid-run leaves the events for the next run (documents are
 * idempotent, writing one twice is harmless). When the engine is down the run fails and is retried whole;
 * when one record fails (bad data), it goes to search_sync_failures and the rest goes on.
 */
@Injectable()
export class SearchSync {
  private readonly logger = new Logger(SearchSync.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly sources: IndexSources,
    private readonly clock: Clock,
  ) {}

  @JobHandler(JobName.SearchSync)
  async run(): Promise<SyncRunResult> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    const result: SyncRunResult = { events: 0, upserted: 0, deleted: 0, failed: 0, retried: 0 };
    try {
      // One sync at a time across all workers: the order of writes to the engine is the order of the outbox.
      await runner.query('SELECT pg_advisory_lock($1)', [SYNC_LOCK_KEY]);
      try {
        result.retried = await this.retryFailures(runner);
        for (;;) {
          const round = await this.round(runner);
          result.events += round.events;
          result.upserted += round.upserted;
          result.deleted += round.deleted;
          result.failed += round.failed;
          if (round.events < SYNC_BATCH_SIZE) break;
        }
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [SYNC_LOCK_KEY]);
      }
    } finally {
      await runner.release();
    }
    if (result.failed > 0) this.logger.warn({ ...result }, 'search sync: some documents failed and will be retried');
    return result;
  }

  private async round(runner: QueryRunner): Promise<Omit<SyncRunResult, 'retried'>> {
    const cursor = await this.cursor(runner);
    const events: OutboxRow[] = await runner.query(
      `SELECT id::text, aggregate_type, aggregate_id FROM outbox_events WHERE id > $1 ORDER BY id LIMIT $2`,
      [cursor, SYNC_BATCH_SIZE],
    );
    const outcome = { events: events.length, upserted: 0, deleted: 0, failed: 0 };
    if (events.length === 0) return outcome;

    // The newest event per record wins: its id is the document version, its record is re-read once.
    const newest = new Map<string, { type: OutboxAggregateType; id: string; eventId: number }>();
    for (const event of events) {
      newest.set(`${event.aggregate_type}:${event.aggregate_id}`, {
        type: event.aggregate_type,
        id: event.aggregate_id,
        eventId: Number(event.id),
      });
    }
    for (const type of Object.values(OutboxAggregateType)) {
      const records = [...newest.values()].filter((r) => r.type === type);
      if (records.length === 0) continue;
      const written = await this.write(runner, type, new Map(records.map((r) => [r.id, r.eventId])));
      outcome.upserted += written.upserted;
      outcome.deleted += written.deleted;
      outcome.failed += written.failed;
    }
    await this.advance(runner, events[events.length - 1].id);
    return outcome;
  }

  /** Builds and writes the documents of one kind; a record that cannot be written is parked as a failure. */
  private async write(runner: QueryRunner, type: OutboxAggregateType, versions: Map<string, number>) {
    const source = this.sources.for(type);
    const ids = [...versions.keys()];
    const version = (id: string) => versions.get(id)!;
    const documents = await this.buildEach(runner, type, ids, version);
    const upserts = [...documents.values()].filter((d) => d !== null);
    const deletes = [...documents.entries()].filter(([, d]) => d === null).map(([id]) => id);
    let failed = versions.size - documents.size;
    const parked = new Set<string>();
    try {
      if (upserts.length > 0) await this.engine.upsert(source.index, upserts);
    } catch (error) {
      if (error instanceof SearchEngineUnavailableError) throw error;
      // One bad document must not hold back the others: write them one by one to find it.
      for (const document of upserts) {
        try {
          await this.engine.upsert(source.index, [document]);
        } catch (single) {
          if (single instanceof SearchEngineUnavailableError) throw single;
          await this.park(runner, type, document.id, document.version, single);
          parked.add(document.id);
          failed += 1;
        }
      }
    }
    if (deletes.length > 0) await this.engine.delete(source.index, deletes);
    // Records written now no longer wait for a retry (an earlier failure of theirs is resolved).
    const written = [...documents.keys()].filter((id) => !parked.has(id));
    await runner.query(
      `DELETE FROM search_sync_failures WHERE aggregate_type = $1 AND aggregate_id = ANY($2::uuid[])`,
      [type, written],
    );
    return { upserted: upserts.length - parked.size, deleted: deletes.length, failed };
  }

  /** Documents by id; when the batch read fails, record by record, parking the ones that still fail. */
  private async buildEach(
    runner: QueryRunner,
    type: OutboxAggregateType,
    ids: string[],
    version: (id: string) => number,
  ): Promise<Map<string, import('../search-engine').SearchDocument | null>> {
    const source = this.sources.for(type);
    try {
      return await source.build(ids, version, runner.manager);
    } catch (error) {
      if (isConnectionError(error)) throw error;
      const documents = new Map<string, import('../search-engine').SearchDocument | null>();
      for (const id of ids) {
        try {
          const one = await source.build([id], version, runner.manager);
          documents.set(id, one.get(id) ?? null);
        } catch (single) {
          if (isConnectionError(single)) throw single;
          await this.park(runner, type, id, version(id), single);
        }
      }
      return documents;
    }
  }

  private async retryFailures(runner: QueryRunner): Promise<number> {
    const due: { aggregate_type: OutboxAggregateType; aggregate_id: string; event_id: string }[] = await runner.query(
      `SELECT aggregate_type, aggregate_id, event_id::text FROM search_sync_failures
        WHERE next_attempt_at <= $1 ORDER BY next_attempt_at LIMIT $2`,
      [this.clock.now(), SYNC_BATCH_SIZE],
    );
    for (const type of Object.values(OutboxAggregateType)) {
      const records = due.filter((f) => f.aggregate_type === type);
      if (records.length > 0) {
        await this.write(runner, type, new Map(records.map((f) => [f.aggregate_id, Number(f.event_id)])));
      }
    }
    return due.length;
  }

  private async park(runner: QueryRunner, type: string, id: string, eventId: number, error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    const [row]: { attempts: number }[] = await runner.query(
      `INSERT INTO search_sync_failures (aggregate_type, aggregate_id, event_id, attempts, next_attempt_at, last_error)
       VALUES ($1, $2, $3, 1, $4, $5)
       ON CONFLICT (aggregate_type, aggregate_id) DO UPDATE
         SET event_id = GREATEST(search_sync_failures.event_id, EXCLUDED.event_id),
             attempts = search_sync_failures.attempts + 1, last_error = EXCLUDED.last_error
       RETURNING attempts`,
      [type, id, eventId, new Date(this.clock.now().getTime() + FAILURE_BACKOFF_MS[0]), message.slice(0, 500)],
    );
    const pause = FAILURE_BACKOFF_MS[Math.min(row.attempts - 1, FAILURE_BACKOFF_MS.length - 1)];
    await runner.query(
      `UPDATE search_sync_failures SET next_attempt_at = $3 WHERE aggregate_type = $1 AND aggregate_id = $2`,
      [type, id, new Date(this.clock.now().getTime() + pause)],
    );
    this.logger.warn({ aggregateType: type, attempts: row.attempts, err: message }, 'search document parked');
  }

  private async cursor(runner: QueryRunner): Promise<string> {
    await runner.query(
      `INSERT INTO search_sync_cursors (name, last_event_id) VALUES ($1, 0) ON CONFLICT (name) DO NOTHING`,
      [SEARCH_SYNC_CURSOR],
    );
    const [row]: { last_event_id: string }[] = await runner.query(
      `SELECT last_event_id::text FROM search_sync_cursors WHERE name = $1`,
      [SEARCH_SYNC_CURSOR],
    );
    return row.last_event_id;
  }

  private async advance(runner: QueryRunner, lastEventId: string): Promise<void> {
    await runner.query(`UPDATE search_sync_cursors SET last_event_id = $2, updated_at = now() WHERE name = $1`, [
      SEARCH_SYNC_CURSOR,
      lastEventId,
    ]);
    await runner.query(`DELETE FROM outbox_events WHERE id <= $1 AND occurred_at < now() - make_interval(days => $2)`, [
      lastEventId,
      OUTBOX_KEEP_DAYS,
    ]);
  }
}

function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return typeof code === 'string' && (code.startsWith('08') || code.startsWith('57P') || code === 'ECONNREFUSED');
}
