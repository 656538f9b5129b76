import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ConsentKind, ConsentSource } from './consent-vocabulary';

/** Every change of a consent, with when and who. Append-only (trigger in the migration). */
@Entity({ name: 'consent_changes' })
@Index('IDX_consent_changes_job_seeker', ['jobSeekerAccountId', 'id'])
export class ConsentChange {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'job_seeker_account_id', type: 'uuid' })
  jobSeekerAccountId: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'enum', enum: ConsentKind, enumName: 'consent_kind' })
  kind: ConsentKind;

  /** The organisation (contact sharing) or Werkpunt (access) the change is about; null for visibility. */
  @Column({ name: 'target_id', type: 'uuid', nullable: true })
  targetId: string | null;

  @Column({ type: 'boolean' })
  granted: boolean;

  @Column({ type: 'enum', enum: ConsentSource, enumName: 'consent_source' })
  source: ConsentSource;

  /** The mediator who made the change on the person's behalf; null when the person did it. */
  @Column({ name: 'mediator_account_id', type: 'uuid', nullable: true })
  mediatorAccountId: string | null;

  /** The mediator confirmed the person was present; null when the person did it. */
  @Column({ name: 'client_present', type: 'boolean', nullable: true })
  clientPresent: boolean | null;
}
