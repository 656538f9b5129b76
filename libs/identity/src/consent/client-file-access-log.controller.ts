import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, Role } from '../actor/actor';
import { AuditLogQueries } from '../audit/audit-log-queries';
import { AuditPurpose } from '../audit/audit-vocabulary';
import { AuditedReader } from '../audit/audited-reader';
import { FileAccessPageDto } from '../audit/dto/audit-log.dto';
import { pageOf, PageQueryDto } from '../audit/dto/page-query.dto';
import { RequestId } from '../audit/request-id.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { NoStore } from '../auth/no-store.interceptor';
import { Policy } from '../policies/policy.decorator';
import { PolicyService } from '../policies/policy.service';
import { subjectRef } from '../policies/subjects';
import { ClientDirectory } from './client-directory';

const NOT_FOUND = 'There is no client with this id in your caseload.';

/**
 * A client's "who looked at my file", for the mediators of the client's own Werkpunt: the client asks at the
 * desk, the mediator shows the same list the client sees. Living in the consent module for its ClientDirectory.
 */
@ApiTags('privacy')
@ApiBearerAuth()
@NoStore()
@Controller('api/v1/clients/:accountId/file-access-log')
export class ClientFileAccessLogController {
  constructor(
    private readonly clients: ClientDirectory,
    private readonly queries: AuditLogQueries,
    private readonly policies: PolicyService,
    private readonly reader: AuditedReader,
  ) {}

  @Get()
  @Policy('read', 'FileAccessLog')
  @ApiOperation({
    summary: 'Who looked at a client’s file (mediators of the client’s Werkpunt; the read is audited)',
    description:
      'The same list the client sees at /api/v1/me/file-access-log: when, the role, the organisation or Werkpunt ' +
      'and why, newest first. Individual staff are not named.',
  })
  @ApiOkResponse({ type: FileAccessPageDto })
  @ApiBadRequestResponse({ description: 'Invalid cursor or limit' })
  @ApiNotFoundResponse({ description: 'No such client, or not a client of your Werkpunt (the two look the same)' })
  async list(
    @CurrentActor() actor: Actor,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
    @Query() query: PageQueryDto,
    @RequestId() requestId: string | null,
  ): Promise<FileAccessPageDto> {
    const client = await this.clients.findClient(accountId);
    // "No such client" and "not your client" give the same answer, so ids cannot be probed.
    if (!client) throw new NotFoundException(NOT_FOUND);
    const log = subjectRef('FileAccessLog', { jobSeekerAccountId: accountId, werkpuntId: client.homeWerkpuntId });
    this.policies.ensureCan(actor, 'read', log, NOT_FOUND);
    return this.reader.read(
      {
        actor,
        record: { jobSeekerAccountId: accountId, recordType: 'FileAccessLog', recordId: accountId },
        purpose: actor.role === Role.Admin ? AuditPurpose.AdminSupport : AuditPurpose.Caseload,
        requestId,
      },
      (manager) => this.queries.fileAccessesOf(accountId, pageOf(query), manager),
    );
  }
}
