import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Account } from './account.entity';

/** The code on the paper a mediator hands to a client without e-mail; one live code per account. */
@Entity({ name: 'account_claim_codes' })
export class AccountClaimCode {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId: string;

  /** HMAC-SHA-256 of the normalised code, keyed with the server secret (a 10-character code is short). */
  @Index('UQ_account_claim_codes_code_hash', { unique: true })
  @Column({ name: 'code_hash', type: 'varchar', length: 64 })
  codeHash: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @OneToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;
}
