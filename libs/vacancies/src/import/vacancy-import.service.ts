import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@werkpunt/identity';
import {
  Clock,
  csvCell,
  CsvColumnMap,
  ImportFormat,
  importReport,
  ImportReport,
  ImportRowReport,
  RowError,
  validateImportRows,
} from '@werkpunt/platform';
import { DataSource } from 'typeorm';
import { ghentDate } from '../domain/ghent-date';
import { publicationProblems } from '../domain/publication-check';
import { VacancyImportRowDto } from '../dto/vacancy-input.dto';
import { statusActorOf, VacanciesService } from '../vacancies.service';
import { contentOf } from '../vacancy-content';
import { ResolvedReferences, VacancyReferences } from '../vacancy-references';
import { VacancyStore } from '../vacancy-store';

/** How the CSV's text cells become the row DTO's numbers, lists and nested languages. */
export const VACANCY_CSV_COLUMNS: CsvColumnMap = {
  hoursPerWeekMin: csvCell.number,
  hoursPerWeekMax: csvCell.number,
  positions: csvCell.number,
  remoteSharePercent: csvCell.number,
  requiredSkillIds: csvCell.list,
  niceToHaveSkillIds: csvCell.list,
  drivingLicences: csvCell.list,
  shifts: csvCell.list,
  otherLanguages: csvCell.json,
};

export interface VacancyImportRequest {
  text: string;
  format: ImportFormat;
  organisationId?: string;
  /** Publish each valid row at once (then each row must also pass the publication check). */
  publish: boolean;
}

/**
 * Bulk import for one organisation: every row is validated on its own with the create rules (plus the
 * publication check when publishing); the valid rows are written in one transaction, each under its own
 * savepoint, so a row the database still refuses is reported and never takes the others down with it.
 */
@Injectable()
export class VacancyImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vacancies: VacanciesService,
    private readonly references: VacancyReferences,
    private readonly store: VacancyStore,
    private readonly clock: Clock,
  ) {}

  async import(actor: Actor, request: VacancyImportRequest): Promise<ImportReport> {
    const organisationId = this.vacancies.organisationFor(actor, request.organisationId);
    const now = this.clock.now();
    const resolvedByLine = new Map<number, ResolvedReferences>();
    const rows = await validateImportRows(request.text, {
      format: request.format,
      dto: VacancyImportRowDto,
      csvColumns: VACANCY_CSV_COLUMNS,
      check: async (dto, { line }) => {
        const content = contentOf(dto);
        const { errors, resolved } = await this.references.resolve(organisationId, content);
        const problems: RowError[] = [...errors];
        if (request.publish) problems.push(...publicationProblems(content, ghentDate(now)));
        if (resolved && problems.length === 0) resolvedByLine.set(line, resolved);
        return problems;
      },
    });

    const reports: ImportRowReport[] = rows.rejected.map((row) => ({ ...row, status: 'rejected' }));
    await this.dataSource.transaction(async (manager) => {
      for (const row of rows.valid) {
        const resolved = resolvedByLine.get(row.line);
        if (!resolved) continue;
        await manager.query('SAVEPOINT vacancy_import_row');
        try {
          const vacancy = await this.store.insert(
            manager,
            { organisationId, content: contentOf(row.value), resolved, publish: request.publish },
            statusActorOf(actor),
            now,
          );
          await manager.query('RELEASE SAVEPOINT vacancy_import_row');
          reports.push({ line: row.line, status: 'created', id: vacancy.id, errors: [] });
        } catch (error) {
          await manager.query('ROLLBACK TO SAVEPOINT vacancy_import_row');
          reports.push({
            line: row.line,
            status: 'rejected',
            errors: [{ field: '', message: `The database refused the row: ${(error as Error).message}` }],
          });
        }
      }
    });
    return importReport(reports);
  }
}
