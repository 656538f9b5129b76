import { Controller, Get, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '@werkpunt/platform';
import { WerkpuntDto } from './dto/werkpunt.dto';
import { WerkpuntenService } from './werkpunten.service';

// Public reference data: where to walk in for help with work, like a city web page.
@ApiTags('werkpunten')
@ApiServiceUnavailableResponse({ description: 'PostgreSQL is not reachable; retry after the Retry-After delay' })
@Public()
@Controller('api/v1/werkpunten')
export class WerkpuntenController {
  constructor(private readonly werkpunten: WerkpuntenService) {}

  @Get()
  @ApiOperation({
    summary: 'The Werkpunten: where they are, their wijk, opening hours and whether they are open now',
    description: 'Planned Werkpunten are listed too (status "planned"), so people can see what is coming.',
  })
  @ApiOkResponse({ type: [WerkpuntDto] })
  list(): Promise<WerkpuntDto[]> {
    return this.werkpunten.list();
  }

  @Get(':id')
  @ApiOperation({ summary: 'One Werkpunt' })
  @ApiParam({
    name: 'id',
    format: 'uuid',
    description: 'The Werkpunt’s fixed id',
    example: 'dce349ba-9753-50c3-98b2-0e36ef58fb95',
  })
  @ApiOkResponse({ type: WerkpuntDto })
  @ApiBadRequestResponse({ description: 'The id is not a UUID' })
  @ApiNotFoundResponse({ description: 'No Werkpunt has this id' })
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<WerkpuntDto> {
    const werkpunt = await this.werkpunten.findById(id);
    if (!werkpunt) throw new NotFoundException(`There is no Werkpunt with id ${id}.`);
    return werkpunt;
  }
}
