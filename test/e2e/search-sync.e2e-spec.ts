// The search sync: outbox → index, in order, idempotent, never losing an update, whether one document fails,
// the engine is down, or the worker is killed in the middle of a run.
import { INestApplication } from '@nestjs/common';
import { Clock } from '@werkpunt/platform';
import {
  IndexSources,
  SEARCH_ENGINE,
  SearchDocument,
  SearchEngine,
  SearchEngineUnavailableError,
  SearchSync,
  VACANCY_INDEX,
} from '@werkpunt/search';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { eventually } from '../utils/eventually';
import { bearer, createEmployer, Employer, publishVacancy, syncSearchIndex } from '../utils/matching-world';
import { BUILT_WORKER, RunningProcess, startBuilt, testRunEnv } from '../utils/processes';
import { createTestApp } from '../utils/test-app';

/** Wraps the real engine: can refuse one document, or play dead, to see how the sync copes. */
class FlakyEngine implements SearchEngine {
  readonly kind = 'flaky';
  refuseId: string | null = null;
  down = false;
  constructor(private readonly real: SearchEngine) {}
  ensureIndex = (...a: Parameters<SearchEngine['ensureIndex']>) => this.real.ensureIndex(...a);
  async upsert(index: string, documents: SearchDocument[]) {
    if (this.down) throw new SearchEngineUnavailableError('engine unreachable (test)');
    if (documents.some((d) => d.id === this.refuseId)) throw new Error('document rejected (test)');
    return this.real.upsert(index, documents);
  }
  async delete(index: string, ids: string[]) {
    if (this.down) throw new SearchEngineUnavailableError('engine unreachable (test)');
    return this.real.delete(index, ids);
  }
  deleteAllExcept = (...a: Parameters<SearchEngine['deleteAllExcept']>) => this.real.deleteAllExcept(...a);
  search = (...a: Parameters<SearchEngine['search']>) => this.real.search(...a);
  get = (...a: Parameters<SearchEngine['get']>) => this.real.get(...a);
  count = (...a: Parameters<SearchEngine['count']>) => this.real.count(...a);
  isHealthy = () => this.real.isHealthy();
}

describe('search sync', () => {
  let app: INestApplication;
  let employer: Employer;
  let engine: SearchEngine;
  const http = () => request(app.getHttpServer());
  const titleInIndex = async (id: string) => (await engine.get(VACANCY_INDEX, id))?.fields.title ?? null;
  /** A cleaning job in Rabot, published. */
  const publish = (title: string) =>
    publishVacancy(app, employer, { title, occupation: 'schoonmaker gebouwen', place: 'rabot' });
  const rename = (id: string, title: string) =>
    http().patch(`/api/v1/vacancies/${id}`).set(bearer(employer.recruiter)).send({ title }).expect(200);
  /** The real sync, on an engine that can be told to refuse a document or play dead. */
  const flakySync = () => {
    const flaky = new FlakyEngine(engine);
    return { flaky, sync: new SearchSync(app.get(DataSource), flaky, app.get(IndexSources), app.get(Clock)) };
  };
  const cursor = async () => {
    const [row] = await app.get(DataSource).query<{ c: string; m: string }[]>(
      `SELECT (SELECT last_event_id::text FROM search_sync_cursors WHERE name = 'search') AS c,
                (SELECT max(id)::text FROM outbox_events) AS m`,
    );
    return row;
  };

  beforeAll(async () => {
    app = await createTestApp();
    engine = app.get<SearchEngine>(SEARCH_ENGINE);
    employer = await createEmployer(app, 'Sync bv');
  });
  afterAll(() => app?.close());

  it('indexes a published vacancy, follows a change, and removes it when paused', async () => {
    const id = await publish('Poetshulp Sluizeken');
    expect(await titleInIndex(id)).toBeNull();
    await syncSearchIndex(app);
    expect(await titleInIndex(id)).toBe('Poetshulp Sluizeken');
    const found = await http().get('/api/v1/search/vacancies?q=poetshulp%20sluizeken').expect(200);
    expect(found.body.items.map((i: { id: string }) => i.id)).toContain(id);

    await rename(id, 'Poetshulp Sluizeken (halftijds)');
    await syncSearchIndex(app);
    expect(await titleInIndex(id)).toBe('Poetshulp Sluizeken (halftijds)');

    await http()
      .post(`/api/v1/vacancies/${id}/pause`)
      .set(bearer(employer.recruiter))
      .send({ reason: 'Vol' })
      .expect(200);
    await syncSearchIndex(app);
    expect(await titleInIndex(id)).toBeNull();
    const { c, m } = await cursor();
    expect(c).toBe(m);
  });

  it('writes the newest event id as version, and a replay of old events changes nothing', async () => {
    const id = await publish('Versie 1');
    await rename(id, 'Versie 2');
    await syncSearchIndex(app);
    const stored = await engine.get(VACANCY_INDEX, id);
    const [{ newest }] = await app
      .get(DataSource)
      .query<{ newest: string }[]>(`SELECT max(id)::text AS newest FROM outbox_events WHERE aggregate_id = $1`, [id]);
    expect(stored).toMatchObject({ version: Number(newest), fields: expect.objectContaining({ title: 'Versie 2' }) });
    // Replaying from the start (cursor reset) rewrites the same documents: idempotent.
    await app.get(DataSource).query(`UPDATE search_sync_cursors SET last_event_id = 0 WHERE name = 'search'`);
    await syncSearchIndex(app);
    expect(await engine.get(VACANCY_INDEX, id)).toMatchObject({
      version: Number(newest),
      fields: expect.objectContaining({ title: 'Versie 2' }),
    });
  });

  it('parks a document the engine refuses, lets the others through, and retries it later', async () => {
    const { flaky, sync } = flakySync();
    const bad = await publish('Wordt geweigerd');
    const good = await publish('Komt erdoor');
    flaky.refuseId = bad;
    const result = await sync.run();
    expect(result.failed).toBe(1);
    expect(await titleInIndex(good)).toBe('Komt erdoor');
    expect(await titleInIndex(bad)).toBeNull();
    const readiness = await http().get('/health/ready').expect(200);
    expect(readiness.body.details.searchIndex).toMatchObject({ failedDocuments: 1 });
    const metrics = await http().get('/metrics').expect(200);
    expect(metrics.text).toMatch(/^werkpunt_search_failed_documents 1$/m);

    flaky.refuseId = null;
    // The retry is due after a pause: move it forward instead of waiting.
    await app.get(DataSource).query(`UPDATE search_sync_failures SET next_attempt_at = now() - interval '1 second'`);
    const retried = await sync.run();
    expect(retried.retried).toBe(1);
    expect(await titleInIndex(bad)).toBe('Wordt geweigerd');
    const after = await http().get('/health/ready').expect(200);
    expect(after.body.details.searchIndex).toMatchObject({ failedDocuments: 0, pendingEvents: 0, lagSeconds: 0 });
  });

  it('keeps every event while the engine is down, and catches up when it is back', async () => {
    const { flaky, sync } = flakySync();
    const id = await publish('Tijdens de storing');
    flaky.down = true;
    await expect(sync.run()).rejects.toThrow(SearchEngineUnavailableError);
    const stuck = await cursor();
    expect(Number(stuck.c)).toBeLessThan(Number(stuck.m));
    const lagging = await http().get('/health/ready').expect(200);
    expect(lagging.body.details.searchIndex.pendingEvents).toBeGreaterThan(0);
    flaky.down = false;
    await sync.run();
    expect(await titleInIndex(id)).toBe('Tijdens de storing');
    const { c, m } = await cursor();
    expect(c).toBe(m);
  });

  describe('with the worker process running', () => {
    const env = testRunEnv('warn');
    let worker: RunningProcess | null = null;
    afterEach(async () => {
      if (worker && worker.child.exitCode === null) {
        worker.child.kill('SIGTERM');
        await worker.exited;
      }
    });

    it('indexes a change without anyone asking (the outbox notification kicks the sync)', async () => {
      worker = startBuilt(BUILT_WORKER, env);
      const id = await publish('Door de worker');
      await eventually(async () => expect(await titleInIndex(id)).toBe('Door de worker'), 20_000);
    });

    it('loses no update when the worker is killed in the middle of syncing and started again', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 10; i += 1) {
        ids.push(await publish(`Kill ${i} v0`));
      }
      worker = startBuilt(BUILT_WORKER, env);
      // Changes keep coming while the worker syncs; it is killed (no goodbye) halfway through them.
      for (let round = 1; round <= 12; round += 1) {
        await Promise.all(ids.map((id, i) => rename(id, `Kill ${i} v${round}`)));
        if (round === 6) {
          worker.child.kill('SIGKILL');
          await worker.exited;
        }
      }
      const { c, m } = await cursor();
      expect(Number(c)).toBeLessThan(Number(m)); // the dead worker left work behind
      worker = startBuilt(BUILT_WORKER, env);
      await eventually(async () => {
        for (const [i, id] of ids.entries()) expect(await titleInIndex(id)).toBe(`Kill ${i} v12`);
      }, 30_000);
      await eventually(async () => {
        const after = await cursor();
        expect(after.c).toBe(after.m);
      });
    });
  });
});
