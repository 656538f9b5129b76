import { BadRequestException } from '@nestjs/common';

// Keyset ("cursor") pagination on (sortKey, id). The cursor is opaque to clients (base64url of a
// versioned JSON pair), so the sort key can change later without breaking them, and a page never
// skips or repeats a row when rows are added between requests, unlike offset paging.

/** Where the previous page ended: the last row's sort key and id (the id breaks ties). */
export interface CursorPosition {
  sortKey: string;
  id: string;
}

export interface CursorPage<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

const VERSION = 'c1';

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([VERSION, position.sortKey, position.id]), 'utf8').toString('base64url');
}

/** The position after which the next page starts; 400 for a cursor this API did not hand out. */
export function decodeCursor(cursor: string): CursorPosition {
  const refuse = () => new BadRequestException('The cursor is not one this API handed out; start again without it.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    parsed[0] !== VERSION ||
    typeof parsed[1] !== 'string' ||
    typeof parsed[2] !== 'string'
  ) {
    throw refuse();
  }
  return { sortKey: parsed[1], id: parsed[2] };
}

/**
 * Rows were fetched in (sortKey, id) order with `limit + 1`: one extra row means there is a next page,
 * which starts after the last row returned.
 */
export function toCursorPage<R, T>(
  rows: readonly R[],
  limit: number,
  positionOf: (row: R) => CursorPosition,
  map: (row: R) => T,
): CursorPage<T> {
  const items = rows.slice(0, limit);
  const hasMore = rows.length > limit;
  return {
    items: items.map(map),
    nextCursor: hasMore && items.length > 0 ? encodeCursor(positionOf(items[items.length - 1])) : null,
  };
}
