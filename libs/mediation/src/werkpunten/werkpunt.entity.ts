// Type only: the relation names its target by entity name, so this file loads without the path alias (migration CLI).
import type { Neighbourhood } from '@werkpunt/geo';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, ValueTransformer } from 'typeorm';
import { OpeningHours, parseOpeningHours } from './opening-hours';

export enum WerkpuntStatus {
  /** Named in the policy, location or start still being worked out. */
  Planned = 'planned',
  Open = 'open',
}

/** Every write goes through the shape check, so the jsonb column only ever holds valid opening hours. */
const openingHoursTransformer: ValueTransformer = {
  to: (value: unknown) => (value === undefined ? value : parseOpeningHours(value)),
  from: (value: unknown) => value as OpeningHours,
};

/**
 * A Werkpunt: a neighbourhood antenna of the job shop (werkwinkel), housed with a neighbourhood
 * partner such as the Welzijnsknoop in Ledeberg. Reference data with fixed ids: accounts and, later,
 * caseloads refer to these ids.
 */
@Entity({ name: 'werkpunten' })
@Check('CHK_werkpunten_status', `"status" IN ('planned', 'open')`)
@Check('CHK_werkpunten_postcode', `"postcode" ~ '^[1-9][0-9]{3}$'`)
@Check('CHK_werkpunten_opening_hours_list', `jsonb_typeof("opening_hours") = 'array'`)
// A point needs both halves; a planned Werkpunt may have no location yet.
@Check('CHK_werkpunten_coordinates_pair', `("lat" IS NULL) = ("lon" IS NULL)`)
@Check('CHK_werkpunten_email_lower_case', `"email" = lower("email")`)
export class Werkpunt {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** "Werkpunt Ledeberg": the name people know it by. */
  @Index('UQ_werkpunten_name', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** The building or partner that houses it, e.g. "Welzijnsknoop Ledeberg"; null while still being chosen. */
  @Column({ type: 'varchar', length: 150, nullable: true })
  host: string | null;

  /** Street and house number; null while the location is not decided. */
  @Column({ name: 'street_address', type: 'varchar', length: 200, nullable: true })
  streetAddress: string | null;

  @Column({ type: 'varchar', length: 4 })
  postcode: string;

  /** The geo context's wijknr. */
  @Column({ name: 'neighbourhood_id', type: 'integer' })
  neighbourhoodId: number;

  // Wijken are only ever added or updated (see the geo seed), so the reference is safe to enforce.
  @ManyToOne('Neighbourhood', { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'neighbourhood_id', foreignKeyConstraintName: 'FK_werkpunten_neighbourhood' })
  neighbourhood?: Neighbourhood;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lon: number | null;

  /** Europe/Brussels local times; see OpeningPeriod. Empty: no hours yet (planned, or by appointment). */
  @Column({ name: 'opening_hours', type: 'jsonb', default: () => `'[]'`, transformer: openingHoursTransformer })
  openingHours: OpeningHours;

  /** The Werkpunt's own line, never a person's. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  phone: string | null;

  /** The Werkpunt's shared mailbox, never a person's. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: WerkpuntStatus;

  /** What is still to be confirmed about this record, in plain words; shown to staff and in the API. */
  @Column({ type: 'text', nullable: true })
  notes: string | null;
}
