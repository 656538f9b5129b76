import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PROFILE_INDEX, PROFILE_INDEX_DEFINITION } from '../indexes/profile-index';
import { ProfileDocuments } from '../indexes/profile-documents';
import { VACANCY_INDEX, VACANCY_INDEX_DEFINITION } from '../indexes/vacancy-index';
import { VacancyDocuments } from '../indexes/vacancy-documents';
import { IndexDefinition, SEARCH_ENGINE, SearchEngine } from '../search-engine';

export const REINDEX_BATCH_SIZE = 1_000;
export const REINDEXABLE = [VACANCY_INDEX, PROFILE_INDEX] as const;
export type ReindexTarget = (typeof REINDEXABLE)[number];

export interface ReindexProgress {
  index: string;
  done: number;
  total: number;
}

export interface ReindexResult {
  index: string;
  indexed: number;
  removed: number;
  ms: number;
}

/**
 * Rebuilds an index from PostgreSQL: walks the records in id order in batches, upserts their documents,
 * then removes documents whose record is no longer indexable. Documents carry the outbox position at the
 * start as their version, so a change synced meanwhile (a higher event id) is never overwritten.
 */
@Injectable()
export class Reindexer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly vacancies: VacancyDocuments,
    private readonly profiles: ProfileDocuments,
  ) {}

  async rebuild(
    target: ReindexTarget,
    onProgress: (p: ReindexProgress) => void = () => undefined,
  ): Promise<ReindexResult> {
    const started = Date.now();
    const source = this.sourceFor(target);
    await this.engine.ensureIndex(source.definition);
    const [{ position }]: { position: string }[] = await this.dataSource.query(
      `SELECT coalesce(max(id), 0)::text AS position FROM outbox_events`,
    );
    const version = Number(position);
    const total = await source.count();
    const kept: string[] = [];
    const batchAfter = async (after: string | null) => {
      const ids = await source.idsAfter(after, REINDEX_BATCH_SIZE);
      if (ids.length === 0) return null;
      const documents = [...(await source.build(ids, () => version)).values()].filter((d) => d !== null);
      return { documents, last: ids[ids.length - 1] };
    };
    // The next batch is read and built (one connection) while this one is written (another): PostgreSQL
    // does both at once, and building is a sixth of the time.
    let next = batchAfter(null);
    for (let batch = await next; batch !== null; batch = await next) {
      next = batchAfter(batch.last);
      if (batch.documents.length > 0) await this.engine.upsert(target, batch.documents);
      kept.push(...batch.documents.map((d) => d.id));
      onProgress({ index: target, done: kept.length, total });
    }
    const removed = await this.engine.deleteAllExcept(target, kept);
    return { index: target, indexed: kept.length, removed, ms: Date.now() - started };
  }

  private sourceFor(target: ReindexTarget) {
    const definition: IndexDefinition = target === VACANCY_INDEX ? VACANCY_INDEX_DEFINITION : PROFILE_INDEX_DEFINITION;
    if (target === VACANCY_INDEX) {
      return {
        definition,
        count: () => this.vacancies.countPublished(),
        idsAfter: (after: string | null, n: number) => this.vacancies.publishedIdsAfter(after, n),
        build: (ids: string[], v: (id: string) => number) => this.vacancies.build(ids, v),
      };
    }
    return {
      definition,
      count: () => this.profiles.countSearchable(),
      idsAfter: (after: string | null, n: number) => this.profiles.searchableIdsAfter(after, n),
      build: (ids: string[], v: (id: string) => number) => this.profiles.build(ids, v),
    };
  }
}
