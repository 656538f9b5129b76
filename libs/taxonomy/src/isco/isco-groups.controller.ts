import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@werkpunt/identity';
import { TaxonomyService } from '../taxonomy.service';
import { IscoGroupDto, ListIscoGroupsQuery } from './isco-group.dto';

@ApiTags('taxonomy')
@Public()
@Controller('api/v1/isco-groups')
export class IscoGroupsController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Get()
  @ApiOperation({ summary: 'ISCO-08 groups, optionally on one level or directly under one parent' })
  @ApiOkResponse({ type: [IscoGroupDto] })
  @ApiBadRequestResponse({ description: 'level or parent is not valid.' })
  list(@Query() query: ListIscoGroupsQuery): Promise<IscoGroupDto[]> {
    return this.taxonomy.listIscoGroups({ level: query.level, parentCode: query.parent });
  }
}
