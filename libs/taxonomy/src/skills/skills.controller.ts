import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@werkpunt/identity';
import { TaxonomyService } from '../taxonomy.service';
import { ListSkillsQuery, SkillDto } from './skill.dto';

@ApiTags('taxonomy')
@Public()
@Controller('api/v1/skills')
export class SkillsController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Get()
  @ApiOperation({ summary: 'Curated skills, all or those of one ISCO-08 group' })
  @ApiOkResponse({ type: [SkillDto] })
  @ApiBadRequestResponse({ description: 'isco is not an ISCO-08 group code.' })
  list(@Query() query: ListSkillsQuery): Promise<SkillDto[]> {
    return this.taxonomy.listSkills(query.isco);
  }
}
