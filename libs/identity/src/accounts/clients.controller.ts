import { Body, Controller, HttpCode, HttpStatus, Post, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
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
