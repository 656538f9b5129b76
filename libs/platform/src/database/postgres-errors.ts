import { QueryFailedError } from 'typeorm';

/** SQLSTATE codes the contexts turn into answers a person can act on (409s instead of 500s). */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';

/** Whether a query failed with this SQLSTATE (and, when given, on this constraint or index). */
export function violatesConstraint(error: unknown, code: string, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === code && (constraint === undefined || driverError.constraint === constraint);
}
