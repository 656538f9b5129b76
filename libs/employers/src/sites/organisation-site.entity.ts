// Type only: relations name their targets by entity name, so this file loads without the path alias (migration CLI).
import type { Neighbourhood } from '@werkpunt/geo';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Organisation } from '../organisations/organisation.entity';

/** How a site's wijk was found. Stored as text: renaming a value needs a migration. */
export enum SiteLocatedBy {
  /** The coordinates lie inside the wijk's outline. */
  Point = 'point',
  /** No usable point: the wijk the postcode covers most (inferred, so less certain). */
  Postcode = 'postcode',
  /** Neither places it in Ghent: a site outside the city (allowed), wijk null. */
  OutsideGhent = 'outside_ghent',
}

/** A place where the organisation's people work: a shop, a kitchen, a depot, a ward. */
@Entity({ name: 'organisation_sites' })
@Check('CHK_organisation_sites_postcode', `"postcode" ~ '^[1-9][0-9]{3}$'`)
@Check('CHK_organisation_sites_coordinates_pair', `("lat" IS NULL) = ("lon" IS NULL)`)
@Check('CHK_organisation_sites_located_by', `"located_by" IN ('point', 'postcode', 'outside_ghent')`)
@Check(
  'CHK_organisation_sites_wijk_matches_located_by',
  `("neighbourhood_id" IS NULL) = ("located_by" = 'outside_ghent')`,
)
export class OrganisationSite {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_organisation_sites_organisation')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne('Organisation', (organisation: Organisation) => organisation.sites, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_organisation_sites_organisation' })
  organisation?: Organisation;

  /** "Winkel Rabot", "Atelier Muide". */
  @Column({ type: 'varchar', length: 150 })
  name: string;

  /** Street and house number. */
  @Column({ name: 'street_address', type: 'varchar', length: 200 })
  streetAddress: string;

  /** Belgian postcode. */
  @Column({ type: 'varchar', length: 4 })
  postcode: string;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lon: number | null;

  /** The geo context's wijknr; null for a site outside Ghent. */
  @Index('IDX_organisation_sites_neighbourhood')
  @Column({ name: 'neighbourhood_id', type: 'integer', nullable: true })
  neighbourhoodId: number | null;

  // Wijken are only ever added or updated (see the geo seed), so the reference is safe to enforce.
  @ManyToOne('Neighbourhood', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'neighbourhood_id', foreignKeyConstraintName: 'FK_organisation_sites_neighbourhood' })
  neighbourhood?: Neighbourhood | null;

  @Column({ name: 'located_by', type: 'varchar', length: 20 })
  locatedBy: SiteLocatedBy;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
