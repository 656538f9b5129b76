import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VacancyStatus } from './domain/vacancy-vocabulary';
import type { Vacancy } from './vacancy.entity';

const STATUSES = Object.values(VacancyStatus)
  .map((status) => `'${status}'`)
  .join(', ');

/** One step of a vacancy's lifecycle: from, to, who (account and role, or the system) and why. */
@Entity({ name: 'vacancy_status_changes' })
@Check('CHK_vacancy_status_changes_from', `"from_status" IS NULL OR "from_status" IN (${STATUSES})`)
@Check('CHK_vacancy_status_changes_to', `"to_status" IN (${STATUSES})`)
// The system acts without an account; a person's id is emptied when their account is erased.
@Check('CHK_vacancy_status_changes_system_actor', `"actor_role" <> 'system' OR "actor_account_id" IS NULL`)
@Index('IDX_vacancy_status_changes_vacancy', ['vacancyId', 'at'])
export class VacancyStatusChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'vacancy_id', type: 'uuid' })
  vacancyId: string;

  @ManyToOne('Vacancy', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id', foreignKeyConstraintName: 'FK_vacancy_status_changes_vacancy' })
  vacancy?: Vacancy;

  /** Null for the creation of the draft. */
  @Column({ name: 'from_status', type: 'varchar', length: 20, nullable: true })
  fromStatus: VacancyStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 20 })
  toStatus: VacancyStatus;

  // No foreign key to accounts: the history is kept with the id alone (see the personal-data catalogue).
  /** Who did it; null when the system did (expiry), or once the person's account was erased. */
  @Index('IDX_vacancy_status_changes_actor')
  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true })
  actorAccountId: string | null;

  /** The actor's role at the time ('recruiter', 'admin', …) or 'system'. */
  @Column({ name: 'actor_role', type: 'varchar', length: 20 })
  actorRole: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'timestamptz' })
  at: Date;
}
