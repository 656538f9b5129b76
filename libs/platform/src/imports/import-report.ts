import { RowError } from './row-validator';

/** One line of the report an import answers with: every row of the file appears exactly once. */
export interface ImportRowReport {
  line: number;
  status: 'created' | 'rejected';
  /** The created record's id. */
  id?: string;
  errors: RowError[];
}

export interface ImportReport {
  created: number;
  rejected: number;
  rows: ImportRowReport[];
}

/** The report in file order, with its counts. */
export function importReport(rows: ImportRowReport[]): ImportReport {
  const sorted = [...rows].sort((a, b) => a.line - b.line);
  const created = sorted.filter((row) => row.status === 'created').length;
  return { created, rejected: sorted.length - created, rows: sorted };
}
