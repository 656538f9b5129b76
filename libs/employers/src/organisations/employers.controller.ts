import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, CurrentActor, NoStore, Policy } from '@werkpunt/identity';
import { CursorPage, Public } from '@werkpunt/platform';
import { EMPLOYER_ID_PARAM } from '../common/api-params';
import { GHENT_NACE_SECTORS, NaceSector } from '../domain/nace';
import { EmployerListQueryDto } from './dto/employer-list-query.dto';
import { EmployerRegistrationDto, RegisterEmployerDto } from './dto/employer-registration.dto';
import { UpdateOrganisationDto } from './dto/organisation-input.dto';
import {
  EmployerPageDto,
  EmployerProfileDto,
  MyOrganisationDto,
  NaceSectorDto,
  OrganisationDto,
} from './dto/organisation.dto';
import { EmployerRegistrationService } from './employer-registration.service';
import { EmployerProfileView } from './organisation-views';
import { OrganisationsService } from './organisations.service';

@ApiTags('employers')
@ApiServiceUnavailableResponse({ description: 'PostgreSQL is not reachable; retry after the Retry-After delay' })
@Controller('api/v1/employers')
export class EmployersController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly registration: EmployerRegistrationService,
  ) {}

  @Public()
  @NoStore()
  @Post('register')
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({
    summary: 'Register an employer: the organisation and its owner’s account, together',
    description: 'The owner logs in with the account’s e-mail address and invites recruiters later.',
  })
  @ApiCreatedResponse({ type: EmployerRegistrationDto })
  @ApiBadRequestResponse({ description: 'A field is invalid (for example the KBO number), or the password is weak' })
  @ApiConflictResponse({ description: 'The e-mail address has an account, or the KBO number an organisation' })
  register(@Body() body: RegisterEmployerDto): Promise<EmployerRegistrationDto> {
    return this.registration.register(body);
  }

  @Public()
  @Get('sectors')
  @ApiOperation({
    summary: 'The NACE-BEL sectors that matter most in Ghent, with Dutch names, for pick lists',
    description: 'Any valid NACE-BEL code is accepted, not only these.',
  })
  @ApiOkResponse({ type: [NaceSectorDto] })
  sectors(): readonly NaceSector[] {
    return GHENT_NACE_SECTORS;
  }

  @Get('me')
  @Policy('read', 'Organisation')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The organisations I recruit for, with my role in each' })
  @ApiOkResponse({ type: [MyOrganisationDto] })
  mine(@CurrentActor() actor: Actor): Promise<MyOrganisationDto[]> {
    return this.organisations.mine(actor);
  }

  @Public()
  @Get()
  @ApiOperation({
    summary: 'Employers by name, with filters; pages of `limit`, continue with `cursor`',
    description: 'Public profiles only: no person’s data.',
  })
  @ApiOkResponse({ type: EmployerPageDto })
  @ApiBadRequestResponse({ description: 'A filter is invalid, or the cursor is not one this API handed out' })
  list(@Query() query: EmployerListQueryDto): Promise<CursorPage<EmployerProfileView>> {
    return this.organisations.list(query);
  }

  @Public()
  @Get(':id')
  @ApiOperation({ summary: 'An employer’s public profile: name, sector, social economy, sites with their wijk' })
  @ApiParam(EMPLOYER_ID_PARAM)
  @ApiOkResponse({ type: EmployerProfileDto })
  @ApiBadRequestResponse({ description: 'The id is not a UUID' })
  @ApiNotFoundResponse({ description: 'No employer has this id' })
  profile(@Param('id', new ParseUUIDPipe()) id: string): Promise<EmployerProfileView> {
    return this.organisations.profile(id);
  }

  @Patch(':id')
  @Policy('update', 'Organisation')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Owner or admin: change the organisation’s details; null clears an optional one' })
  @ApiParam(EMPLOYER_ID_PARAM)
  @ApiOkResponse({ type: OrganisationDto })
  @ApiBadRequestResponse({ description: 'A field is invalid' })
  @ApiForbiddenResponse({ description: 'You recruit for this organisation but are not its owner' })
  @ApiNotFoundResponse({ description: 'No organisation of yours has this id' })
  @ApiConflictResponse({ description: 'Another organisation has this KBO number' })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateOrganisationDto,
  ): Promise<OrganisationDto> {
    return this.organisations.update(actor, id, body);
  }
}
