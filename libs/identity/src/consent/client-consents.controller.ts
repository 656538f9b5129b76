import {
  Body,
  Controller,
  ForbiddenException,
  Get,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, Role } from '../actor/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AuditedReader } from '../audit/audited-reader';
import { AuditPurpose } from '../audit/audit-vocabulary';
import { pageOf, PageQueryDto } from '../audit/dto/page-query.dto';
import { RequestId } from '../audit/request-id.decorator';
import { Policy } from '../policies/policy.decorator';
import { PolicyService } from '../policies/policy.service';
import { PolicyAction, subjectRef } from '../policies/subjects';
import { NoStore } from '../auth/no-store.interceptor';
import { ClientDirectory } from './client-directory';
import {
  ConsentHistoryPageDto,
  ConsentStateDto,
  OnBehalfContactSharingDto,
  OnBehalfEmployerVisibilityDto,
  OnBehalfWerkpuntAccessDto,
} from './consent.dto';
import { ConsentAuthor, ConsentService } from './consent.service';
import { ConsentSource } from './consent-vocabulary';

const NOT_FOUND = 'There is no client with this id in your caseload.';

/** A mediator of the client's own Werkpunt reads and changes consents with the client present. */
@ApiTags('privacy')
@ApiBearerAuth()
@NoStore()
@ApiNotFoundResponse({ description: 'No such client, or not a client of your Werkpunten (the two look the same)' })
@Controller('api/v1/clients/:accountId/consents')
export class ClientConsentsController {
  constructor(
    private readonly consents: ConsentService,
    private readonly clients: ClientDirectory,
    private readonly policies: PolicyService,
    private readonly reader: AuditedReader,
  ) {}

  @Get()
  @Policy('read', 'Consent')
  @ApiOperation({ summary: 'A client’s consent choices (the read is written to the audit log)' })
  @ApiOkResponse({ type: ConsentStateDto })
  async get(
    @CurrentActor() actor: Actor,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
    @RequestId() requestId: string | null,
  ): Promise<ConsentStateDto> {
    await this.ensureClient(actor, 'read', accountId);
    return this.reader.read(
      { actor, record: consentRecord(accountId), purpose: purposeOf(actor), requestId },
      (manager) => this.consents.stateOf(accountId, manager),
    );
  }

  @Get('history')
  @Policy('read', 'Consent')
  @ApiOperation({ summary: 'Every change of a client’s consents (the read is written to the audit log)' })
  @ApiOkResponse({ type: ConsentHistoryPageDto })
  @ApiBadRequestResponse({ description: 'Invalid cursor or limit' })
  async history(
    @CurrentActor() actor: Actor,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
    @Query() query: PageQueryDto,
    @RequestId() requestId: string | null,
  ): Promise<ConsentHistoryPageDto> {
    await this.ensureClient(actor, 'read', accountId);
    return this.reader.read(
      { actor, record: consentRecord(accountId), purpose: purposeOf(actor), requestId },
      (manager) => this.consents.history(accountId, pageOf(query), manager),
    );
  }

  @Put('employer-visibility')
  @Policy('update', 'Consent')
  @ApiOperation({ summary: 'Change the client’s visibility to employers, with the client present' })
  @ApiOkResponse({ type: ConsentStateDto })
  @ApiBadRequestResponse({ description: 'clientPresent is not true' })
  async setEmployerVisibility(
    @CurrentActor() actor: Actor,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
    @Body() body: OnBehalfEmployerVisibilityDto,
    @RequestId() requestId: string | null,
  ): Promise<ConsentStateDto> {
    const author = await this.onBehalf(actor, accountId, requestId);
    return this.consents.setEmployerVisibility(accountId, body.visible, author);
  }

  @Put('contact-sharing/:organisationId')
  @Policy('update', 'Consent')
  @ApiOperation({ summary: 'Share the client’s contact details with an employer, or stop, with the client present' })
  @ApiOkResponse({ type: ConsentStateDto })
  @ApiBadRequestResponse({ description: 'clientPresent is not true' })
  async setContactSharing(
    @CurrentActor() actor: Actor,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
    @Param('organisationId', new ParseUUIDPipe()) organisationId: string,
    @Body() body: OnBehalfContactSharingDto,
    @RequestId() requestId: string | null,
  ): Promise<ConsentStateDto> {
    const author = await this.onBehalf(actor, accountId, requestId);
    return this.consents.setContactSharing(accountId, organisationId, body.shared, author);
  }

  @Put('werkpunt-access/:werkpuntId')
  @Policy('update', 'Consent')
  @ApiOperation({ summary: 'Let another Werkpunt see the client’s file, or stop it, with the client present' })
  @ApiOkResponse({ type: ConsentStateDto })
  @ApiBadRequestResponse({ description: 'clientPresent is not true' })
  async setWerkpuntAccess(
    @CurrentActor() actor: Actor,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
    @Param('werkpuntId', new ParseUUIDPipe()) werkpuntId: string,
    @Body() body: OnBehalfWerkpuntAccessDto,
    @RequestId() requestId: string | null,
  ): Promise<ConsentStateDto> {
    const author = await this.onBehalf(actor, accountId, requestId);
    return this.consents.setWerkpuntAccess(accountId, werkpuntId, body.granted, author);
  }

  /** 404 unless the account is a job seeker whose consents this actor may read or change. */
  private async ensureClient(actor: Actor, action: PolicyAction, accountId: string): Promise<void> {
    const client = await this.clients.findClient(accountId);
    // "No such client" and "not your client" give the same answer, so ids cannot be probed.
    if (!client) throw new NotFoundException(NOT_FOUND);
    const consent = subjectRef('Consent', { jobSeekerAccountId: accountId, werkpuntId: client.homeWerkpuntId });
    this.policies.ensureCan(actor, action, consent, NOT_FOUND);
  }

  // Changes on someone's behalf are a mediator's act with the person at the desk; admins read only.
  private async onBehalf(actor: Actor, accountId: string, requestId: string | null): Promise<ConsentAuthor> {
    await this.ensureClient(actor, 'update', accountId);
    if (actor.role !== Role.Mediator) {
      throw new ForbiddenException('Only a mediator of the client’s Werkpunt can change consents on their behalf.');
    }
    return { source: ConsentSource.MediatorOnBehalf, mediator: actor, clientPresent: true, requestId };
  }
}

function consentRecord(jobSeekerAccountId: string) {
  return { jobSeekerAccountId, recordType: 'Consent', recordId: jobSeekerAccountId };
}

function purposeOf(actor: Actor): AuditPurpose {
  return actor.role === Role.Admin ? AuditPurpose.AdminSupport : AuditPurpose.Consent;
}
