import { Injectable } from '@nestjs/common';
import { Actor } from '@werkpunt/identity';
import { EntityManager } from 'typeorm';
import { RankedEntry, RankingKind, RankingRecord } from './ranking-record.entity';

/** How many of the top results a record keeps: more than anyone pages through, little enough to store. */
export const RANKING_RECORD_TOP = 50;
/** Rankings are kept this long, then deleted (EU AI Act art. 26(6): deployers keep logs at least 6 months). */
export const RANKING_RETENTION_MONTHS = 6;

export interface RankingToRecord {
  kind: RankingKind;
  actor: Actor | null;
  subjectAccountId?: string | null;
  subjectVacancyId?: string | null;
  inputs: Record<string, unknown>;
  weights: Record<string, number>;
  ranked: RankedEntry[];
}

/** Writes the record of a ranking in the caller's transaction, so a ranking is never served unrecorded. */
@Injectable()
export class RankingRecorder {
  async record(manager: EntityManager, ranking: RankingToRecord): Promise<string> {
    const record: Partial<RankingRecord> = {
      kind: ranking.kind,
      requestedBy: ranking.actor?.userId ?? null,
      requesterRole: ranking.actor?.role ?? null,
      subjectAccountId: ranking.subjectAccountId ?? null,
      subjectVacancyId: ranking.subjectVacancyId ?? null,
      inputs: ranking.inputs,
      weights: ranking.weights,
      results: ranking.ranked.slice(0, RANKING_RECORD_TOP),
    };
    // jsonb columns typed as records trip TypeORM's deep-partial insert type; the cast only quiets that.
    const result = await manager.insert(RankingRecord, record as Parameters<EntityManager['insert']>[1]);
    return (result.identifiers[0] as { id: string }).id;
  }
}
