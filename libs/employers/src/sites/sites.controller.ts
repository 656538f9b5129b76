import { Body, Controller, Delete, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, CurrentActor, Policy } from '@werkpunt/identity';
import { EMPLOYER_ID_PARAM, SITE_ID_PARAM } from '../common/api-params';
import { CreateSiteDto, UpdateSiteDto } from './dto/site-input.dto';
import { SiteDto } from './dto/site.dto';
import { SitesService } from './sites.service';

// The organisation's owner and recruiters, and admins; to everyone else the organisation does not exist (404).
@ApiTags('employers')
@ApiBearerAuth()
@ApiServiceUnavailableResponse({ description: 'PostgreSQL is not reachable; retry after the Retry-After delay' })
@Policy('update', 'Organisation')
@Controller('api/v1/employers/:id/sites')
export class SitesController {
  constructor(private readonly sites: SitesService) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({
    summary: 'Add a site; its wijk is found from the coordinates, else from the postcode',
    description: 'A site outside Ghent is fine: it gets no wijk ("locatedBy": "outside_ghent").',
  })
  @ApiParam(EMPLOYER_ID_PARAM)
  @ApiCreatedResponse({ type: SiteDto })
  @ApiBadRequestResponse({ description: 'A field is invalid, or only one of lat and lon is given' })
  @ApiNotFoundResponse({ description: 'No organisation of yours has this id' })
  create(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) organisationId: string,
    @Body() body: CreateSiteDto,
  ): Promise<SiteDto> {
    return this.sites.create(actor, organisationId, body);
  }

  @Patch(':siteId')
  @ApiOperation({ summary: 'Change a site; moving it locates its wijk again' })
  @ApiParam(EMPLOYER_ID_PARAM)
  @ApiParam(SITE_ID_PARAM)
  @ApiOkResponse({ type: SiteDto })
  @ApiBadRequestResponse({ description: 'A field is invalid' })
  @ApiNotFoundResponse({ description: 'No organisation of yours has this id, or it has no such site' })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) organisationId: string,
    @Param('siteId', new ParseUUIDPipe()) siteId: string,
    @Body() body: UpdateSiteDto,
  ): Promise<SiteDto> {
    return this.sites.update(actor, organisationId, siteId, body);
  }

  @Delete(':siteId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove a site' })
  @ApiParam(EMPLOYER_ID_PARAM)
  @ApiParam(SITE_ID_PARAM)
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiNotFoundResponse({ description: 'No organisation of yours has this id, or it has no such site' })
  async remove(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) organisationId: string,
    @Param('siteId', new ParseUUIDPipe()) siteId: string,
  ): Promise<void> {
    await this.sites.remove(actor, organisationId, siteId);
  }
}
