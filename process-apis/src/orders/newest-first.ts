import { decodeCheckedCursor } from '@crossdock/shared-contracts/contracts/api/page';

// A cursor is the last row's creation instant and id: `2026-11-27T15:04:00.000Z|<id>`.
const CURSOR_SHAPE = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z\|.+$/;

/** The key a newest-first page's cursor is made of. */
export const newestFirstKey = (row: { createdAt: Date; id: string }): string =>
  `${row.createdAt.toISOString()}|${row.id}`;

/**
 * Keyset paging newest first on (createdAt, id): the condition for the rows after `cursor`, or
 * undefined on the first page. Rows created in the same instant are told apart by id, so none is
 * skipped or repeated between pages. A cursor this API did not give out is a 400.
 */
export function newestFirstAfter(
  cursor: string | undefined,
): { OR: [{ createdAt: { lt: Date } }, { createdAt: Date; id: { lt: string } }] } | undefined {
  const after = decodeCheckedCursor(
    cursor,
    (decoded) => CURSOR_SHAPE.test(decoded) && !Number.isNaN(Date.parse(decoded.split('|')[0]!)),
  );
  if (!after) return undefined;
  const [instant, id] = after.split('|') as [string, string];
  const createdAt = new Date(instant);
  return { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] };
}

/** Newest first, ties broken by id: the order every newest-first list pages in. */
export const newestFirst = (): [{ createdAt: 'desc' }, { id: 'desc' }] => [{ createdAt: 'desc' }, { id: 'desc' }];
