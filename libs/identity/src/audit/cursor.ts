import { BadRequestException } from '@nestjs/common';

// Cursors are opaque to clients (base64url of the last row's id), so the paging key can change later
// without breaking them.

export function encodeCursor(id: string): string {
  return Buffer.from(`v1:${id}`, 'utf8').toString('base64url');
}

/** The id after which the next page starts; 400 for a cursor this API did not hand out. */
export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^v1:(\d{1,19})$/.exec(decoded);
  if (!match) throw new BadRequestException('The cursor is not one this API handed out; start again without it.');
  return match[1];
}

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

/** Rows were fetched with limit + 1, so one extra row means there is a next page. */
export function toPage<R extends { id: string }, T>(rows: R[], limit: number, map: (row: R) => T): Page<T> {
  const items = rows.slice(0, limit);
  const hasMore = rows.length > limit;
  return { items: items.map(map), nextCursor: hasMore ? encodeCursor(items[items.length - 1].id) : null };
}
