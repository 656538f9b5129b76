import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Public } from '@werkpunt/platform';
import { Actor } from '../actor/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { NoStore } from '../auth/no-store.interceptor';
import { AccountsService } from './accounts.service';
import { AccountDto } from './dto/account.dto';
import { RegisterAccountDto } from './dto/registration.dto';
import { Policy } from '../policies/policy.decorator';

@ApiTags('accounts')
@NoStore()
@Controller('api/v1')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Public()
  @Post('accounts/job-seekers')
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Register as a job seeker' })
  @ApiCreatedResponse({ type: AccountDto })
  @ApiBadRequestResponse({ description: 'A field is invalid, or the password is too short or too common' })
  @ApiConflictResponse({ description: 'The e-mail address has an account already' })
  registerJobSeeker(@Body() body: RegisterAccountDto): Promise<AccountDto> {
    return this.accounts.registerJobSeeker(body);
  }

  @Get('me')
  @Policy('read', 'Account')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The own account, with Werkpunten (mediators) and organisations (recruiters)' })
  @ApiOkResponse({ type: AccountDto })
  @ApiUnauthorizedResponse({ description: 'Not logged in, or the session has ended' })
  me(@CurrentActor() actor: Actor): Promise<AccountDto> {
    return this.accounts.view(actor.userId);
  }
}
