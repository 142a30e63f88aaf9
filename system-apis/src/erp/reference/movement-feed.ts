import type { ErpDatabase } from '../../database';
import type { InventoryMovement as MovementRow } from '../../generated/prisma/client';

interface FeedPoint {
  txid: string;
  id: string;
}

/**
 * Movements after `after` (a feed cursor), and the cursor to read on from: `<txid>:<id>`, the last
 * movement read as (its writing transaction, its id); a plain `<id>` is a cursor given out before
 * the feed read by transaction, still taken (see {@link feedPointAfter}). Read in (txid, id)
 * order, only those whose transaction has ended (`txid` below the snapshot's xmin): a movement not
 * yet visible, or written later, belongs to a transaction still running or yet to come, whose id
 * is at least that xmin, so above every txid read: it sorts after the cursor and is never skipped.
 * Id order alone does skip it: ids are taken when a movement is written, transaction ids at a
 * transaction's first write, so an older transaction's movement can be written, committed and read
 * while a newer one's, at a lower id, is still open. A page is answered in id order (a page is
 * read whole, so a reader applies a stock position's movements in the order they were made).
 */
export async function movementsAfter(
  db: ErpDatabase,
  after: string,
  limit: number,
): Promise<{ rows: MovementRow[]; cursor: string }> {
  const from = await feedPointAfter(db, after);
  const rows = await db.$queryRaw<(MovementRow & { feedTxid: string })[]>`
    select "id", "sku", "warehouseId", "kind", "quantity", "reason", "reference", "onHandAfter", "allocatedAfter", "actor", "correlationId", "at", "txid"::text as "feedTxid"
      from "InventoryMovement"
     where ("txid", "id") > (${from.txid}::xid8, ${from.id}::bigint) and "txid" < (select pg_snapshot_xmin(pg_current_snapshot()))
     order by "txid", "id" limit ${limit}`;
  const last = rows.at(-1);
  const cursor = last ? `${last.feedTxid}:${last.id}` : `${from.txid}:${from.id}`;
  return { rows: rows.map(({ feedTxid: _, ...row }) => row).sort((a, b) => (a.id < b.id ? -1 : 1)), cursor };
}

/**
 * Where a cursor stands. A plain `<id>` (given out when the feed went by id) says only that the
 * reader has every movement at or below it that was final then: it stands at that movement if
 * every later id has a txid not below it, else at the least txid a later id has, reading again
 * what that covers rather than skip a movement (and a movement that id order had passed by is read now).
 */
async function feedPointAfter(db: ErpDatabase, after: string): Promise<FeedPoint> {
  const [txid, id] = after.includes(':') ? after.split(':') : [undefined, after];
  if (txid !== undefined) return { txid, id: id! };
  if (BigInt(after) === 0n) return { txid: '0', id: '0' };
  const [{ at, rest }] = await db.$queryRaw<[{ at: string | null; rest: string }]>`
    select (select "txid"::text from "InventoryMovement" where "id" = ${after}::bigint) as "at",
           (select least(min("txid"), pg_snapshot_xmin(pg_current_snapshot()))::text from "InventoryMovement" where "id" > ${after}::bigint) as "rest"`;
  return at !== null && BigInt(at) <= BigInt(rest) ? { txid: at, id: after } : { txid: rest, id: '0' };
}
