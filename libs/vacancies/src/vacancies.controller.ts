import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, CurrentActor, OptionalActor, Policy, Public } from '@werkpunt/identity';
import { CursorPage, ImportReport } from '@werkpunt/platform';
import type { Request } from 'express';
import { VacancyTransition } from './domain/vacancy-lifecycle';
import { ImportQueryDto } from './dto/import-query.dto';
import { CloseVacancyDto, CreateVacancyDto, UpdateVacancyDto, VacancyTransitionDto } from './dto/vacancy-input.dto';
import { VacancyListQueryDto } from './dto/vacancy-list-query.dto';
import { VacancyDto, VacancyPageDto } from './dto/vacancy.dto';
import { importBodyOf, MAX_IMPORT_BYTES, UploadedImportFile } from './import/import-body';
import { VacancyImportService } from './import/vacancy-import.service';
import { JobPostingService } from './job-posting.service';
import { VacanciesService } from './vacancies.service';

const VACANCY_ID = { name: 'id', format: 'uuid', description: 'The vacancy’s id' } as const;

@ApiTags('vacancies')
@ApiBearerAuth()
@ApiServiceUnavailableResponse({ description: 'PostgreSQL is not reachable; retry after the Retry-After delay' })
@Controller('api/v1/vacancies')
export class VacanciesController {
  constructor(
    private readonly vacancies: VacanciesService,
    private readonly imports: VacancyImportService,
    private readonly jobPostings: JobPostingService,
  ) {}

  @Post()
  @Policy('create', 'Vacancy')
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Create a vacancy or internship offer as a draft' })
  @ApiCreatedResponse({ type: VacancyDto })
  @ApiBadRequestResponse({
    description: 'A field is invalid, or names a site, occupation or skill that does not exist',
  })
  @ApiNotFoundResponse({ description: 'No organisation of yours has this id' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateVacancyDto): Promise<VacancyDto> {
    return this.vacancies.create(actor, body);
  }

  @Post('import')
  @Policy('create', 'Vacancy')
  @HttpCode(HttpStatus.OK)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES } }))
  @ApiOperation({
    summary: 'Import vacancies from CSV or JSON, with a report per row',
    description:
      'Every row is checked on its own with the rules of POST /api/v1/vacancies; valid rows are stored, the others ' +
      'are reported with their line and the fields at fault. CSV: a header row with the field names; lists as ' +
      '`a|b`, otherLanguages as JSON. JSON: an array of objects. Upload as multipart (field "file"), a text/csv body or ' +
      'a JSON array body.',
  })
  @ApiConsumes('multipart/form-data', 'text/csv', 'application/json')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ description: 'The report: { created, rejected, rows: [{ line, status, id?, errors }] }' })
  @ApiBadRequestResponse({ description: 'The file cannot be read as a whole' })
  async import(
    @CurrentActor() actor: Actor,
    @Query() query: ImportQueryDto,
    @Req() request: Request,
    @UploadedFile() file?: UploadedImportFile,
  ): Promise<ImportReport> {
    const body = await importBodyOf(request, file);
    return this.imports.import(actor, {
      ...body,
      organisationId: query.organisationId,
      publish: query.publish ?? false,
    });
  }

  @Get()
  @Public()
  @ApiOperation({
    summary: 'List vacancies: published ones for everyone; your organisation’s other statuses with a token',
  })
  @ApiOkResponse({ type: VacancyPageDto })
  @ApiBadRequestResponse({ description: 'A filter is invalid' })
  list(@OptionalActor() actor: Actor | null, @Query() query: VacancyListQueryDto): Promise<CursorPage<VacancyDto>> {
    return this.vacancies.list(actor, query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One vacancy: public when published; drafts and paused ones for their organisation' })
  @ApiParam(VACANCY_ID)
  @ApiOkResponse({ type: VacancyDto })
  @ApiNotFoundResponse({ description: 'No vacancy you may see has this id' })
  get(@OptionalActor() actor: Actor | null, @Param('id', new ParseUUIDPipe()) id: string): Promise<VacancyDto> {
    return this.vacancies.get(actor, id);
  }

  @Get(':id/jsonld')
  @Public()
  @Header('Content-Type', 'application/ld+json; charset=utf-8')
  @ApiOperation({ summary: 'schema.org JobPosting (JSON-LD) of a published vacancy, for search engines' })
  @ApiParam(VACANCY_ID)
  @ApiOkResponse({ description: 'JobPosting JSON-LD' })
  @ApiNotFoundResponse({ description: 'No published vacancy has this id' })
  jsonLd(@Param('id', new ParseUUIDPipe()) id: string): Promise<Record<string, unknown>> {
    return this.jobPostings.forVacancy(id);
  }

  @Patch(':id')
  @Policy('update', 'Vacancy')
  @ApiOperation({ summary: 'Change a draft, paused or published vacancy (a new version)' })
  @ApiParam(VACANCY_ID)
  @ApiOkResponse({ type: VacancyDto })
  @ApiBadRequestResponse({ description: 'A field is invalid, or the vacancy has ended' })
  @ApiNotFoundResponse({ description: 'No vacancy of yours has this id' })
  @ApiConflictResponse({ description: 'Others kept changing the vacancy during the edit; read it again and retry' })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateVacancyDto,
  ): Promise<VacancyDto> {
    return this.vacancies.update(actor, id, body);
  }

  @Post(':id/publish')
  @Policy('update', 'Vacancy')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Publish a draft or paused vacancy (checks the closing date and description)' })
  @ApiParam(VACANCY_ID)
  @ApiOkResponse({ type: VacancyDto })
  @ApiBadRequestResponse({ description: 'The vacancy is not complete enough to publish; the fields are named' })
  @ApiConflictResponse({ description: 'The lifecycle does not allow this step from the current status' })
  @ApiNotFoundResponse({ description: 'No vacancy of yours has this id' })
  publish(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: VacancyTransitionDto,
  ): Promise<VacancyDto> {
    return this.step(actor, id, 'publish', body.reason);
  }

  @Post(':id/pause')
  @Policy('update', 'Vacancy')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Pause a published vacancy (hidden until published again)' })
  @ApiParam(VACANCY_ID)
  @ApiOkResponse({ type: VacancyDto })
  @ApiConflictResponse({ description: 'The lifecycle does not allow this step from the current status' })
  @ApiNotFoundResponse({ description: 'No vacancy of yours has this id' })
  pause(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: VacancyTransitionDto,
  ): Promise<VacancyDto> {
    return this.step(actor, id, 'pause', body.reason);
  }

  @Post(':id/fill')
  @Policy('update', 'Vacancy')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Mark a published or paused vacancy as filled' })
  @ApiParam(VACANCY_ID)
  @ApiOkResponse({ type: VacancyDto })
  @ApiConflictResponse({ description: 'The lifecycle does not allow this step from the current status' })
  @ApiNotFoundResponse({ description: 'No vacancy of yours has this id' })
  fill(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: VacancyTransitionDto,
  ): Promise<VacancyDto> {
    return this.step(actor, id, 'fill', body.reason);
  }

  @Post(':id/close')
  @Policy('update', 'Vacancy')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Close a published or paused vacancy without filling it (a reason is required)' })
  @ApiParam(VACANCY_ID)
  @ApiOkResponse({ type: VacancyDto })
  @ApiBadRequestResponse({ description: 'No reason given' })
  @ApiConflictResponse({ description: 'The lifecycle does not allow this step from the current status' })
  @ApiNotFoundResponse({ description: 'No vacancy of yours has this id' })
  close(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CloseVacancyDto,
  ): Promise<VacancyDto> {
    return this.step(actor, id, 'close', body.reason);
  }

  private step(actor: Actor, id: string, transition: VacancyTransition, reason: string | undefined) {
    return this.vacancies.transition(actor, id, transition, reason ?? null);
  }
}
