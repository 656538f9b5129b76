import { Controller, Get, NotFoundException, Param, ParseIntPipe, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '@werkpunt/identity';
import { IncludeQueryDto } from './dto/include-query.dto';
import { LocateQueryDto, toLocateRequest } from './dto/locate-query.dto';
import { LocateResultDto } from './dto/locate-result.dto';
import { NeighbourhoodDetailDto, NeighbourhoodDto } from './dto/neighbourhood.dto';
import { NeighbourhoodsService } from './neighbourhoods.service';

@ApiTags('neighbourhoods')
@ApiServiceUnavailableResponse({ description: 'PostgreSQL is not reachable; retry after the Retry-After delay' })
@Public()
@Controller('api/v1/neighbourhoods')
export class NeighbourhoodsController {
  constructor(private readonly neighbourhoods: NeighbourhoodsService) {}

  @Get()
  @ApiOperation({ summary: 'Ghent’s 25 wijken with their centroid, postcodes and neighbours' })
  @ApiOkResponse({ type: [NeighbourhoodDto] })
  @ApiBadRequestResponse({ description: 'Unknown query parameter or include value' })
  list(@Query() query: IncludeQueryDto): Promise<NeighbourhoodDto[]> {
    return this.neighbourhoods.list({ includePolygon: query.include === 'polygon' });
  }

  // Declared before ':id' so that "locate" is not read as an id.
  @Get('locate')
  @ApiOperation({
    summary: 'Find the wijk containing a point, or the wijken a postcode reaches',
    description:
      'Give lat and lon, or postcode. Postcodes and wijken do not nest (9040 is Sint-Amandsberg, Dampoort and a ' +
      'fringe of Oostakker), so a postcode answers with every wijk it reaches and how much of each it covers.',
  })
  @ApiOkResponse({ type: LocateResultDto })
  @ApiBadRequestResponse({ description: 'Invalid lat, lon or postcode, or not exactly one of lat+lon and postcode' })
  @ApiNotFoundResponse({ description: 'The point lies outside Ghent, or the postcode is not a Ghent postcode' })
  async locate(@Query() query: LocateQueryDto): Promise<LocateResultDto> {
    const request = toLocateRequest(query);
    if (request.by === 'postcode') {
      const match = await this.neighbourhoods.locateByPostcode(request.postcode);
      if (!match) throw new NotFoundException(`Postcode ${request.postcode} does not cover any wijk of Ghent.`);
      return { matchedBy: 'postcode', ...match };
    }
    const located = await this.neighbourhoods.locateByPoint(request.point);
    if (!located) {
      throw new NotFoundException(`The point ${request.point.lat}, ${request.point.lon} lies outside Ghent’s wijken.`);
    }
    return { matchedBy: 'point', neighbourhoods: [located] };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One wijk with its neighbours and its distance to every other wijk' })
  @ApiParam({ name: 'id', description: 'The city’s wijknr (1–25)', example: 18 })
  @ApiOkResponse({ type: NeighbourhoodDetailDto })
  @ApiBadRequestResponse({ description: 'The id is not a whole number' })
  @ApiNotFoundResponse({ description: 'No wijk has this id' })
  async get(@Param('id', ParseIntPipe) id: number, @Query() query: IncludeQueryDto): Promise<NeighbourhoodDetailDto> {
    const neighbourhood = await this.neighbourhoods.findById(id, { includePolygon: query.include === 'polygon' });
    if (!neighbourhood) throw new NotFoundException(`There is no wijk with id ${id}.`);
    return neighbourhood;
  }
}
