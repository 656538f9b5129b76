import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, CurrentActor, Policy, RequestId } from '@werkpunt/identity';
import { CursorPage } from '@werkpunt/platform';
import {
  CreateReferralDto,
  ReferralDto,
  ReferralListQueryDto,
  ReferralPageDto,
  UpdateReferralDto,
} from './referrals.dto';
import { ReferralsService } from './referrals.service';

@ApiTags('caseloads')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such client or referral, or not in your caseload (they look the same)' })
@Controller('api/v1/clients/:accountId/referrals')
export class ReferralsController {
  constructor(private readonly referrals: ReferralsService) {}

  @Post()
  @Policy('update', 'JobSeekerFile')
  @ApiOperation({
    summary: 'Propose a referral to a partner (VDAB, De Stap, De Punt, OCMW, NT2 course or another) (audited)',
  })
  @ApiCreatedResponse({ type: ReferralDto })
  @ApiBadRequestResponse({ description: 'Unknown partner, missing purpose, or a name for a named partner' })
  @ApiForbiddenResponse({ description: 'Only mediators refer clients' })
  create(
    @CurrentActor() actor: Actor,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
    @Body() body: CreateReferralDto,
    @RequestId() requestId: string | null,
  ): Promise<ReferralDto> {
    return this.referrals.create(actor, accountId, body, requestId);
  }

  @Get()
  @Policy('read', 'JobSeekerFile')
  @ApiOperation({ summary: 'The client’s referrals, newest first, by partner and status, a page at a time (audited)' })
  @ApiOkResponse({ type: ReferralPageDto })
  @ApiBadRequestResponse({ description: 'Unknown partner or status, invalid limit or cursor' })
  @ApiForbiddenResponse({ description: 'Mediators and admins only' })
  list(
    @CurrentActor() actor: Actor,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
    @Query() query: ReferralListQueryDto,
    @RequestId() requestId: string | null,
  ): Promise<CursorPage<ReferralDto>> {
    return this.referrals.list(actor, accountId, query, requestId);
  }

  @Patch(':referralId')
  @Policy('update', 'JobSeekerFile')
  @ApiOperation({
    summary:
      'Move a referral on (proposed → sent → accepted | declined; accepted → completed | dropped_out) or record its outcome',
  })
  @ApiOkResponse({ type: ReferralDto })
  @ApiBadRequestResponse({ description: 'Unknown status, or neither status nor outcome' })
  @ApiForbiddenResponse({ description: 'Only mediators follow up referrals' })
  @ApiConflictResponse({ description: 'That status does not follow the current one' })
  update(
    @CurrentActor() actor: Actor,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
    @Param('referralId', new ParseUUIDPipe()) referralId: string,
    @Body() body: UpdateReferralDto,
    @RequestId() requestId: string | null,
  ): Promise<ReferralDto> {
    return this.referrals.update(actor, accountId, referralId, body, requestId);
  }
}
