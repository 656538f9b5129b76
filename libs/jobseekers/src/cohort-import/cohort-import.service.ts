import { HttpException, Injectable } from '@nestjs/common';
import { Actor, AuditAction, AuditPurpose, AuditService, ClientsService, CreatedClientDto } from '@werkpunt/identity';
import {
  createValidationPipe,
  importReport,
  RequestValidationException,
  RowError,
  validateImportRows,
} from '@werkpunt/platform';
import { ProfileChangeSource } from '../domain/profile-vocabulary';
import { ProfileDto } from '../profiles/dto/profile.dto';
import { profileContentOf } from '../profiles/profile-mapping';
import { ProfileReferences } from '../profiles/profile-references';
import { ProfileStore } from '../profiles/profile-store';
import { CohortImportReportDto, CohortRowReportDto } from './cohort-import.dto';
import { CohortRowDto, COHORT_CSV_COLUMNS, columnOfProfileField, profileRequestOfRow } from './cohort-row.dto';

const PROFILE_VALIDATION = createValidationPipe();

/**
 * A mediator's CSV of clients (a cohort after a collective dismissal): each valid row becomes a client account
 * without e-mail, with its claim code, its profile and its place in the mediator's caseload, all in one
 * transaction per row, so a row the database refuses is reported and never takes another down with it.
 */
@Injectable()
export class CohortImportService {
  constructor(
    private readonly clients: ClientsService,
    private readonly store: ProfileStore,
    private readonly references: ProfileReferences,
    private readonly audit: AuditService,
  ) {}

  async import(
    actor: Actor,
    csv: string,
    werkpuntId: string | undefined,
    requestId: string | null,
  ): Promise<CohortImportReportDto> {
    const profiles = new Map<number, ProfileDto>();
    const rows = await validateImportRows(csv, {
      format: 'csv',
      dto: CohortRowDto,
      csvColumns: COHORT_CSV_COLUMNS,
      check: async (row, { line }) => {
        const { profile, errors } = await this.profileOf(row);
        if (profile) profiles.set(line, profile);
        return errors;
      },
    });

    const reports: CohortRowReportDto[] = rows.rejected.map((row) => ({ ...row, status: 'rejected' }));
    for (const row of rows.valid) {
      const profile = profiles.get(row.line);
      if (!profile) continue;
      reports.push(await this.createClient(actor, row.line, row.value, profile, werkpuntId, requestId));
    }
    return importReport(reports) as CohortImportReportDto;
  }

  private async profileOf(row: CohortRowDto): Promise<{ profile?: ProfileDto; errors: RowError[] }> {
    try {
      const profile = (await PROFILE_VALIDATION.transform(profileRequestOfRow(row), {
        type: 'body',
        metatype: ProfileDto,
      })) as ProfileDto;
      await this.references.ensureExist(profile);
      return { profile, errors: [] };
    } catch (error) {
      if (!(error instanceof RequestValidationException)) throw error;
      return {
        errors: error.fieldErrors.flatMap(({ field, messages }) =>
          messages.map((message) => ({ field: columnOfProfileField(field), message })),
        ),
      };
    }
  }

  private async createClient(
    actor: Actor,
    line: number,
    row: CohortRowDto,
    profile: ProfileDto,
    werkpuntId: string | undefined,
    requestId: string | null,
  ): Promise<CohortRowReportDto> {
    let created: CreatedClientDto;
    try {
      created = await this.clients.createClient(
        actor,
        { displayName: row.displayName.trim(), preferredLanguage: row.preferredLanguage, werkpuntId },
        async (manager, accountId) => {
          await this.store.insertNew(
            manager,
            accountId,
            profileContentOf(profile, ProfileChangeSource.MediatorOnBehalf),
          );
          await this.audit.recordAccess(
            {
              actor,
              record: { jobSeekerAccountId: accountId, recordType: 'JobSeekerProfile', recordId: accountId },
              action: AuditAction.Create,
              purpose: AuditPurpose.Caseload,
              requestId,
            },
            manager,
          );
        },
      );
    } catch (error) {
      // Not a mediator, or no Werkpunt to enrol into: true of every row, so the whole request answers it.
      if (error instanceof HttpException) throw error;
      return {
        line,
        status: 'rejected',
        errors: [{ field: '', message: `The database refused the row: ${(error as Error).message}` }],
      };
    }
    return {
      line,
      status: 'created',
      id: created.account.id,
      errors: [],
      client: {
        accountId: created.account.id,
        displayName: created.account.displayName,
        username: created.account.username as string,
        claimCode: created.claimCode,
        claimCodeExpiresAt: created.claimCodeExpiresAt,
      },
    };
  }
}
