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
// Type only: the relation names its target by entity name, so this file loads without the path alias (migration CLI).
import type { OrganisationSite } from '../sites/organisation-site.entity';
import { SectorTable } from '../domain/sector-tables';

/**
 * An employer: a company, non-profit or public body with a Belgian enterprise number. Holds the
 * organisation's own data only; the people who act for it are identity's organisation_memberships,
 * whose organisation_id is this id.
 */
@Entity({ name: 'organisations' })
@Check('CHK_organisations_enterprise_number', `"enterprise_number" ~ '^[01][0-9]{9}$'`)
@Check('CHK_organisations_nace_code', `"nace_code" ~ '^[0-9]{2}\\.[0-9]{2,3}$'`)
@Check(
  'CHK_organisations_sector_tables',
  `"sector_tables" <@ ARRAY['zorg', 'metaal', 'bouw', 'dienstencheques', 'haven']::text[]`,
)
@Check('CHK_organisations_email_lower_case', `"email" = lower("email")`)
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The name in the KBO, with its legal form: "Schoonmaak Verhaegen bv". */
  @Column({ name: 'legal_name', type: 'varchar', length: 200 })
  legalName: string;

  /** The name people know it by, when it differs ("Bakkerij Rabot"); null when it does not. */
  @Column({ name: 'trading_name', type: 'varchar', length: 200, nullable: true })
  tradingName: string | null;

  /** Ten digits, no dots (shown as 0123.456.749); valid mod 97, checked before it gets here. */
  @Index('UQ_organisations_enterprise_number', { unique: true })
  @Column({ name: 'enterprise_number', type: 'char', length: 10 })
  enterpriseNumber: string;

  /** NACE-BEL class ("81.21") or subclass ("81.210"). */
  @Index('IDX_organisations_nace_code')
  @Column({ name: 'nace_code', type: 'varchar', length: 6 })
  naceCode: string;

  /** Sociale economie: sheltered or customised work (maatwerkbedrijf), local services economy. */
  @Column({ name: 'social_economy', type: 'boolean', default: false })
  socialEconomy: boolean;

  @Column({ name: 'sector_tables', type: 'text', array: true, default: () => `'{}'` })
  sectorTables: SectorTable[];

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  /** The organisation's own mailbox (jobs@…), never a person's: persons' contacts live in accounts. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /** The organisation's switchboard, never a person's. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  phone: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @OneToMany('OrganisationSite', (site: OrganisationSite) => site.organisation)
  sites?: OrganisationSite[];
}
