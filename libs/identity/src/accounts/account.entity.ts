import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Role } from '../actor/actor';
import { OrganisationMembership } from './organisation-membership.entity';
import { WerkpuntMembership } from './werkpunt-membership.entity';

export enum AccountStatus {
  Active = 'active',
  Deactivated = 'deactivated',
  /** Personal data removed (data rights); the row stays as the pseudonymous target of retained records. */
  Erased = 'erased',
}

export enum PreferredLanguage {
  Dutch = 'nl',
  English = 'en',
}

/**
 * Anyone who signs in: job seeker, recruiter, mediator or city admin. A client a mediator created
 * has neither e-mail nor password until they claim the account with their printed code.
 */
@Entity({ name: 'accounts' })
@Check('CHK_accounts_role', `"role" IN ('job_seeker', 'recruiter', 'mediator', 'admin')`)
@Check('CHK_accounts_status', `"status" IN ('active', 'deactivated', 'erased')`)
@Check('CHK_accounts_language', `"preferred_language" IN ('nl', 'en')`)
// Stored lower-cased so the plain unique index is case-insensitive; the service normalises on write.
@Check('CHK_accounts_email_lower_case', `"email" = lower("email")`)
@Check('CHK_accounts_username_lower_case', `"username" = lower("username")`)
export class Account {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  @Index('UQ_accounts_email', { unique: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone: string | null;

  /**
   * For people without e-mail: the login name printed with the claim code (e.g. `yusuf-demir-4821`),
   * so a client who claims the account without an address can still log in.
   */
  @Index('UQ_accounts_username', { unique: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  username: string | null;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName: string;

  @Column({ name: 'preferred_language', type: 'varchar', length: 2, default: PreferredLanguage.Dutch })
  preferredLanguage: PreferredLanguage;

  /** argon2id, PHC string format. Null until a client claims a mediator-made account. */
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'varchar', length: 20, default: AccountStatus.Active })
  status: AccountStatus;

  /**
   * Job seekers: the Werkpunt whose caseload the person is in (set when a mediator creates the client),
   * which decides which mediators may open the file. Null for people who registered on their own.
   * No foreign key yet: the Werkpunten table arrives with the records issue, whose caseloads take over.
   */
  @Index('IDX_accounts_home_werkpunt')
  @Column({ name: 'home_werkpunt_id', type: 'uuid', nullable: true })
  homeWerkpuntId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Set at login and token refresh (not on every request): the inactivity clock of issue #3. */
  @Column({ name: 'last_active_at', type: 'timestamptz', nullable: true })
  lastActiveAt: Date | null;

  /** When the inactivity warning mail went out; a login after it makes the account warnable again. */
  @Column({ name: 'inactivity_warned_at', type: 'timestamptz', nullable: true })
  inactivityWarnedAt: Date | null;

  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  /** Why it was erased (a fixed vocabulary, never free text: it is kept). */
  @Column({ name: 'erasure_reason', type: 'varchar', length: 40, nullable: true })
  erasureReason: string | null;

  @OneToMany(() => WerkpuntMembership, (membership) => membership.account)
  werkpuntMemberships?: WerkpuntMembership[];

  @OneToMany(() => OrganisationMembership, (membership) => membership.account)
  organisationMemberships?: OrganisationMembership[];
}
