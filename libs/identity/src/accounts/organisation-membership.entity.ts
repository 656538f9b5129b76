import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Account } from './account.entity';

export enum OrganisationRole {
  /** Registered the organisation; invites and removes recruiters. */
  Owner = 'owner',
  Recruiter = 'recruiter',
}

/** A recruiter (or the owner) acts for an employer organisation. */
@Entity({ name: 'organisation_memberships' })
@Check('CHK_organisation_memberships_role', `"role" IN ('owner', 'recruiter')`)
export class OrganisationMembership {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId: string;

  /**
   * No foreign key yet: the organisations table (name, KBO number, ...) comes with the records
   * issue, whose migration adds the constraint. Registration mints the id.
   */
  @Index('IDX_organisation_memberships_organisation')
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ type: 'varchar', length: 20 })
  role: OrganisationRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Account, (account) => account.organisationMemberships, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Account;
}
