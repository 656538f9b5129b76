import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
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
import { CaseloadPageDto, CaseloadQueryDto, ClientCaseloadDto, TransferClientDto } from './caseload.dto';
import { CaseloadService } from './caseload.service';

@ApiTags('caseloads')
@ApiBearerAuth()
@Controller('api/v1/werkpunten/:id/caseload')
export class WerkpuntCaseloadController {
  constructor(private readonly caseload: CaseloadService) {}

  @Get()
  @Policy('read', 'JobSeekerFile')
  @ApiOperation({
    summary: 'The Werkpunt’s clients by name, with ladder step and last contact',
    description: 'For the Werkpunt’s mediators (and admins). Every listed client gets an audit row (purpose caseload).',
  })
  @ApiOkResponse({ type: CaseloadPageDto })
  @ApiBadRequestResponse({ description: 'Invalid filter or cursor' })
  @ApiNotFoundResponse({ description: 'Not a Werkpunt you work at' })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) werkpuntId: string,
    @Query() query: CaseloadQueryDto,
    @RequestId() requestId: string | null,
  ): Promise<CaseloadPageDto> {
    return this.caseload.list(actor, werkpuntId, query, requestId);
  }
}

@ApiTags('caseloads')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such client, or not in your caseload (the two look the same)' })
@Controller('api/v1/clients/:accountId/caseload')
export class ClientCaseloadController {
  constructor(private readonly caseload: CaseloadService) {}

  @Get()
  @Policy('read', 'JobSeekerFile')
  @ApiOperation({ summary: 'The client’s Werkpunt, responsible mediator, last contact and transfer history (audited)' })
  @ApiOkResponse({ type: ClientCaseloadDto })
  @ApiForbiddenResponse({ description: 'Mediators and admins only' })
  view(
    @CurrentActor() actor: Actor,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
    @RequestId() requestId: string | null,
  ): Promise<ClientCaseloadDto> {
    return this.caseload.view(actor, accountId, requestId);
  }

  @Post('transfer')
  @Policy('update', 'JobSeekerFile')
  @ApiOperation({
    summary: 'Move the client to another Werkpunt and/or mediator, with a reason (audited, kept in the history)',
  })
  @ApiCreatedResponse({ type: ClientCaseloadDto })
  @ApiBadRequestResponse({ description: 'Unknown Werkpunt, a mediator not of that Werkpunt, or no reason' })
  @ApiForbiddenResponse({ description: 'Only the client’s own Werkpunt transfers; a shared file is read-only here' })
  @ApiConflictResponse({ description: 'The client already belongs to this Werkpunt and mediator' })
  transfer(
    @CurrentActor() actor: Actor,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
    @Body() body: TransferClientDto,
    @RequestId() requestId: string | null,
  ): Promise<ClientCaseloadDto> {
    return this.caseload.transfer(actor, accountId, body, requestId);
  }
}
