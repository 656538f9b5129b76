import { Column, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { SkillIscoGroup } from './skill-isco-group.entity';

/** A curated skill (seeds/data/taxonomy/skills.csv); the id is a stable English slug. */
@Entity({ name: 'skills' })
export class Skill {
  @PrimaryColumn({ type: 'varchar', length: 80 })
  id: string;

  @Column({ name: 'name_nl', type: 'text' })
  nameNl: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @OneToMany(() => SkillIscoGroup, (link) => link.skill)
  iscoGroups?: SkillIscoGroup[];
}
