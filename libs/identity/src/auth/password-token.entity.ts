import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../accounts/account.entity';

export enum PasswordTokenPurpose {
  /** "Forgot my password": valid 30 minutes. */
  Reset = 'reset',
  /** A mediator account an admin created: the first password, valid longer. */
  Activation = 'activation',
}

/** A single-use, e-mailed token that sets a password. Only its hash is stored. */
@Entity({ name: 'password_tokens' })
@Check('CHK_password_tokens_purpose', `"purpose" IN ('reset', 'activation')`)
export class PasswordToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_password_tokens_account')
  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ type: 'varchar', length: 20 })
  purpose: PasswordTokenPurpose;

  @Index('UQ_password_tokens_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;
}
