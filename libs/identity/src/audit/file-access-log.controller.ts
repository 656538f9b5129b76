import { Controller, ForbiddenException, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Role } from '../actor/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Policy } from '../policies/policy.decorator';
import { PolicyService } from '../policies/policy.service';
import { subjectRef } from '../policies/subjects';
import { NoStore } from '../auth/no-store.interceptor';
import { AuditLogQueries } from './audit-log-queries';
import { FileAccessPageDto } from './dto/audit-log.dto';
import { pageOf, PageQueryDto } from './dto/page-query.dto';

@ApiTags('privacy')
@ApiBearerAuth()
@NoStore()
@Controller('api/v1/me/file-access-log')
export class FileAccessLogController {
  constructor(
    private readonly queries: AuditLogQueries,
    private readonly policies: PolicyService,
  ) {}

  @Get()
  @Policy('read', 'FileAccessLog')
  @ApiOperation({
    summary: 'Who looked at my file',
    description:
      'Every read or change of your file by someone else, newest first: when, their role, their organisation or ' +
      'Werkpunt, and why. Individual staff are not named.',
  })
  @ApiOkResponse({ type: FileAccessPageDto })
  @ApiBadRequestResponse({ description: 'Invalid cursor or limit' })
  list(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<FileAccessPageDto> {
    // Staff may read a client's log (their own Werkpunt's) at /clients/:id/file-access-log; they have no file.
    if (actor.role !== Role.JobSeeker) throw new ForbiddenException('Only job seekers have a file of their own.');
    this.policies.ensureCan(actor, 'read', subjectRef('FileAccessLog', { jobSeekerAccountId: actor.userId }));
    return this.queries.fileAccessesOf(actor.userId, pageOf(query));
  }
}
