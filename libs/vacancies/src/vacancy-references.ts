import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { OrganisationSite } from '@werkpunt/employers';
import { RowError } from '@werkpunt/platform';
import { TaxonomyService } from '@werkpunt/taxonomy';
import { Repository } from 'typeorm';
import { isShortageOccupation } from './domain/shortage-occupations';

/** What the references of a vacancy resolve to: copied into the row on every write. */
export interface ResolvedReferences {
  iscoCode: string;
  shortage: boolean;
  neighbourhoodId: number | null;
}

export interface ReferenceInput {
  siteId: string;
  occupationId: string;
  requiredSkillIds: readonly string[];
  niceToHaveSkillIds: readonly string[];
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
}

/**
 * Checks what the DTO's decorators cannot: the site is one of the organisation's, the occupation and the
 * skills exist in the taxonomy, the hours make a range. Every problem names its field.
 */
@Injectable()
export class VacancyReferences {
  private skillIds: Promise<Set<string>> | null = null;

  constructor(
    @InjectRepository(OrganisationSite) private readonly sites: Repository<OrganisationSite>,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async resolve(
    organisationId: string,
    input: ReferenceInput,
  ): Promise<{ errors: RowError[]; resolved: ResolvedReferences | null }> {
    const errors: RowError[] = [];
    const site = await this.sites.findOne({
      select: { id: true, neighbourhoodId: true },
      where: { id: input.siteId, organisationId },
    });
    if (!site) errors.push({ field: 'siteId', message: `The organisation has no site with id ${input.siteId}.` });

    const occupation = (await this.taxonomy.occupationRefs([input.occupationId.toLowerCase()])).get(
      input.occupationId.toLowerCase(),
    );
    if (!occupation)
      errors.push({ field: 'occupationId', message: `There is no occupation with id ${input.occupationId}.` });

    const known = await this.knownSkills();
    for (const field of ['requiredSkillIds', 'niceToHaveSkillIds'] as const) {
      input[field].forEach((id, index) => {
        if (!known.has(id)) errors.push({ field: `${field}.${index}`, message: `There is no skill with id ${id}.` });
      });
    }
    if (input.hoursPerWeekMin > input.hoursPerWeekMax)
      errors.push({ field: 'hoursPerWeekMax', message: 'hoursPerWeekMax must be at least hoursPerWeekMin' });

    if (errors.length > 0 || !site || !occupation) return { errors, resolved: null };
    return {
      errors,
      resolved: {
        iscoCode: occupation.iscoCode,
        shortage: isShortageOccupation(occupation.iscoCode),
        neighbourhoodId: site.neighbourhoodId,
      },
    };
  }

  // The skill list is reference data that changes only with a seed: read it once per process (an import
  // checks a thousand rows against it).
  private knownSkills(): Promise<Set<string>> {
    this.skillIds ??= this.taxonomy
      .listSkills()
      .then((skills) => new Set(skills.map((skill) => skill.id)))
      .catch((error: unknown) => {
        this.skillIds = null;
        throw error;
      });
    return this.skillIds;
  }
}
