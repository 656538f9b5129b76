import { Observability } from '../observability/observability';
import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { WORKER_HEARTBEAT_STALE_MS } from '../queues/job-options';
import { REDIS_COMMAND_CONNECTION } from '../queues/redis-connection';
import { heartbeatKey } from '../queues/worker-heartbeat';

const PROBE_TIMEOUT_MS = 1_500;

/** Extensions the PostgreSQL search engine needs (created by migrations). */
const SEARCH_EXTENSIONS = ['unaccent', 'pg_trgm'];

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(
        () => reject(new Error(`${what} did not answer within ${PROBE_TIMEOUT_MS} ms`)),
        PROBE_TIMEOUT_MS,
      ).unref(),
    ),
  ]);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

@Injectable()
export class DependencyIndicators {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS_COMMAND_CONNECTION) private readonly redis: Redis,
    private readonly health: HealthIndicatorService,
    private readonly observability: Observability,
  ) {}

  /** Informational details the contexts registered (search index lag): shown, never failing readiness. */
  contextDetails(): (() => Promise<HealthIndicatorResult>)[] {
    return [...this.observability.readinessProbes()].map(([name, probe]) => async () => {
      const check = this.health.check(name);
      try {
        return check.up(await withTimeout(probe(), name));
      } catch {
        return check.up({ state: 'unknown' });
      }
    });
  }

  async postgres() {
    const check = this.health.check('postgres');
    try {
      await withTimeout(this.dataSource.query('SELECT 1'), 'PostgreSQL');
      return check.up();
    } catch (error) {
      return check.down({ message: messageOf(error) });
    }
  }

  async redisUp() {
    const check = this.health.check('redis');
    try {
      await withTimeout(this.redis.ping(), 'Redis');
      return check.up();
    } catch (error) {
      return check.down({ message: messageOf(error) });
    }
  }

  async searchEngine() {
    const { engine, meiliHost, meiliApiKey } = this.config.search;
    const check = this.health.check('search');
    try {
      if (engine === 'meilisearch') {
        const client = new Meilisearch({ host: meiliHost ?? '', apiKey: meiliApiKey });
        await withTimeout(client.health(), 'Meilisearch');
        return check.up({ engine });
      }
      const rows: { extname: string }[] = await withTimeout(
        this.dataSource.query('SELECT extname FROM pg_extension WHERE extname = ANY($1)', [SEARCH_EXTENSIONS]),
        'PostgreSQL',
      );
      const missing = SEARCH_EXTENSIONS.filter((name) => !rows.some((r) => r.extname === name));
      return missing.length === 0
        ? check.up({ engine })
        : check.down({ engine, message: `missing extensions: ${missing.join(', ')} (run the migrations)` });
    } catch (error) {
      return check.down({ engine, message: messageOf(error) });
    }
  }

  /** Informational: the API can serve without a worker, but an operator wants to know. */
  async worker() {
    const check = this.health.check('worker');
    try {
      const last = await withTimeout(this.redis.get(heartbeatKey(this.config)), 'Redis');
      const ageMs = last ? Date.now() - Date.parse(last) : undefined;
      const state = ageMs === undefined ? 'never-seen' : ageMs > WORKER_HEARTBEAT_STALE_MS ? 'stale' : 'alive';
      return check.up({ state, lastHeartbeat: last ?? null });
    } catch {
      return check.up({ state: 'unknown', lastHeartbeat: null });
    }
  }
}
