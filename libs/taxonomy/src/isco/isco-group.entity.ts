import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ISCO_LEVELS, IscoLevel } from './isco-code';

/** An ISCO-08 group on one of its four levels (ILO classification, as published with ESCO). */
@Entity({ name: 'isco_groups' })
export class IscoGroup {
  @PrimaryColumn({ type: 'varchar', length: 4 })
  code: string;

  @Column({ type: 'enum', enum: [...ISCO_LEVELS], enumName: 'isco_level' })
  level: IscoLevel;

  @Index('IDX_isco_groups_parent_code')
  @Column({ name: 'parent_code', type: 'varchar', length: 4, nullable: true })
  parentCode: string | null;

  @ManyToOne(() => IscoGroup, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_code' })
  parent?: IscoGroup | null;

  @Column({ name: 'label_en', type: 'text' })
  labelEn: string;

  /** Only the ten major groups have an (unofficial, Belgian) Dutch label so far. */
  @Column({ name: 'label_nl', type: 'text', nullable: true })
  labelNl: string | null;
}
