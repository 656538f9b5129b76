// Type-only imports from other contexts: relations name their targets by entity name, so this file loads
// without the path aliases (migration CLI).
import type { Organisation, OrganisationSite } from '@werkpunt/employers';
import type { Neighbourhood } from '@werkpunt/geo';
import type { CefrLevelCode, Occupation } from '@werkpunt/taxonomy';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import {
  ContractType,
  DRIVING_LICENCES,
  DrivingLicenceCategory,
  MINIMUM_EDUCATION_CODES,
  MinimumEducation,
  VacancyKind,
  VacancyProgramme,
  VacancyStatus,
  WorkShift,
} from './domain/vacancy-vocabulary';

const inList = (column: string, values: readonly string[]) =>
  `"${column}" IN (${values.map((v) => `'${v}'`).join(', ')})`;
const allInList = (column: string, values: readonly string[]) =>
  `"${column}" <@ ARRAY[${values.map((v) => `'${v}'`).join(', ')}]::varchar[]`;

/** Another language than Dutch the job needs, with its CEFR level. */
export interface VacancyLanguage {
  /** ISO 639-1 code. */
  language: string;
  level: CefrLevelCode;
}

/**
 * A vacancy or an internship offer (`kind`) of an organisation at one of its sites. The site's wijk is
 * copied in on every write, so lists filter by wijk without a join; the shortage flag is derived from the
 * occupation's ISCO group on every write. `version` goes up by one on every change (content or status), so
 * an outbox consumer can drop stale work.
 */
@Entity({ name: 'vacancies' })
@Check('CHK_vacancies_kind', inList('kind', Object.values(VacancyKind)))
@Check('CHK_vacancies_status', inList('status', Object.values(VacancyStatus)))
@Check('CHK_vacancies_contract_type', inList('contract_type', Object.values(ContractType)))
@Check('CHK_vacancies_programme', inList('programme', Object.values(VacancyProgramme)))
@Check('CHK_vacancies_minimum_education', inList('minimum_education', MINIMUM_EDUCATION_CODES))
@Check('CHK_vacancies_shifts', allInList('shifts', Object.values(WorkShift)))
@Check('CHK_vacancies_driving_licences', allInList('driving_licences', DRIVING_LICENCES))
@Check(
  'CHK_vacancies_hours',
  `"hours_per_week_min" >= 1 AND "hours_per_week_min" <= "hours_per_week_max" AND "hours_per_week_max" <= 60`,
)
@Check('CHK_vacancies_remote_share', `"remote_share_percent" BETWEEN 0 AND 100`)
@Check('CHK_vacancies_positions', `"positions" >= 1`)
@Check('CHK_vacancies_published_at', `("status" = 'draft') = ("published_at" IS NULL)`)
@Index('IDX_vacancies_status_published_at', ['status', 'publishedAt', 'id'])
@Index('IDX_vacancies_status_closing_date', ['status', 'closingDate', 'id'])
export class Vacancy {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: VacancyKind;

  @Index('IDX_vacancies_organisation')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_vacancies_organisation' })
  organisation?: Organisation;

  // A site with vacancies cannot be removed: the vacancy would lose its address and wijk.
  @Index('IDX_vacancies_site')
  @Column({ name: 'site_id', type: 'uuid' })
  siteId: string;

  @ManyToOne('OrganisationSite', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'FK_vacancies_site' })
  site?: OrganisationSite;

  /** The site's wijk (null for a site outside Ghent), copied on every write. */
  @Index('IDX_vacancies_neighbourhood')
  @Column({ name: 'neighbourhood_id', type: 'integer', nullable: true })
  neighbourhoodId: number | null;

  @ManyToOne('Neighbourhood', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'neighbourhood_id', foreignKeyConstraintName: 'FK_vacancies_neighbourhood' })
  neighbourhood?: Neighbourhood | null;

  @Column({ type: 'varchar', length: 150 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  /** The ESCO occupation (taxonomy's occupations.id). */
  @Index('IDX_vacancies_occupation')
  @Column({ name: 'occupation_id', type: 'uuid' })
  occupationId: string;

  @ManyToOne('Occupation', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'occupation_id', foreignKeyConstraintName: 'FK_vacancies_occupation' })
  occupation?: Occupation;

  /** The occupation's ISCO-08 unit group, copied so lists filter by any ISCO group with a prefix match. */
  @Index('IDX_vacancies_isco_code')
  @Column({ name: 'isco_code', type: 'varchar', length: 4 })
  iscoCode: string;

  /** Knelpuntberoep, from the ISCO group (domain/shortage-occupations.ts). */
  @Column({ type: 'boolean' })
  shortage: boolean;

  @Column({ name: 'required_skill_ids', type: 'varchar', length: 80, array: true })
  requiredSkillIds: string[];

  @Column({ name: 'nice_to_have_skill_ids', type: 'varchar', length: 80, array: true })
  niceToHaveSkillIds: string[];

  @Column({ name: 'minimum_education', type: 'varchar', length: 4 })
  minimumEducation: MinimumEducation;

  /** Null: no Dutch needed (a job where another language is the working language). */
  @Column({ name: 'dutch_level', type: 'varchar', length: 2, nullable: true })
  dutchLevel: CefrLevelCode | null;

  @Column({ name: 'other_languages', type: 'jsonb' })
  otherLanguages: VacancyLanguage[];

  @Column({ name: 'driving_licences', type: 'varchar', length: 3, array: true })
  drivingLicences: DrivingLicenceCategory[];

  @Column({ name: 'hours_per_week_min', type: 'smallint' })
  hoursPerWeekMin: number;

  @Column({ name: 'hours_per_week_max', type: 'smallint' })
  hoursPerWeekMax: number;

  @Column({ type: 'varchar', length: 10, array: true })
  shifts: WorkShift[];

  @Column({ name: 'contract_type', type: 'varchar', length: 30 })
  contractType: ContractType;

  @Column({ type: 'varchar', length: 20 })
  programme: VacancyProgramme;

  @Column({ type: 'smallint' })
  positions: number;

  /** yyyy-mm-dd; null: as soon as possible. */
  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate: string | null;

  /** yyyy-mm-dd, the last day to apply; required to publish. */
  @Column({ name: 'closing_date', type: 'date', nullable: true })
  closingDate: string | null;

  @Column({ name: 'remote_share_percent', type: 'smallint', default: 0 })
  remoteSharePercent: number;

  @Column({ type: 'varchar', length: 20 })
  status: VacancyStatus;

  @Column({ type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** When it was first published; stays when it is paused and published again. */
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
