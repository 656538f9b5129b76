import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, CurrentActor, Policy, RequestId } from '@werkpunt/identity';
import { FilePageQueryDto } from '../client-files/newest-first-page';
import { ChangeLadderStepDto, LadderHistoryDto, LadderStepChangeDto } from './ladder.dto';
import { LadderService } from './ladder.service';

@ApiTags('caseloads')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such client, or not in your caseload (the two look the same)' })
@Controller('api/v1/clients/:accountId')
export class LadderController {
  constructor(private readonly ladder: LadderService) {}

  @Put('ladder-step')
  @Policy('update', 'JobSeekerFile')
  @ApiOperation({
    summary: 'Record the client’s new step on the activation ladder, up or down, with the reason (audited)',
  })
  @ApiOkResponse({ type: LadderStepChangeDto })
  @ApiBadRequestResponse({ description: 'Unknown step, or no reason' })
  @ApiForbiddenResponse({ description: 'Only mediators record ladder steps' })
  @ApiConflictResponse({ description: 'The client is already on this step' })
  change(
    @CurrentActor() actor: Actor,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
    @Body() body: ChangeLadderStepDto,
    @RequestId() requestId: string | null,
  ): Promise<LadderStepChangeDto> {
    return this.ladder.change(actor, accountId, body, requestId);
  }

  @Get('ladder-history')
  @Policy('read', 'JobSeekerFile')
  @ApiOperation({
    summary: 'The client’s steps on the activation ladder, newest first: step, when, by whom, why (audited)',
    description: 'currentStep is the newest step whatever the page; the history comes a page at a time.',
  })
  @ApiOkResponse({ type: LadderHistoryDto })
  @ApiBadRequestResponse({ description: 'Invalid limit or cursor' })
  @ApiForbiddenResponse({ description: 'Mediators and admins only; clients find it in their data export' })
  history(
    @CurrentActor() actor: Actor,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
    @Query() query: FilePageQueryDto,
    @RequestId() requestId: string | null,
  ): Promise<LadderHistoryDto> {
    return this.ladder.history(actor, accountId, query, requestId);
  }
}
