import { ValidationError } from '../errors/errors';

/** A cursor-paginated list. Pass `nextCursor` back as `cursor` for the next page; absent on the last. */
export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** Clamps a requested page size into what the APIs allow (`max` for lists of small records). */
export function pageSize(requested: number | undefined, max = MAX_PAGE_SIZE): number {
  if (!requested || !Number.isFinite(requested)) return DEFAULT_PAGE_SIZE;
  return Math.min(Math.max(Math.trunc(requested), 1), max);
}

/** Cursors are opaque to callers: base64url of the last key seen. */
export function encodeCursor(lastKey: string): string {
  return Buffer.from(lastKey, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (!cursor) return undefined;
  return Buffer.from(cursor, 'base64url').toString('utf8');
}

/** Decodes a cursor and checks it with `isValid`; a cursor this API did not give out is a 400. */
export function decodeCheckedCursor(
  cursor: string | undefined,
  isValid: (decoded: string) => boolean,
): string | undefined {
  const decoded = decodeCursor(cursor);
  if (decoded !== undefined && !isValid(decoded))
    throw new ValidationError('The cursor is not one this API gave out; start again without it.', [
      { field: 'cursor', message: 'not a cursor from this list' },
    ]);
  return decoded;
}

/** Builds a page from `take + 1` rows: the extra row only says there is a next page. */
export function toPage<T>(rows: T[], take: number, keyOf: (row: T) => string): Page<T> {
  const items = rows.slice(0, take);
  const last = items.at(-1);
  return rows.length > take && last ? { items, nextCursor: encodeCursor(keyOf(last)) } : { items };
}

/** Every item of a cursor-paginated list, following `nextCursor` from the first page to the last. */
export async function allPages<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}
