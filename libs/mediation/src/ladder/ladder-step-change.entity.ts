import type { Account } from '@werkpunt/identity';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LADDER_STEPS, LadderStep } from '../domain/activation-ladder';

const STEPS = LADDER_STEPS.map((s) => `'${s}'`).join(', ');

/** One step change on the activation ladder: the newest row is the client's current step. Never changed. */
@Entity({ name: 'ladder_step_changes' })
@Index('IDX_ladder_step_changes_client', ['clientAccountId', 'changedAt'])
@Check('CHK_ladder_step_changes_step', `"step" IN (${STEPS})`)
@Check('CHK_ladder_step_changes_previous_step', `"previous_step" IN (${STEPS})`)
export class LadderStepChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'client_account_id', type: 'uuid' })
  clientAccountId: string;

  @ManyToOne('Account', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'client_account_id', foreignKeyConstraintName: 'FK_ladder_step_changes_client' })
  client?: Account;

  @Column({ type: 'varchar', length: 24 })
  step: LadderStep;

  /** Null for the first step recorded. */
  @Column({ name: 'previous_step', type: 'varchar', length: 24, nullable: true })
  previousStep: LadderStep | null;

  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  @Column({ name: 'client_present', type: 'boolean' })
  clientPresent: boolean;

  @Column({ name: 'changed_by_account_id', type: 'uuid' })
  changedByAccountId: string;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}
