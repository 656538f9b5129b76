import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LABEL_KINDS, LabelKind } from './label-kind';
import { Occupation } from './occupation.entity';

/**
 * One name people may search an occupation by: ESCO's preferred and alternative labels and our
 * curated everyday synonyms. The autocomplete matches on `normalised`.
 */
@Entity({ name: 'occupation_labels' })
// GIN trigram index on normalised, created by hand in the Taxonomy migration: TypeORM cannot declare
// operator classes, and synchronize: false stops migration:generate from dropping it.
@Index('IDX_occupation_labels_normalised_trgm', { synchronize: false })
export class OccupationLabel {
  @PrimaryColumn({ name: 'occupation_id', type: 'uuid' })
  occupationId: string;

  @PrimaryColumn({ type: 'text' })
  label: string;

  @ManyToOne(() => Occupation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'occupation_id' })
  occupation?: Occupation;

  /** taxonomy_normalise(label): lowercase, unaccented, punctuation as spaces (see normaliseSearchText). */
  @Column({ type: 'text' })
  normalised: string;

  @Column({ type: 'enum', enum: [...LABEL_KINDS], enumName: 'occupation_label_kind' })
  kind: LabelKind;

  /** LABEL_WEIGHTS: lower names the occupation more directly and ranks first among equal matches. */
  @Column({ type: 'smallint' })
  weight: number;
}
