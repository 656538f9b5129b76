import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@werkpunt/platform';
import { DataSource } from 'typeorm';
import { PreferredLanguage } from '../accounts/account.entity';
import { Actor } from '../actor/actor';
import { AuditLogEntry } from '../audit/audit-log-entry.entity';
import { AuditAction, AuditPurpose } from '../audit/audit-vocabulary';
import { personalTables } from './personal-data-catalogue';
import { exportedRows } from './person-rows';

/** One record type of the export: a table's rows about the person. */
export interface ExportSection {
  table: string;
  title: string;
  description: string;
  rows: Record<string, unknown>[];
  /** Columns left out (secrets stored only as one-way hashes) and why. */
  withheld: { column: string; why: string }[];
}

export interface PersonalDataExport {
  format: 'werkpunt-personal-data-export/1';
  exportedAt: string;
  accountId: string;
  language: PreferredLanguage;
  sections: ExportSection[];
}

/**
 * Everything the platform holds about the person, driven by the personal-data catalogue, so a new table
 * joins the export by being declared. Small and synchronous: one query per table, one transaction.
 */
@Injectable()
export class PersonalDataExporter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The export of the actor's own data; writes its audit row (action export) in the same transaction. */
  exportOwn(actor: Actor, requestId: string | null): Promise<PersonalDataExport> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [account] = await manager.query<{ id: string; email: string | null; preferred_language: string }[]>(
        'SELECT id, email, preferred_language FROM accounts WHERE id = $1',
        [actor.userId],
      );
      if (!account) throw new NotFoundException('There is no account here.');
      const language = account.preferred_language === 'en' ? PreferredLanguage.English : PreferredLanguage.Dutch;
      const who = { accountId: account.id, email: account.email };
      const sections: ExportSection[] = [];
      for (const table of personalTables()) {
        sections.push({
          table: table.table,
          title: table.title[language],
          description: table.description[language],
          rows: await exportedRows(manager, table, who),
          withheld: Object.entries(table.withheld ?? {}).map(([column, why]) => ({ column, why })),
        });
      }
      const now = this.clock.now();
      // The person's own request is not a look "by someone else", but the export of a whole file must
      // leave a trace all the same (AuditService skips self-access, so the row is written here).
      await manager.insert(AuditLogEntry, {
        occurredAt: now,
        actorAccountId: actor.userId,
        actorRole: actor.role,
        actorOrganisationIds: actor.organisationIds,
        actorWerkpuntIds: actor.werkpuntIds,
        subjectJobSeekerAccountId: actor.userId,
        recordType: 'PersonalDataExport',
        recordId: actor.userId,
        action: AuditAction.Export,
        purpose: AuditPurpose.DataRights,
        requestId,
      });
      return {
        format: 'werkpunt-personal-data-export/1',
        exportedAt: now.toISOString(),
        accountId: account.id,
        language,
        sections,
      };
    });
  }
}
