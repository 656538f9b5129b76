import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, CurrentActor, Policy, RequestId } from '@werkpunt/identity';
import { CursorPage } from '@werkpunt/platform';
import { ApplicationsService } from './applications.service';
import {
  ApplicationListQueryDto,
  ApplicationPageQueryDto,
  BoardApplicationPageDto,
  MyApplicationPageDto,
} from './dto/application-list.dto';
import { ApplyDto, ChangeStatusDto, InviteDto, ProposeDto, RejectDto, WithdrawDto } from './dto/application-input.dto';
import { ApplicationDto, BoardApplicationDto, ContactDetailsDto, MyApplicationDto } from './dto/application.dto';

const uuid = () => new ParseUUIDPipe();

@ApiTags('applications')
@ApiBearerAuth()
@Controller('api/v1')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Post('applications')
  @Policy('create', 'Application')
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Apply to a published vacancy (job seekers)' })
  @ApiCreatedResponse({ type: ApplicationDto })
  @ApiNotFoundResponse({ description: 'No published vacancy has this id' })
  @ApiConflictResponse({ description: 'You already applied to this vacancy' })
  apply(@CurrentActor() actor: Actor, @Body() body: ApplyDto): Promise<ApplicationDto> {
    return this.applications.apply(actor, body.vacancyId);
  }

  @Post('clients/:accountId/proposals')
  @Policy('update', 'JobSeekerFile')
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Propose a client for a published vacancy (mediators of the client’s Werkpunt)' })
  @ApiCreatedResponse({ type: ApplicationDto })
  @ApiNotFoundResponse({ description: 'No client of yours, or no published vacancy, has this id' })
  @ApiConflictResponse({ description: 'The client already has an application to this vacancy' })
  propose(
    @CurrentActor() actor: Actor,
    @Param('accountId', uuid()) accountId: string,
    @Body() body: ProposeDto,
  ): Promise<ApplicationDto> {
    return this.applications.propose(actor, accountId, body.vacancyId);
  }

  @Post('vacancies/:id/invitations')
  @Policy('update', 'Vacancy')
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({
    summary: 'Invite an anonymised candidate to apply (the organisation’s recruiters)',
    description:
      'The invitation is a proposal the candidate accepts (POST /api/v1/applications/:id/accept); no name or ' +
      'contact detail of the candidate is shared, before or after.',
  })
  @ApiCreatedResponse({ type: ApplicationDto })
  @ApiNotFoundResponse({ description: 'No published vacancy of yours, or no candidate visible to employers' })
  @ApiConflictResponse({ description: 'The candidate already has an application to this vacancy' })
  invite(
    @CurrentActor() actor: Actor,
    @Param('id', uuid()) id: string,
    @Body() body: InviteDto,
  ): Promise<ApplicationDto> {
    return this.applications.invite(actor, id, body.candidateId);
  }

  @Post('applications/:id/accept')
  @Policy('delete', 'Application')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Accept a proposal or invitation: it becomes an application (the job seeker)' })
  @ApiOkResponse({ type: ApplicationDto })
  @ApiNotFoundResponse({ description: 'No application of yours has this id' })
  @ApiConflictResponse({ description: 'The application is not a proposal any more' })
  accept(@CurrentActor() actor: Actor, @Param('id', uuid()) id: string): Promise<ApplicationDto> {
    return this.applications.accept(actor, id);
  }

  @Post('applications/:id/withdraw')
  @Policy('delete', 'Application')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Withdraw an application (the job seeker)' })
  @ApiOkResponse({ type: ApplicationDto })
  @ApiNotFoundResponse({ description: 'No application of yours has this id' })
  @ApiConflictResponse({ description: 'The application has already ended' })
  withdraw(
    @CurrentActor() actor: Actor,
    @Param('id', uuid()) id: string,
    @Body() body: WithdrawDto,
  ): Promise<ApplicationDto> {
    return this.applications.withdraw(actor, id, body.note ?? null);
  }

  @Post('applications/:id/status')
  @Policy('update', 'Application')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Move an application on: screening, interview, offer, hired (the employer)' })
  @ApiOkResponse({ type: ApplicationDto })
  @ApiBadRequestResponse({ description: 'The status is not one of the employer’s steps' })
  @ApiNotFoundResponse({ description: 'No application to your organisation has this id' })
  @ApiConflictResponse({ description: 'The lifecycle does not allow this step' })
  changeStatus(
    @CurrentActor() actor: Actor,
    @Param('id', uuid()) id: string,
    @Body() body: ChangeStatusDto,
  ): Promise<ApplicationDto> {
    return this.applications.changeStatus(actor, id, body.status, body.note ?? null);
  }

  @Post('applications/:id/reject')
  @Policy('update', 'Application')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Reject an application with feedback: a reason from the list, and optional words' })
  @ApiOkResponse({ type: ApplicationDto })
  @ApiBadRequestResponse({ description: 'The reason is missing or not in the list' })
  @ApiNotFoundResponse({ description: 'No application to your organisation has this id' })
  @ApiConflictResponse({ description: 'The application cannot be rejected any more' })
  reject(
    @CurrentActor() actor: Actor,
    @Param('id', uuid()) id: string,
    @Body() body: RejectDto,
  ): Promise<ApplicationDto> {
    return this.applications.reject(actor, id, body.reason, body.text ?? null);
  }

  @Get('applications/:id/contact')
  @Policy('read', 'ContactDetails')
  @ApiOperation({
    summary: 'The applicant’s name, e-mail and phone (the employer; audited)',
    description:
      'Only once the person accepted the invitation or proposal (or applied) and while they share their contact ' +
      'details with your organisation: accepting your invitation shares them; the person can stop sharing at any ' +
      'time under /api/v1/me/consents. The read appears in the person’s "who looked at my file".',
  })
  @ApiOkResponse({ type: ContactDetailsDto })
  @ApiNotFoundResponse({ description: 'No such application of yours, not accepted yet, or contact not shared' })
  contact(
    @CurrentActor() actor: Actor,
    @Param('id', uuid()) id: string,
    @RequestId() requestId: string | null,
  ): Promise<ContactDetailsDto> {
    return this.applications.contactOf(actor, id, requestId);
  }

  @Get('me/applications')
  @Policy('create', 'Application')
  @ApiOperation({
    summary: 'Your applications, newest first: status, vacancy title, and feedback in plain language',
  })
  @ApiOkResponse({ type: MyApplicationPageDto })
  @ApiBadRequestResponse({ description: 'Unknown status, invalid vacancyId, limit or cursor' })
  mine(@CurrentActor() actor: Actor, @Query() query: ApplicationListQueryDto): Promise<CursorPage<MyApplicationDto>> {
    return this.applications.mine(actor, query);
  }

  @Get('vacancies/:id/applications')
  @Policy('update', 'Application')
  @ApiOperation({
    summary: 'The employer’s board of a vacancy, oldest first: anonymised candidates (audited reads)',
  })
  @ApiOkResponse({ type: BoardApplicationPageDto })
  @ApiBadRequestResponse({ description: 'Unknown status, invalid limit or cursor' })
  @ApiNotFoundResponse({ description: 'No vacancy of your organisation has this id' })
  board(
    @CurrentActor() actor: Actor,
    @Param('id', uuid()) id: string,
    @Query() query: ApplicationPageQueryDto,
    @RequestId() requestId: string | null,
  ): Promise<CursorPage<BoardApplicationDto>> {
    return this.applications.board(actor, id, query, requestId);
  }

  @Get('clients/:accountId/applications')
  @Policy('read', 'Application')
  @ApiOperation({ summary: 'A client’s applications, for the mediators of their Werkpunt (audited reads)' })
  @ApiOkResponse({ type: BoardApplicationPageDto })
  @ApiBadRequestResponse({ description: 'Unknown status, invalid vacancyId, limit or cursor' })
  @ApiNotFoundResponse({ description: 'No client of yours has this id' })
  ofClient(
    @CurrentActor() actor: Actor,
    @Param('accountId', uuid()) accountId: string,
    @Query() query: ApplicationListQueryDto,
    @RequestId() requestId: string | null,
  ): Promise<CursorPage<BoardApplicationDto>> {
    return this.applications.ofClient(actor, accountId, query, requestId);
  }
}
