import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IscoGroup } from '../isco/isco-group.entity';
import { Skill } from './skill.entity';

/** A skill belongs to ISCO groups on any level; it applies to every occupation under those groups. */
@Entity({ name: 'skill_isco_groups' })
export class SkillIscoGroup {
  @PrimaryColumn({ name: 'skill_id', type: 'varchar', length: 80 })
  skillId: string;

  @Index('IDX_skill_isco_groups_isco_code')
  @PrimaryColumn({ name: 'isco_code', type: 'varchar', length: 4 })
  iscoCode: string;

  @ManyToOne(() => Skill, (skill) => skill.iscoGroups, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'skill_id' })
  skill?: Skill;

  @ManyToOne(() => IscoGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'isco_code' })
  iscoGroup?: IscoGroup;
}
