import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '@werkpunt/identity';
import { DEFAULT_OCCUPATION_SEARCH_LIMIT, TaxonomyService } from '../taxonomy.service';
import { OccupationDetailDto, OccupationMatchDto, SearchOccupationsQuery } from './occupation.dto';

@ApiTags('taxonomy')
@Public()
@Controller('api/v1/occupations')
export class OccupationsController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Get()
  @ApiOperation({
    summary: 'Autocomplete occupations',
    description:
      'Matches ESCO labels and everyday Flemish words, ignoring case and accents and tolerating small typos. ' +
      'Each occupation appears once, with the label that matched; exact matches first, then prefixes, words and typos.',
  })
  @ApiOkResponse({ type: [OccupationMatchDto] })
  @ApiBadRequestResponse({
    description: 'q is missing, shorter than 2 or longer than 100 characters, or limit is out of range.',
  })
  search(@Query() query: SearchOccupationsQuery): Promise<OccupationMatchDto[]> {
    return this.taxonomy.searchOccupations(query.q, query.limit ?? DEFAULT_OCCUPATION_SEARCH_LIMIT);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One occupation with its labels, ISCO-08 groups and curated skills' })
  @ApiParam({ name: 'id', format: 'uuid', example: '303a1e34-cb16-4054-b323-81e5eec17397' })
  @ApiOkResponse({ type: OccupationDetailDto })
  @ApiBadRequestResponse({ description: 'id is not a UUID.' })
  @ApiNotFoundResponse({ description: 'No occupation has this id.' })
  async findOne(@Param('id', new ParseUUIDPipe()) id: string): Promise<OccupationDetailDto> {
    const occupation = await this.taxonomy.findOccupation(id);
    if (!occupation) throw new NotFoundException(`There is no occupation with id ${id}.`);
    return occupation;
  }
}
