import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IscoGroupDirectory } from './isco/isco-group-directory.service';
import { IscoGroup } from './isco/isco-group.entity';
import { IscoGroupsController } from './isco/isco-groups.controller';
import { EducationLevelsController } from './levels/education-levels.controller';
import { LanguageLevelsController } from './levels/language-levels.controller';
import { OccupationLabel } from './occupations/occupation-label.entity';
import { OccupationSearch } from './occupations/occupation-search.service';
import { Occupation } from './occupations/occupation.entity';
import { OccupationsController } from './occupations/occupations.controller';
import { SkillCatalogue } from './skills/skill-catalogue.service';
import { SkillIscoGroup } from './skills/skill-isco-group.entity';
import { Skill } from './skills/skill.entity';
import { SkillsController } from './skills/skills.controller';
import { TaxonomyService } from './taxonomy.service';

export const TAXONOMY_ENTITIES = [IscoGroup, Occupation, OccupationLabel, Skill, SkillIscoGroup];

/** Occupations (ESCO), ISCO-08 groups, curated skills, education and language levels. */
@Module({
  imports: [TypeOrmModule.forFeature(TAXONOMY_ENTITIES)],
  controllers: [
    OccupationsController,
    IscoGroupsController,
    SkillsController,
    EducationLevelsController,
    LanguageLevelsController,
  ],
  providers: [TaxonomyService, OccupationSearch, IscoGroupDirectory, SkillCatalogue],
  exports: [TaxonomyService],
})
export class TaxonomyModule {}
