import { BadRequestException } from '@nestjs/common';
import {
  CursorPage,
  decodeCursor as decodePosition,
  encodeCursor as encodePosition,
  toCursorPage,
} from '@werkpunt/platform';

// The audit log and the consent history page newest first by their bigint id alone: the platform's keyset
// cursor with the id as its own sort key, and an id that must be digits because it is compared as a bigint.

export type Page<T> = CursorPage<T>;

export function encodeCursor(id: string): string {
  return encodePosition({ sortKey: id, id });
}

/** The id after which the next page starts; 400 for a cursor this API did not hand out. */
export function decodeCursor(cursor: string): string {
  const { id } = decodePosition(cursor);
  if (!/^\d{1,19}$/.test(id)) {
    throw new BadRequestException('The cursor is not one this API handed out; start again without it.');
  }
  return id;
}

/** Rows were fetched with limit + 1, so one extra row means there is a next page. */
export function toPage<R extends { id: string }, T>(rows: R[], limit: number, map: (row: R) => T): Page<T> {
  return toCursorPage(rows, limit, (row) => ({ sortKey: row.id, id: row.id }), map);
}
