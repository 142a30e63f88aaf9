/**
 * Walks rows changed since a point in time, oldest change first, a batch at a time, so a feed of
 * tens of thousands of rows never sits in memory whole. Rows are ordered by (updatedAt, key), and
 * each batch starts strictly after the last row of the one before, so none is skipped or repeated.
 */
export async function* changedSince<Row extends { updatedAt: Date }, Out>(
  fetchBatch: (after: { updatedAt: Date; key: string } | undefined, take: number) => Promise<Row[]>,
  keyOf: (row: Row) => string,
  toOut: (row: Row) => Out,
  batchSize = 500,
): AsyncIterable<Out> {
  let after: { updatedAt: Date; key: string } | undefined;
  for (;;) {
    const rows = await fetchBatch(after, batchSize);
    for (const row of rows) yield toOut(row);
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    after = { updatedAt: last.updatedAt, key: keyOf(last) };
  }
}

/** The batch filter for a table keyed by `id`: after the last row of the batch before, or from `since`. */
export function changedAfterById(after: { updatedAt: Date; key: string } | undefined, since: Date) {
  return after
    ? { OR: [{ updatedAt: { gt: after.updatedAt } }, { updatedAt: after.updatedAt, id: { gt: after.key } }] }
    : { updatedAt: { gte: since } };
}

/** The order changedSince walks a table keyed by `id` in. */
export const byChangeThenId = () => [{ updatedAt: 'asc' as const }, { id: 'asc' as const }];
