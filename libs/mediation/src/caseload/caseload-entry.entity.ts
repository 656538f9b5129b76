// Type only: relations name their target by entity name, so this file loads without the path alias (migration CLI).
import type { Account } from '@werkpunt/identity';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';

/**
 * Where a client belongs now: one Werkpunt and, optionally, the mediator responsible for them. One row per
 * client; its history is in caseload_transfers. No foreign key to werkpunten, like werkpunt_memberships and
 * accounts.home_werkpunt_id: the service checks a transfer's target exists.
 */
@Entity({ name: 'caseload_entries' })
@Index('IDX_caseload_entries_werkpunt_contact', ['werkpuntId', 'lastContactAt'])
export class CaseloadEntry {
  @PrimaryColumn({ name: 'client_account_id', type: 'uuid' })
  clientAccountId: string;

  @OneToOne('Account', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'client_account_id', foreignKeyConstraintName: 'FK_caseload_entries_client' })
  client?: Account;

  @Column({ name: 'werkpunt_id', type: 'uuid' })
  werkpuntId: string;

  /** The responsible mediator; null while the Werkpunt has not chosen one. */
  @Index('IDX_caseload_entries_mediator')
  @Column({ name: 'mediator_account_id', type: 'uuid', nullable: true })
  mediatorAccountId: string | null;

  @ManyToOne('Account', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'mediator_account_id', foreignKeyConstraintName: 'FK_caseload_entries_mediator' })
  mediator?: Account | null;

  /** Since when the client belongs to this Werkpunt (enrolment or the last transfer). */
  @Column({ type: 'timestamptz' })
  since: Date;

  /** The last time a mediator saw the client (a ladder step or note recorded with the client present). */
  @Column({ name: 'last_contact_at', type: 'timestamptz', nullable: true })
  lastContactAt: Date | null;
}
