import { parse } from 'csv-parse/sync';

export type CsvRow = Record<string, string>;

export function parseCsv(text: string): CsvRow[] {
  return parse(text, { columns: true, skip_empty_lines: true, trim: true }) as CsvRow[];
}

/** Reads a field and names the file, line and column when it is missing, so a broken data file is quick to fix. */
export function textField(row: CsvRow, column: string, where: string): string {
  const value = row[column];
  if (value === undefined || value === '') throw new Error(`${where}: column "${column}" is empty`);
  return value;
}

export function numberField(row: CsvRow, column: string, where: string): number {
  const value = Number(textField(row, column, where));
  if (!Number.isFinite(value)) throw new Error(`${where}: column "${column}" is not a number: "${row[column]}"`);
  return value;
}

export function integerField(row: CsvRow, column: string, where: string): number {
  const value = numberField(row, column, where);
  if (!Number.isInteger(value)) throw new Error(`${where}: column "${column}" is not a whole number: "${row[column]}"`);
  return value;
}
