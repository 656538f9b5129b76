import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Application } from './application.entity';
import { ApplicationStatus } from './domain/application-vocabulary';

const STATUSES = Object.values(ApplicationStatus)
  .map((status) => `'${status}'`)
  .join(', ');

/** One step of an application: the status it entered, who (account and role), when, and a note. */
@Entity({ name: 'application_status_changes' })
@Check('CHK_application_status_changes_status', `"status" IN (${STATUSES})`)
@Index('IDX_application_status_changes_application', ['applicationId', 'at'])
export class ApplicationStatusChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne('Application', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'FK_application_status_changes_application' })
  application?: Application;

  @Column({ type: 'varchar', length: 20 })
  status: ApplicationStatus;

  // No foreign key to accounts: the step is kept with the id alone (see the personal-data catalogue).
  /** Who did it; null once the person's account was erased. */
  @Index('IDX_application_status_changes_actor')
  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true })
  actorAccountId: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 20 })
  actorRole: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'timestamptz' })
  at: Date;
}
