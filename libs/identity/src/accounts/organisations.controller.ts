import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '@werkpunt/platform';
import { Actor } from '../actor/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { NoStore } from '../auth/no-store.interceptor';
import { AccountDto } from './dto/account.dto';
import { AcceptInvitationDto, InvitationDto, InviteRecruiterDto, RecruiterDto } from './dto/invitation.dto';
import { RecruitersService } from './recruiters.service';
import { Policy } from '../policies/policy.decorator';

const ORGANISATION_ID = {
  name: 'organisationId',
  format: 'uuid',
  example: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
} as const;

@ApiTags('organisations')
@NoStore()
@Controller('api/v1')
export class OrganisationsController {
  constructor(private readonly recruiters: RecruitersService) {}

  @Post('organisations/:organisationId/invitations')
  @Policy('update', 'Organisation')
  @HttpCode(HttpStatus.CREATED)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Owner: invite a recruiter by e-mail (the mailed code works once, 7 days)' })
  @ApiParam(ORGANISATION_ID)
  @ApiCreatedResponse({ type: InvitationDto })
  @ApiNotFoundResponse({ description: 'You do not own this organisation' })
  invite(
    @CurrentActor() actor: Actor,
    @Param('organisationId', new ParseUUIDPipe()) organisationId: string,
    @Body() body: InviteRecruiterDto,
  ): Promise<InvitationDto> {
    return this.recruiters.invite(actor, organisationId, body.email);
  }

  @Get('organisations/:organisationId/recruiters')
  @Policy('update', 'Organisation')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Owner: who recruits for the organisation (the owner first), with their e-mail' })
  @ApiParam(ORGANISATION_ID)
  @ApiOkResponse({ type: [RecruiterDto] })
  @ApiNotFoundResponse({ description: 'You do not own this organisation' })
  list(
    @CurrentActor() actor: Actor,
    @Param('organisationId', new ParseUUIDPipe()) organisationId: string,
  ): Promise<RecruiterDto[]> {
    return this.recruiters.list(actor, organisationId);
  }

  @Delete('organisations/:organisationId/recruiters/:accountId')
  @Policy('update', 'Organisation')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Owner: remove a recruiter; their access ends on their next request' })
  @ApiParam(ORGANISATION_ID)
  @ApiParam({ name: 'accountId', format: 'uuid' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiNotFoundResponse({ description: 'You do not own this organisation, or the person is not its recruiter' })
  @ApiConflictResponse({ description: 'The owner cannot be removed' })
  async remove(
    @CurrentActor() actor: Actor,
    @Param('organisationId', new ParseUUIDPipe()) organisationId: string,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
  ): Promise<void> {
    await this.recruiters.remove(actor, organisationId, accountId);
  }

  @Public()
  @Post('invitations/accept')
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Accept a recruiter invitation: creates the account with the invited address' })
  @ApiCreatedResponse({ type: AccountDto })
  @ApiBadRequestResponse({ description: 'The invitation no longer works, or a field is invalid' })
  @ApiConflictResponse({ description: 'The invited address has an account already' })
  accept(@Body() body: AcceptInvitationDto): Promise<AccountDto> {
    return this.recruiters.accept(body);
  }
}
