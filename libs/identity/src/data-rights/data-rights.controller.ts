import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor } from '../actor/actor';
import { RequestId } from '../audit/request-id.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { NoStore } from '../auth/no-store.interceptor';
import { Policy } from '../policies/policy.decorator';
import {
  AdminEraseAccountDto,
  EraseClientDto,
  EraseOwnAccountDto,
  ErasedAccountDto,
  ExportQueryDto,
} from './data-rights.dto';
import { DataRightsService } from './data-rights.service';
import { renderExportHtml } from './export-html';
import { PersonalDataExport, PersonalDataExporter } from './personal-data-export';

/** The person's own data rights: export everything, erase the account. */
@ApiTags('privacy')
@ApiBearerAuth()
@NoStore()
@Controller('api/v1/me')
export class MyDataController {
  constructor(
    private readonly exporter: PersonalDataExporter,
    private readonly dataRights: DataRightsService,
  ) {}

  @Get('export')
  @Policy('read', 'Account')
  @ApiOperation({
    summary: 'Everything Werkpunt keeps about me, as a JSON download (or ?format=html for a readable page)',
  })
  @ApiProduces('application/json', 'text/html')
  @ApiOkResponse({ description: 'The export; the request is written to the audit log' })
  @ApiBadRequestResponse({ description: 'format is not json or html' })
  async export(
    @CurrentActor() actor: Actor,
    @Query() query: ExportQueryDto,
    @RequestId() requestId: string | null,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PersonalDataExport | string> {
    const data = await this.exporter.exportOwn(actor, requestId);
    if (query.format === 'html') return sendHtml(response, data);
    response.setHeader('Content-Disposition', `attachment; filename="${fileName(data, 'json')}"`);
    return data;
  }

  @Get('export.html')
  @Policy('read', 'Account')
  @ApiOperation({ summary: 'Everything Werkpunt keeps about me, as a readable page in my language' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'An HTML page; the request is written to the audit log' })
  async exportHtml(
    @CurrentActor() actor: Actor,
    @RequestId() requestId: string | null,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    return sendHtml(response, await this.exporter.exportOwn(actor, requestId));
  }

  @Delete()
  @Policy('delete', 'Account')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Erase my account (job seekers and recruiters), confirming with my password',
    description:
      'Personal data is deleted or made anonymous at once; the audit log and consent history keep ids only ' +
      '(see the README, "Retention"). Accounts without a password: ask your mediator.',
  })
  @ApiOkResponse({ type: ErasedAccountDto })
  @ApiBadRequestResponse({ description: 'The password is missing or not the current one' })
  @ApiForbiddenResponse({ description: 'Staff accounts are erased by a city admin' })
  @ApiConflictResponse({ description: 'The account has no password' })
  eraseOwn(
    @CurrentActor() actor: Actor,
    @Body() body: EraseOwnAccountDto,
    @RequestId() requestId: string | null,
  ): Promise<ErasedAccountDto> {
    return this.dataRights.eraseOwn(actor, body.password, requestId);
  }
}

/** A mediator erases a client's account with the client present (clients without a password). */
@ApiTags('privacy')
@ApiBearerAuth()
@NoStore()
@Controller('api/v1/clients/:accountId')
export class ClientErasureController {
  constructor(private readonly dataRights: DataRightsService) {}

  @Post('erase')
  @Policy('delete', 'JobSeekerFile')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Mediator: erase a client’s account, with the client present' })
  @ApiParam({ name: 'accountId', format: 'uuid' })
  @ApiOkResponse({ type: ErasedAccountDto })
  @ApiBadRequestResponse({ description: 'clientPresent is not true' })
  @ApiNotFoundResponse({ description: 'No such client, or not a client of your Werkpunten (the two look the same)' })
  eraseClient(
    @CurrentActor() actor: Actor,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
    @Body() _body: EraseClientDto,
    @RequestId() requestId: string | null,
  ): Promise<ErasedAccountDto> {
    return this.dataRights.eraseClient(actor, accountId, requestId);
  }
}

/** City admins erase any account, giving a reason from a fixed list. */
@ApiTags('admin')
@ApiBearerAuth()
@NoStore()
@Policy('manage', 'Account')
@Controller('api/v1/admin/accounts/:id')
export class AdminErasureController {
  constructor(private readonly dataRights: DataRightsService) {}

  @Post('erase')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Erase an account (personal data removed; audit and consent history keep ids only)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: ErasedAccountDto })
  @ApiBadRequestResponse({ description: 'reason is missing or not in the list' })
  @ApiNotFoundResponse({ description: 'No account has this id' })
  @ApiConflictResponse({ description: 'Admins cannot erase their own account' })
  erase(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AdminEraseAccountDto,
    @RequestId() requestId: string | null,
  ): Promise<ErasedAccountDto> {
    return this.dataRights.eraseAsAdmin(actor, id, body.reason, requestId);
  }
}

function sendHtml(response: Response, data: PersonalDataExport): string {
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('Content-Disposition', `inline; filename="${fileName(data, 'html')}"`);
  return renderExportHtml(data);
}

function fileName(data: PersonalDataExport, extension: string): string {
  return `werkpunt-export-${data.exportedAt.slice(0, 10)}.${extension}`;
}
