import type { Account } from '@werkpunt/identity';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { REFERRAL_PARTNERS, REFERRAL_STATUSES, ReferralPartner, ReferralStatus } from '../domain/referral-status';

const inList = (column: string, values: readonly string[]) =>
  `"${column}" IN (${values.map((v) => `'${v}'`).join(', ')})`;

/** A referral of a client to a partner (VDAB, De Stap, an NT2 course …), with its status and outcome. */
@Entity({ name: 'referrals' })
@Index('IDX_referrals_client', ['clientAccountId', 'createdAt'])
@Check('CHK_referrals_partner', inList('partner', REFERRAL_PARTNERS))
@Check('CHK_referrals_status', inList('status', REFERRAL_STATUSES))
// "Other" needs the partner's name; the named partners need none.
@Check('CHK_referrals_partner_name', `("partner" = 'other') = ("partner_name" IS NOT NULL)`)
export class Referral {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'client_account_id', type: 'uuid' })
  clientAccountId: string;

  @ManyToOne('Account', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'client_account_id', foreignKeyConstraintName: 'FK_referrals_client' })
  client?: Account;

  @Column({ type: 'varchar', length: 20 })
  partner: ReferralPartner;

  @Column({ name: 'partner_name', type: 'varchar', length: 150, nullable: true })
  partnerName: string | null;

  @Column({ type: 'varchar', length: 1000 })
  purpose: string;

  @Column({ type: 'varchar', length: 20 })
  status: ReferralStatus;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  outcome: string | null;

  @Column({ name: 'created_by_account_id', type: 'uuid' })
  createdByAccountId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** When the partner accepted. */
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  /** When it ended: declined, completed or dropped out. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
