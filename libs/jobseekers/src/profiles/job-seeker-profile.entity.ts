// Type-only imports from other contexts: relations name their target by entity name, so this file loads without
// the path aliases (migration CLI). For the same reason the sensitive fields are marked @Sensitive() on the
// view classes (profile.dto.ts) rather than here; the entity never leaves the service.
import type { Account } from '@werkpunt/identity';
import type { Neighbourhood } from '@werkpunt/geo';
import type { CefrLevelCode, EducationLevelCode } from '@werkpunt/taxonomy';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { DesiredOccupation, LanguageSkill, ProfileRecord } from '../domain/profile-record';
import {
  Availability,
  DiplomaRecognition,
  DrivingLicence,
  ProfileChangeSource,
  Shift,
  TransportMode,
} from '../domain/profile-vocabulary';

const inList = (column: string, values: readonly string[]) =>
  `"${column}" IN (${values.map((v) => `'${v}'`).join(', ')})`;
const allInList = (column: string, values: readonly string[]) =>
  `"${column}" <@ ARRAY[${values.map((v) => `'${v}'`).join(', ')}]::varchar[]`;

/**
 * A job seeker's profile: one per job-seeker account, keyed by it, gone with it. Lists that are only ever
 * read and written whole with the profile (wishes, languages) are jsonb; the rest are plain columns the
 * search issue can filter on. `version` goes up by one on every change, so an outbox consumer can drop
 * stale work.
 */
@Entity({ name: 'job_seeker_profiles' })
@Check('CHK_job_seeker_profiles_education_level', inList('education_level', ['low', 'mid', 'high']))
@Check('CHK_job_seeker_profiles_diploma_recognition', inList('diploma_recognition', Object.values(DiplomaRecognition)))
@Check('CHK_job_seeker_profiles_dutch_level', inList('dutch_level', ['A1', 'A2', 'B1', 'B2', 'C1', 'C2']))
@Check('CHK_job_seeker_profiles_driving_licences', allInList('driving_licences', Object.values(DrivingLicence)))
@Check('CHK_job_seeker_profiles_transport_modes', allInList('transport_modes', Object.values(TransportMode)))
@Check('CHK_job_seeker_profiles_shifts', allInList('shifts', Object.values(Shift)))
@Check('CHK_job_seeker_profiles_availability', inList('availability', Object.values(Availability)))
@Check('CHK_job_seeker_profiles_change_source', inList('last_change_source', Object.values(ProfileChangeSource)))
// A commute limit in minutes, in km, or both: matching needs at least one.
@Check('CHK_job_seeker_profiles_commute', `"max_commute_minutes" IS NOT NULL OR "max_commute_km" IS NOT NULL`)
@Check(
  'CHK_job_seeker_profiles_hours',
  `"hours_per_week_min" >= 1 AND "hours_per_week_min" <= "hours_per_week_max" AND "hours_per_week_max" <= 60`,
)
@Check('CHK_job_seeker_profiles_address_pair', `("street_address" IS NULL) = ("postcode" IS NULL)`)
@Check('CHK_job_seeker_profiles_postcode', `"postcode" ~ '^[1-9][0-9]{3}$'`)
@Check('CHK_job_seeker_profiles_version', `"version" >= 1`)
export class JobSeekerProfile implements ProfileRecord {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @OneToOne('Account', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_job_seeker_profiles_account' })
  account?: Account;

  /** In the person's order; `rank` is the position, 1 first. */
  @Column({ name: 'desired_occupations', type: 'jsonb' })
  desiredOccupations: DesiredOccupation[];

  @Column({ name: 'skill_ids', type: 'varchar', length: 80, array: true })
  skillIds: string[];

  @Column({ name: 'education_level', type: 'varchar', length: 4 })
  educationLevel: EducationLevelCode;

  @Column({ name: 'diploma_title', type: 'varchar', length: 200, nullable: true })
  diplomaTitle: string | null;

  @Column({ name: 'diploma_country', type: 'char', length: 2, nullable: true })
  diplomaCountry: string | null;

  @Column({ name: 'diploma_recognition', type: 'varchar', length: 12 })
  diplomaRecognition: DiplomaRecognition;

  @Column({ name: 'dutch_level', type: 'varchar', length: 2, nullable: true })
  dutchLevel: CefrLevelCode | null;

  @Column({ name: 'other_languages', type: 'jsonb' })
  otherLanguages: LanguageSkill[];

  @Column({ name: 'driving_licences', type: 'varchar', length: 3, array: true })
  drivingLicences: DrivingLicence[];

  @Column({ name: 'transport_modes', type: 'varchar', length: 20, array: true })
  transportModes: TransportMode[];

  @Column({ name: 'max_commute_minutes', type: 'smallint', nullable: true })
  maxCommuteMinutes: number | null;

  @Column({ name: 'max_commute_km', type: 'smallint', nullable: true })
  maxCommuteKm: number | null;

  @Column({ name: 'hours_per_week_min', type: 'smallint' })
  hoursPerWeekMin: number;

  @Column({ name: 'hours_per_week_max', type: 'smallint' })
  hoursPerWeekMax: number;

  @Column({ type: 'varchar', length: 10, array: true })
  shifts: Shift[];

  /** 'YYYY-MM-DD'; null: right away. */
  @Column({ name: 'available_from', type: 'date', nullable: true })
  availableFrom: string | null;

  /** The geo context's wijknr: matching is neighbourhood-first. */
  @Index('IDX_job_seeker_profiles_neighbourhood')
  @Column({ name: 'home_neighbourhood_id', type: 'integer' })
  homeNeighbourhoodId: number;

  // Wijken are only ever added or updated (see the geo seed), so the reference is safe to enforce.
  @ManyToOne('Neighbourhood', { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'home_neighbourhood_id', foreignKeyConstraintName: 'FK_job_seeker_profiles_neighbourhood' })
  homeNeighbourhood?: Neighbourhood;

  /** Never shown to employers: the wijk is all matching needs. */
  @Column({ name: 'street_address', type: 'varchar', length: 200, nullable: true })
  streetAddress: string | null;

  @Column({ type: 'varchar', length: 4, nullable: true })
  postcode: string | null;

  /** Only for the age band of age-defined programmes; never shown to employers. */
  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth: string | null;

  /** Since when the person is registered as a job seeker: months are computed, so they are never stale. */
  @Column({ name: 'registered_since', type: 'date', nullable: true })
  registeredSince: string | null;

  /** Leefloon (OCMW). */
  @Column({ name: 'living_wage_client', type: 'boolean' })
  livingWageClient: boolean;

  @Column({ name: 'in_artikel60', type: 'boolean' })
  inArtikel60: boolean;

  /** Optional: null when the person did not say. */
  @Column({ name: 'work_disability', type: 'boolean', nullable: true })
  workDisability: boolean | null;

  @Column({ type: 'varchar', length: 10 })
  availability: Availability;

  @Column({ name: 'last_change_source', type: 'varchar', length: 20 })
  lastChangeSource: ProfileChangeSource;

  @Column({ type: 'integer' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
