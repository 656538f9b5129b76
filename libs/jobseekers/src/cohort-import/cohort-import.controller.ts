import { Controller, HttpCode, HttpStatus, Post, Query, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, CurrentActor, NoStore, Policy, RequestId } from '@werkpunt/identity';
import type { Request } from 'express';
import { CohortImportQueryDto, CohortImportReportDto } from './cohort-import.dto';
import { CohortImportService } from './cohort-import.service';
import { csvBodyOf, MAX_COHORT_CSV_BYTES, UploadedCsvFile } from './csv-body';

const COLUMNS =
  'Columns (header row, any order; lists as `a|b`, yes/no as ja/nee): displayName (required), preferredLanguage ' +
  '(nl|en), occupationIds (1-5 ESCO ids, required), experienceMonths (in the first occupation), skillIds, ' +
  'educationLevel (low|mid|high, required), diplomaTitle, diplomaCountry, diplomaRecognition, dutchLevel (A1-C2), ' +
  'otherLanguages (`fr:B1|ar:C2`), drivingLicences, transportModes (required), maxCommuteMinutes, maxCommuteKm ' +
  '(one of the two required), hoursPerWeekMin, hoursPerWeekMax, shifts (required), availableFrom, homeWijkId ' +
  '(required), streetAddress, postcode, dateOfBirth, registeredSince, livingWageClient, inArtikel60, ' +
  'workDisability, availability (default active).';

@ApiTags('job-seeker profiles')
@ApiBearerAuth()
@NoStore()
@Controller('api/v1/clients/import')
export class CohortImportController {
  constructor(private readonly imports: CohortImportService) {}

  @Post()
  @Policy('create', 'JobSeekerFile')
  @HttpCode(HttpStatus.OK)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_COHORT_CSV_BYTES } }))
  @ApiOperation({
    summary: 'Mediator: import a cohort of clients from CSV (e.g. after a collective dismissal)',
    description:
      'Each valid row creates a client account without e-mail, with the profile of the row, in your Werkpunt’s ' +
      'caseload with you responsible, exactly like POST /api/v1/clients plus PUT .../profile. Rows with errors are ' +
      'reported with their line and the columns at fault and never stop the others. The answer holds each new ' +
      'client’s username and one-time claim code: print them now, they are not shown again. ' +
      COLUMNS,
  })
  @ApiConsumes('multipart/form-data', 'text/csv')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ type: CohortImportReportDto })
  @ApiBadRequestResponse({ description: 'The file cannot be read as a whole, or werkpuntId is not yours' })
  @ApiForbiddenResponse({ description: 'Only mediators create client accounts' })
  async import(
    @CurrentActor() actor: Actor,
    @Query() query: CohortImportQueryDto,
    @Req() request: Request,
    @RequestId() requestId: string | null,
    @UploadedFile() file?: UploadedCsvFile,
  ): Promise<CohortImportReportDto> {
    return this.imports.import(actor, await csvBodyOf(request, file), query.werkpuntId, requestId);
  }
}
