import type { Account } from '@werkpunt/identity';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** One move of a client to another Werkpunt and/or mediator, with who did it and why. Never changed. */
@Entity({ name: 'caseload_transfers' })
@Index('IDX_caseload_transfers_client', ['clientAccountId', 'transferredAt'])
export class CaseloadTransfer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'client_account_id', type: 'uuid' })
  clientAccountId: string;

  @ManyToOne('Account', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'client_account_id', foreignKeyConstraintName: 'FK_caseload_transfers_client' })
  client?: Account;

  /** Null when the client had no Werkpunt before (registered on their own). */
  @Column({ name: 'from_werkpunt_id', type: 'uuid', nullable: true })
  fromWerkpuntId: string | null;

  @Column({ name: 'from_mediator_account_id', type: 'uuid', nullable: true })
  fromMediatorAccountId: string | null;

  @Column({ name: 'to_werkpunt_id', type: 'uuid' })
  toWerkpuntId: string;

  @Column({ name: 'to_mediator_account_id', type: 'uuid', nullable: true })
  toMediatorAccountId: string | null;

  @Column({ name: 'transferred_by_account_id', type: 'uuid' })
  transferredByAccountId: string;

  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  @Column({ name: 'transferred_at', type: 'timestamptz' })
  transferredAt: Date;
}
