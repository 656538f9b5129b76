import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Account } from './account.entity';

/** A mediator works at a Werkpunt; one mediator may work at several. */
@Entity({ name: 'werkpunt_memberships' })
export class WerkpuntMembership {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId: string;

  /**
   * No foreign key yet: the werkpunten table arrives with a later issue, whose migration adds the
   * constraint. Until then the admin endpoint accepts any uuid.
   */
  @Index('IDX_werkpunt_memberships_werkpunt')
  @PrimaryColumn({ name: 'werkpunt_id', type: 'uuid' })
  werkpuntId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Account, (account) => account.werkpuntMemberships, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;
}
