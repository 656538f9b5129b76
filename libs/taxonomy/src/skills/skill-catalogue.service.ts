import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { iscoPathCodes } from '../isco/isco-code';

export interface SkillSummary {
  id: string;
  nameNl: string;
  nameEn: string;
  /** Every ISCO group the skill is curated for. */
  iscoCodes: string[];
}

// A skill fits a group when it is curated for that group, for a group above it, or (optionally) for a
// group below it. Skills for the most specific group come first.
const SKILLS_FOR_GROUPS_SQL = `
  SELECT s.id, s.name_nl AS "nameNl", s.name_en AS "nameEn",
         array_agg(sg.isco_code::text ORDER BY sg.isco_code) AS "iscoCodes"
  FROM skills s
  JOIN skill_isco_groups sg ON sg.skill_id = s.id
  GROUP BY s.id
  HAVING bool_or(sg.isco_code = ANY($1::text[]) OR sg.isco_code LIKE $2)
  ORDER BY max(length(sg.isco_code)) FILTER (WHERE sg.isco_code = ANY($1::text[]) OR sg.isco_code LIKE $2) DESC,
           s.name_nl, s.id`;

const ALL_SKILLS_SQL = `
  SELECT s.id, s.name_nl AS "nameNl", s.name_en AS "nameEn",
         array_agg(sg.isco_code::text ORDER BY sg.isco_code) AS "iscoCodes"
  FROM skills s
  JOIN skill_isco_groups sg ON sg.skill_id = s.id
  GROUP BY s.id
  ORDER BY s.name_nl, s.id`;

// Matches no ISCO code: used when groups below the asked one must not count.
const NO_DESCENDANTS = 'no descendants';

@Injectable()
export class SkillCatalogue {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  all(): Promise<SkillSummary[]> {
    return this.dataSource.query(ALL_SKILLS_SQL);
  }

  /** Skills for an occupation in this unit group: those of the unit and of the groups above it. */
  forUnitGroup(unitCode: string): Promise<SkillSummary[]> {
    return this.dataSource.query(SKILLS_FOR_GROUPS_SQL, [iscoPathCodes(unitCode), NO_DESCENDANTS]);
  }

  /** Skills relevant to a group on any level: its own, those of groups above it and of groups within it. */
  forGroup(code: string): Promise<SkillSummary[]> {
    return this.dataSource.query(SKILLS_FOR_GROUPS_SQL, [iscoPathCodes(code), `${code}%`]);
  }
}
