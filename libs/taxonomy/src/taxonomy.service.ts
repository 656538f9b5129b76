import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { IscoGroupDirectory, IscoGroupFilter, IscoGroupSummary } from './isco/isco-group-directory.service';
import { escoOccupationUri } from './occupations/esco-uri';
import { OccupationLabel } from './occupations/occupation-label.entity';
import { OccupationRef, OccupationRelation, occupationRelationBetween } from './occupations/occupation-relation';
import { OccupationMatch, OccupationSearch } from './occupations/occupation-search.service';
import { Occupation } from './occupations/occupation.entity';
import { SkillCatalogue, SkillSummary } from './skills/skill-catalogue.service';

export interface OccupationDetails {
  id: string;
  escoCode: string;
  escoUri: string;
  /** ESCO's preferred label. */
  label: string;
  altLabels: string[];
  /** Curated everyday words (mostly Flemish) people use for this occupation. */
  synonyms: string[];
  /** ISCO-08 unit group. */
  iscoCode: string;
  /** ISCO-08 groups from the major group down to the unit group. */
  iscoPath: IscoGroupSummary[];
  /** Curated skills of the occupation's ISCO groups, the most specific first. */
  skills: SkillSummary[];
}

export const DEFAULT_OCCUPATION_SEARCH_LIMIT = 10;

/** The taxonomy context's public API for other contexts and for its controllers. */
@Injectable()
export class TaxonomyService {
  constructor(
    @InjectRepository(Occupation) private readonly occupations: Repository<Occupation>,
    @InjectRepository(OccupationLabel) private readonly labels: Repository<OccupationLabel>,
    private readonly occupationSearch: OccupationSearch,
    private readonly iscoGroups: IscoGroupDirectory,
    private readonly skills: SkillCatalogue,
  ) {}

  searchOccupations(query: string, limit = DEFAULT_OCCUPATION_SEARCH_LIMIT): Promise<OccupationMatch[]> {
    return this.occupationSearch.search(query, limit);
  }

  async findOccupation(id: string): Promise<OccupationDetails | null> {
    const occupation = await this.occupations.findOneBy({ id });
    if (!occupation) return null;
    const [synonyms, iscoPath, skills] = await Promise.all([
      this.labels.find({ where: { occupationId: id, kind: 'synonym' }, order: { weight: 'ASC', label: 'ASC' } }),
      this.iscoGroups.path(occupation.iscoCode),
      this.skills.forUnitGroup(occupation.iscoCode),
    ]);
    return {
      id: occupation.id,
      escoCode: occupation.escoCode,
      escoUri: escoOccupationUri(occupation.id),
      label: occupation.preferredLabel,
      altLabels: occupation.altLabels,
      synonyms: synonyms.map((synonym) => synonym.label),
      iscoCode: occupation.iscoCode,
      iscoPath,
      skills,
    };
  }

  /** The ISCO unit group of each known occupation, for callers that compare many occupations at once. */
  async occupationRefs(ids: readonly string[]): Promise<Map<string, OccupationRef>> {
    if (ids.length === 0) return new Map();
    const found = await this.occupations.find({ select: { id: true, iscoCode: true }, where: { id: In([...ids]) } });
    return new Map(found.map((occupation) => [occupation.id, { id: occupation.id, iscoCode: occupation.iscoCode }]));
  }

  /** How related two occupations are; null when either id is unknown. */
  async occupationRelation(idA: string, idB: string): Promise<OccupationRelation | null> {
    const refs = await this.occupationRefs([idA, idB]);
    const a = refs.get(idA);
    const b = refs.get(idB);
    return a && b ? occupationRelationBetween(a, b) : null;
  }

  /** The curated skills for an occupation; empty when the id is unknown. */
  async skillsForOccupation(id: string): Promise<SkillSummary[]> {
    const occupation = await this.occupations.findOne({ select: { id: true, iscoCode: true }, where: { id } });
    return occupation ? this.skills.forUnitGroup(occupation.iscoCode) : [];
  }

  /** Skills of an ISCO group on any level, including those of the groups above and within it; all without a code. */
  listSkills(iscoCode?: string): Promise<SkillSummary[]> {
    return iscoCode ? this.skills.forGroup(iscoCode) : this.skills.all();
  }

  listIscoGroups(filter: IscoGroupFilter = {}): Promise<IscoGroupSummary[]> {
    return this.iscoGroups.list(filter);
  }
}
