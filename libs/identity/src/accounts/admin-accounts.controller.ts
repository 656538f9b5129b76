import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Actor } from '../actor/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AccountStatus } from './account.entity';
import { AccountsService } from './accounts.service';
import { AccountDto } from './dto/account.dto';
import { ChangeRoleDto, CreateMediatorDto, SetWerkpuntenDto } from './dto/admin.dto';
import { Policy } from '../policies/policy.decorator';

const ACCOUNT_ID = { name: 'id', format: 'uuid', example: '0b7c2f7e-52a4-4d0e-9a51-3f1e2d4c5b6a' } as const;

/** City admins manage mediators, roles and deactivation. Changes count from the account's next request. */
@ApiTags('admin')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Only city admins may do this' })
// Route level: only roles that may manage every account (admins); the service checks again.
@Policy('manage', 'Account')
@Controller('api/v1/admin')
export class AdminAccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Post('mediators')
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Create a mediator at one or more Werkpunten; they get a mail to choose a password' })
  @ApiCreatedResponse({ type: AccountDto })
  @ApiConflictResponse({ description: 'The e-mail address has an account already' })
  createMediator(@CurrentActor() actor: Actor, @Body() body: CreateMediatorDto): Promise<AccountDto> {
    return this.accounts.createMediator(actor, body);
  }

  @Put('accounts/:id/werkpunten')
  @ApiOperation({ summary: 'Set the Werkpunten a mediator works at' })
  @ApiParam(ACCOUNT_ID)
  @ApiOkResponse({ type: AccountDto })
  @ApiNotFoundResponse({ description: 'No account has this id' })
  @ApiConflictResponse({ description: 'The account is not a mediator' })
  setWerkpunten(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: SetWerkpuntenDto,
  ): Promise<AccountDto> {
    return this.accounts.setWerkpunten(actor, id, body.werkpuntIds);
  }

  @Put('accounts/:id/role')
  @ApiOperation({ summary: 'Change the role of an account' })
  @ApiParam(ACCOUNT_ID)
  @ApiOkResponse({ type: AccountDto })
  @ApiBadRequestResponse({ description: 'Unknown role' })
  @ApiNotFoundResponse({ description: 'No account has this id' })
  changeRole(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ChangeRoleDto,
  ): Promise<AccountDto> {
    return this.accounts.changeRole(actor, id, body.role);
  }

  @Post('accounts/:id/deactivate')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Deactivate an account: it cannot log in, and its tokens stop working at once' })
  @ApiParam(ACCOUNT_ID)
  @ApiOkResponse({ type: AccountDto })
  @ApiNotFoundResponse({ description: 'No account has this id' })
  deactivate(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<AccountDto> {
    return this.accounts.setStatus(actor, id, AccountStatus.Deactivated);
  }

  @Post('accounts/:id/reactivate')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Let a deactivated account log in again' })
  @ApiParam(ACCOUNT_ID)
  @ApiOkResponse({ type: AccountDto })
  @ApiNotFoundResponse({ description: 'No account has this id' })
  reactivate(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<AccountDto> {
    return this.accounts.setStatus(actor, id, AccountStatus.Active);
  }
}
