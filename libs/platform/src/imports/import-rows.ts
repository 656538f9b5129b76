import { BadRequestException } from '@nestjs/common';
import { parse } from 'csv-parse/sync';

/** One record of an import file and where it was, so a report can point people at it. */
export interface ImportRow {
  /**
   * CSV: the file's line number (the header is line 1, so the first record is line 2; a record with a
   * quoted line break ends on a later line, and this is where it starts). JSON: the element's position
   * in the array, counted from 1.
   */
  line: number;
  record: Record<string, unknown>;
}

export type ImportFormat = 'csv' | 'json';

/** The file as a whole cannot be read (no header, broken quoting, not a JSON array): 400, nothing imported. */
export class ImportFileError extends BadRequestException {}

/** Reads the whole file into rows; a single unreadable row does not exist here (each CSV line is a record). */
export function parseImportRows(text: string, format: ImportFormat): ImportRow[] {
  return format === 'csv' ? parseCsvRows(text) : parseJsonRows(text);
}

function parseCsvRows(text: string): ImportRow[] {
  let records: { record: Record<string, string>; info: { lines: number; raw?: string } }[];
  try {
    records = parse(text, {
      columns: (header: string[]) => header.map((name) => name.trim()),
      bom: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      raw: true,
      // A row with too few or too many fields is still a row: its missing fields fail its own validation.
      relax_column_count: true,
    }) as typeof records;
  } catch (error) {
    throw new ImportFileError(`The CSV file cannot be read: ${(error as Error).message}`);
  }
  return records.map(({ record, info }) => {
    // info.lines is the line the record ends on; a quoted field with line breaks started earlier. The raw
    // text ends with the record's own line break, which is not one of them.
    const extraLines = (info.raw?.replace(/\r?\n$/, '').match(/\n/g) ?? []).length;
    return { line: info.lines - extraLines, record };
  });
}

function parseJsonRows(text: string): ImportRow[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ImportFileError(`The JSON file cannot be read: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new ImportFileError('The JSON file must hold an array of records.');
  return parsed.map((record: unknown, index) => ({
    line: index + 1,
    record:
      record !== null && typeof record === 'object' && !Array.isArray(record)
        ? (record as Record<string, unknown>)
        : { '': record },
  }));
}
