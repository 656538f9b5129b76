import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
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
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Public } from '@werkpunt/platform';
import { Actor } from '../actor/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { NoStore } from '../auth/no-store.interceptor';
import { AttemptThrottlerGuard } from '../auth/throttling';
import { ClientsService } from './clients.service';
import { AccountDto } from './dto/account.dto';
import { ClaimAccountDto, CreateClientDto, CreatedClientDto } from './dto/client.dto';
import { Policy } from '../policies/policy.decorator';
import { RequestId } from '../audit/request-id.decorator';

@ApiTags('accounts')
@NoStore()
@Controller('api/v1/clients')
export class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  @Post()
  @Policy('create', 'JobSeekerFile')
  @HttpCode(HttpStatus.CREATED)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Mediator: create an account for a client without e-mail or phone',
    description:
      'The answer holds a one-time claim code (valid 30 days) to print and hand over; it is not shown again.',
  })
  @ApiCreatedResponse({ type: CreatedClientDto })
  @ApiForbiddenResponse({ description: 'Only mediators create client accounts' })
  createClient(@CurrentActor() actor: Actor, @Body() body: CreateClientDto): Promise<CreatedClientDto> {
    return this.clients.createClient(actor, body);
  }

  @Post(':accountId/claim-code')
  @Policy('update', 'JobSeekerFile')
  @HttpCode(HttpStatus.OK)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Mediator: a new claim code for a client who lost theirs (the old one stops working; audited)',
    description: 'Only before the client claimed the account. The new code is shown only in this answer.',
  })
  @ApiOkResponse({ type: CreatedClientDto })
  @ApiNotFoundResponse({ description: 'No such client, or not in your caseload' })
  @ApiConflictResponse({ description: 'The client has claimed the account already' })
  reissueClaimCode(
    @CurrentActor() actor: Actor,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
    @RequestId() requestId: string | null,
  ): Promise<CreatedClientDto> {
    return this.clients.reissueClaimCode(actor, accountId, requestId);
  }

  @Public()
  @Post('claim')
  @HttpCode(HttpStatus.OK)
  @UseGuards(AttemptThrottlerGuard)
  @ApiOperation({ summary: 'Client: claim the account with the printed code and choose a password' })
  @ApiOkResponse({ type: AccountDto })
  @ApiBadRequestResponse({ description: 'The code does not work, or the password is not acceptable' })
  @ApiConflictResponse({ description: 'The e-mail address has an account already' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts; see Retry-After' })
  claim(@Body() body: ClaimAccountDto): Promise<AccountDto> {
    return this.clients.claim(body);
  }
}
