import { Injectable } from '@nestjs/common';
import { NeighbourhoodsService } from '@werkpunt/geo';
import { FieldError, RequestValidationException } from '@werkpunt/platform';
import { TaxonomyService } from '@werkpunt/taxonomy';
import { ProfileDto } from './dto/profile.dto';

/**
 * Checks what the DTO's decorators cannot: that occupations, skills and the wijk exist in the reference
 * data. Answers 400 naming each field at fault, the same shape as the validation pipe's.
 */
@Injectable()
export class ProfileReferences {
  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly neighbourhoods: NeighbourhoodsService,
  ) {}

  async ensureExist(dto: ProfileDto): Promise<void> {
    const errors: FieldError[] = [];
    const occupationIds = dto.desiredOccupations.map((wish) => wish.occupationId.toLowerCase());
    const known = await this.taxonomy.occupationRefs(occupationIds);
    occupationIds.forEach((id, index) => {
      const field = `desiredOccupations.${index}.occupationId`;
      if (!known.has(id)) errors.push({ field, messages: [`There is no occupation with id ${id}.`] });
      else if (occupationIds.indexOf(id) !== index)
        errors.push({ field, messages: ['This occupation is already in the list.'] });
    });

    if (dto.skillIds.length > 0) {
      const skills = new Set((await this.taxonomy.listSkills()).map((skill) => skill.id));
      dto.skillIds.forEach((id, index) => {
        if (!skills.has(id))
          errors.push({ field: `skillIds.${index}`, messages: [`There is no skill with id ${id}.`] });
      });
    }

    const wijken = new Set((await this.neighbourhoods.list()).map((wijk) => wijk.id));
    if (!wijken.has(dto.homeWijkId)) {
      errors.push({ field: 'homeWijkId', messages: [`There is no wijk with number ${dto.homeWijkId}.`] });
    }

    if (dto.workTime.hoursPerWeekMin > dto.workTime.hoursPerWeekMax) {
      errors.push({
        field: 'workTime.hoursPerWeekMax',
        messages: ['hoursPerWeekMax must be at least hoursPerWeekMin'],
      });
    }
    if (errors.length > 0) throw new RequestValidationException(errors);
  }
}
