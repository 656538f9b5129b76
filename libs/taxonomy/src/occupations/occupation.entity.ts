import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IscoGroup } from '../isco/isco-group.entity';

/** An ESCO v1.1 occupation with its Dutch labels. */
@Entity({ name: 'occupations' })
export class Occupation {
  /** The UUID at the end of the ESCO URI, so ids stay stable across reseeds and ESCO releases. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Index('UQ_occupations_esco_code', { unique: true })
  @Column({ name: 'esco_code', type: 'varchar', length: 32 })
  escoCode: string;

  /** The ISCO-08 unit group (4 digits). */
  @Index('IDX_occupations_isco_code')
  @Column({ name: 'isco_code', type: 'varchar', length: 4 })
  iscoCode: string;

  @ManyToOne(() => IscoGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'isco_code' })
  iscoGroup?: IscoGroup;

  @Column({ name: 'preferred_label', type: 'text' })
  preferredLabel: string;

  @Column({ name: 'alt_labels', type: 'text', array: true })
  altLabels: string[];
}
