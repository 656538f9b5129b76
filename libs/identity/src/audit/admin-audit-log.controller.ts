import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Policy } from '../policies/policy.decorator';
import { NoStore } from '../auth/no-store.interceptor';
import { AuditLogQueries } from './audit-log-queries';
import { AuditLogPageDto, AuditLogSearchQueryDto } from './dto/audit-log.dto';
import { pageOf } from './dto/page-query.dto';

@ApiTags('admin')
@ApiBearerAuth()
@NoStore()
@Controller('api/v1/admin/audit-log')
export class AdminAuditLogController {
  constructor(private readonly queries: AuditLogQueries) {}

  @Get()
  @Policy('read', 'AuditLog')
  @ApiOperation({ summary: 'Search the audit log by subject, actor, action and period (admins)' })
  @ApiOkResponse({ type: AuditLogPageDto })
  @ApiBadRequestResponse({ description: 'Invalid filter, cursor or limit' })
  search(@Query() query: AuditLogSearchQueryDto): Promise<AuditLogPageDto> {
    return this.queries.search(
      {
        subjectJobSeekerAccountId: query.subjectAccountId,
        actorAccountId: query.actorAccountId,
        action: query.action,
        from: query.from ? new Date(query.from) : undefined,
        to: query.to ? new Date(query.to) : undefined,
      },
      pageOf(query),
    );
  }
}
