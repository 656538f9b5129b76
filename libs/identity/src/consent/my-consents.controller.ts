import { Body, Controller, ForbiddenException, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Role } from '../actor/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { pageOf, PageQueryDto } from '../audit/dto/page-query.dto';
import { Policy } from '../policies/policy.decorator';
import { PolicyService } from '../policies/policy.service';
import { subjectRef } from '../policies/subjects';
import { NoStore } from '../auth/no-store.interceptor';
import {
  ConsentHistoryPageDto,
  ConsentStateDto,
  ContactSharingDto,
  EmployerVisibilityDto,
  WerkpuntAccessDto,
} from './consent.dto';
import { ConsentService } from './consent.service';
import { ConsentSource } from './consent-vocabulary';

const SELF = { source: ConsentSource.Self } as const;

/** The job seeker's own consent choices. */
@ApiTags('privacy')
@ApiBearerAuth()
@NoStore()
@Controller('api/v1/me/consents')
export class MyConsentsController {
  constructor(
    private readonly consents: ConsentService,
    private readonly policies: PolicyService,
  ) {}

  @Get()
  @Policy('read', 'Consent')
  @ApiOperation({ summary: 'My consent choices as they stand' })
  @ApiOkResponse({ type: ConsentStateDto })
  get(@CurrentActor() actor: Actor): Promise<ConsentStateDto> {
    this.ensureOwn(actor, 'read');
    return this.consents.stateOf(actor.userId);
  }

  @Get('history')
  @Policy('read', 'Consent')
  @ApiOperation({ summary: 'Every change of my consents: when, what, and who made it' })
  @ApiOkResponse({ type: ConsentHistoryPageDto })
  @ApiBadRequestResponse({ description: 'Invalid cursor or limit' })
  history(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<ConsentHistoryPageDto> {
    this.ensureOwn(actor, 'read');
    return this.consents.history(actor.userId, pageOf(query));
  }

  @Put('employer-visibility')
  @Policy('update', 'Consent')
  @ApiOperation({ summary: 'Let employers see my anonymised profile, or stop it' })
  @ApiOkResponse({ type: ConsentStateDto })
  setEmployerVisibility(@CurrentActor() actor: Actor, @Body() body: EmployerVisibilityDto): Promise<ConsentStateDto> {
    this.ensureOwn(actor, 'update');
    return this.consents.setEmployerVisibility(actor.userId, body.visible, SELF);
  }

  @Put('contact-sharing/:organisationId')
  @Policy('update', 'Consent')
  @ApiOperation({ summary: 'Share my name and contact details with this employer, or stop sharing' })
  @ApiOkResponse({ type: ConsentStateDto })
  setContactSharing(
    @CurrentActor() actor: Actor,
    @Param('organisationId', new ParseUUIDPipe()) organisationId: string,
    @Body() body: ContactSharingDto,
  ): Promise<ConsentStateDto> {
    this.ensureOwn(actor, 'update');
    return this.consents.setContactSharing(actor.userId, organisationId, body.shared, SELF);
  }

  @Put('werkpunt-access/:werkpuntId')
  @Policy('update', 'Consent')
  @ApiOperation({ summary: 'Let mediators of another Werkpunt see my file, or stop it' })
  @ApiOkResponse({ type: ConsentStateDto })
  setWerkpuntAccess(
    @CurrentActor() actor: Actor,
    @Param('werkpuntId', new ParseUUIDPipe()) werkpuntId: string,
    @Body() body: WerkpuntAccessDto,
  ): Promise<ConsentStateDto> {
    this.ensureOwn(actor, 'update');
    return this.consents.setWerkpuntAccess(actor.userId, werkpuntId, body.granted, SELF);
  }

  // Only job seekers have consents (an admin's "manage all" must not create some for staff accounts); the
  // home Werkpunt does not matter for the person themselves.
  private ensureOwn(actor: Actor, action: 'read' | 'update'): void {
    if (actor.role !== Role.JobSeeker) throw new ForbiddenException('Only job seekers have consent choices.');
    this.policies.ensureCan(
      actor,
      action,
      subjectRef('Consent', { jobSeekerAccountId: actor.userId, werkpuntId: null }),
    );
  }
}
