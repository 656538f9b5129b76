import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { flattenValidationErrors } from '../errors/validation';
import { convertCsvRecord, CsvColumnMap } from './csv-columns';
import { ImportFormat, ImportRow, parseImportRows } from './import-rows';

type DtoClass<T> = new () => T;

/** One problem with one field of one row. */
export interface RowError {
  field: string;
  message: string;
}

export interface ValidRow<T> {
  line: number;
  value: T;
}

export interface RejectedRow {
  line: number;
  errors: RowError[];
}

export interface ValidatedRows<T> {
  valid: ValidRow<T>[];
  rejected: RejectedRow[];
}

export interface RowValidationOptions<T> {
  format: ImportFormat;
  dto: DtoClass<T>;
  /** How CSV cells become the DTO's values; JSON records are taken as they are. */
  csvColumns?: CsvColumnMap;
  /** Checks the decorators cannot make (does the occupation exist?), per row, after the DTO passed. */
  check?: (value: T, row: ImportRow) => RowError[] | Promise<RowError[]>;
}

/**
 * Reads an import file and validates every row on its own, with the same class-validator rules as the
 * API's ValidationPipe (whitelist, unknown fields refused). A bad row never hides a good one: each row
 * ends up in exactly one of `valid` and `rejected`, in file order.
 */
export async function validateImportRows<T extends object>(
  text: string,
  options: RowValidationOptions<T>,
): Promise<ValidatedRows<T>> {
  const result: ValidatedRows<T> = { valid: [], rejected: [] };
  for (const row of parseImportRows(text, options.format)) {
    const outcome = await validateRow(row, options);
    if ('errors' in outcome) result.rejected.push(outcome);
    else result.valid.push(outcome);
  }
  return result;
}

async function validateRow<T extends object>(
  row: ImportRow,
  options: RowValidationOptions<T>,
): Promise<ValidRow<T> | RejectedRow> {
  const plain = options.format === 'csv' ? convertCsvRecord(row.record, options.csvColumns ?? {}) : row.record;
  const value = plainToInstance(options.dto, plain);
  const problems = await validate(value, { whitelist: true, forbidNonWhitelisted: true });
  const errors: RowError[] = flattenValidationErrors(problems).flatMap((error) =>
    error.messages.map((message) => ({ field: error.field, message })),
  );
  if (errors.length === 0 && options.check) errors.push(...(await options.check(value, row)));
  return errors.length > 0 ? { line: row.line, errors } : { line: row.line, value };
}
