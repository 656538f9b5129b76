import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum RankingKind {
  VacanciesForSeeker = 'vacancies-for-seeker',
  CandidatesForVacancy = 'candidates-for-vacancy',
  VacancySearch = 'vacancy-search',
}

/** One served result as it was ranked. */
export interface RankedEntry {
  id: string;
  /** The document version the score was computed from. */
  version: number;
  score: number;
}

/**
 * Every ranking served, so it can be explained later (EU AI Act: public employment matching is high-risk):
 * who asked, about whom or what, the versions of the inputs, the weights, and the results with their scores.
 * Kept 6 months (RANKING_RETENTION_MONTHS), then deleted by the housekeeping job. A mediator can override
 * the order; the override, its author and reason are kept on the same row.
 */
@Entity({ name: 'ranking_records' })
@Check('CHK_ranking_records_kind', `"kind" IN ('vacancies-for-seeker', 'candidates-for-vacancy', 'vacancy-search')`)
@Check('CHK_ranking_records_override', `("override_order" IS NULL) = ("overridden_by" IS NULL)`)
@Index('IDX_ranking_records_created_at', ['createdAt'])
export class RankingRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'text' })
  kind: RankingKind;

  /** Null for an anonymous visitor of the public search. */
  @Index('IDX_ranking_records_requested_by')
  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  @Column({ name: 'requester_role', type: 'text', nullable: true })
  requesterRole: string | null;

  /** The job seeker the ranking is for (vacancies-for-seeker). */
  @Index('IDX_ranking_records_subject_account')
  @Column({ name: 'subject_account_id', type: 'uuid', nullable: true })
  subjectAccountId: string | null;

  /** The vacancy the candidates are for (candidates-for-vacancy). */
  @Column({ name: 'subject_vacancy_id', type: 'uuid', nullable: true })
  subjectVacancyId: string | null;

  /** Input versions, query and filters: enough to know what was scored (no sensitive field is ever an input). */
  @Column({ type: 'jsonb' })
  inputs: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  weights: Record<string, number>;

  @Column({ type: 'jsonb' })
  results: RankedEntry[];

  /** Ids in the order the mediator chose. */
  @Column({ name: 'override_order', type: 'jsonb', nullable: true })
  overrideOrder: string[] | null;

  @Column({ name: 'override_reason', type: 'text', nullable: true })
  overrideReason: string | null;

  @Column({ name: 'overridden_by', type: 'uuid', nullable: true })
  overriddenBy: string | null;

  @Column({ name: 'overridden_at', type: 'timestamptz', nullable: true })
  overriddenAt: Date | null;
}
