import { EntityManager } from 'typeorm';
import { PersonalTable, PersonIdentifier, PersonLink } from './personal-data-catalogue';

/** The identifiers a person's rows are found by. E-mail is null for people without an address. */
export interface PersonIdentifiers {
  accountId: string;
  email: string | null;
}

/** `"table"` quoted as an identifier; catalogue names are constants, never request input. */
export function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The WHERE clause (with $1) selecting a link's rows, or null when the person has no such identifier. */
export function linkCondition(link: PersonLink, who: PersonIdentifiers): { sql: string; value: string } | null {
  const value = valueOf(link.holds, who);
  if (value === null) return null;
  const sql = link.through
    ? `${quoted(link.column)} IN (SELECT ${quoted(link.through.column)} FROM ${quoted(link.through.table)} WHERE ${quoted(link.through.personColumn)} = $1)`
    : `${quoted(link.column)} = $1`;
  return { sql, value };
}

/** The person's rows of one table, as the export shows them: withheld columns left out, duplicates once. */
export async function exportedRows(
  manager: EntityManager,
  table: PersonalTable,
  who: PersonIdentifiers,
): Promise<Record<string, unknown>[]> {
  const seen = new Set<string>();
  const rows: Record<string, unknown>[] = [];
  for (const link of table.links) {
    if (link.exported !== true) continue;
    const condition = linkCondition(link, who);
    if (!condition) continue;
    const found = await manager.query<Record<string, unknown>[]>(
      `SELECT * FROM ${quoted(table.table)} WHERE ${condition.sql}`,
      [condition.value],
    );
    for (const row of found) {
      for (const column of Object.keys(table.withheld ?? {})) delete row[column];
      const key = JSON.stringify(row);
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push(row);
    }
  }
  return rows;
}

function valueOf(identifier: PersonIdentifier, who: PersonIdentifiers): string | null {
  return identifier === 'accountId' ? who.accountId : who.email;
}
