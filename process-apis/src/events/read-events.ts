import type { PublishedEvent } from '@crossdock/shared-contracts/contracts/api/process-events';
import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProcessDatabase } from '../database';
import { cloudEventOf, OUTBOX_ROW_COLUMNS, type OutboxRow } from './cloud-event-of';
import { typeMatches } from './fan-out';

/** Which events a reader wants: after a position, of some types (exact or `prefix*`), about one subject. */
export interface EventFilter {
  after?: bigint;
  types?: string[];
  subject?: string;
  limit: number;
}

/**
 * Where a reader of the outbox stands: the last event it read, as (its transaction id, its
 * position). Readers go in that order, and only over events whose transaction has ended (`txid`
 * below the snapshot's xmin). Such an event is final; any event not yet visible, or written later,
 * belongs to a transaction still running or yet to come, whose id is at least that xmin, so above
 * every txid already read: it sorts after the reader, never behind it. Position order alone does
 * not hold this: positions are taken when an event is written, transaction ids at a transaction's
 * first write, often long before (a transaction that locks an order and calls the ERP first), so
 * an event of an older transaction can be written, committed and read after a newer transaction's
 * event still open at a lower position.
 */
export interface LogPoint {
  txid: string;
  position: string;
}

/** Before the first event. */
export const LOG_START: LogPoint = { txid: '0', position: '0' };

/** Events past `after` (a position, as clients give it), in the order readers go (see {@link LogPoint}). */
export async function readEvents(db: ProcessDatabase, filter: EventFilter): Promise<PublishedEvent[]> {
  return (await readEventsPast(db, await pointAfter(db, filter.after), filter)).events;
}

/** Events past `from`, and where the reader stands after them (`from` if there were none). */
export async function readEventsPast(
  db: ProcessDatabase,
  from: LogPoint,
  filter: Omit<EventFilter, 'after'>,
): Promise<{ events: PublishedEvent[]; next: LogPoint }> {
  const types = filter.types?.filter((type) => type.length > 0) ?? [];
  const { rows } = await db.sql.query<OutboxRow & LogPoint>(
    `select ${OUTBOX_ROW_COLUMNS}, e."position"::text as "position", e."txid"::text as "txid" from "OutboxEvent" as e
      where (e."txid", e."position") > ($1::xid8, $2::bigint) and e."txid" < (select pg_snapshot_xmin(pg_current_snapshot()))
        and ($3::text[] is null or ${typeMatches('$3::text[]', 'e."type"')})
        and ($4::text is null or e."subject" = $4)
      order by e."txid", e."position" limit $5`,
    [from.txid, from.position, types.length > 0 ? types : null, filter.subject ?? null, filter.limit],
  );
  const last = rows.at(-1);
  return {
    events: rows.map((row) => ({ ...cloudEventOf(row), position: row.position })),
    next: last ? { txid: last.txid, position: last.position } : from,
  };
}

/**
 * Where a client that read up to `position` (a stream id it got, an `after`) stands. Given out by
 * these readers, the event at that position says it: (its txid, position). A position read before
 * readers went by txid (the migration noted up to which one), or one no event has, only says that
 * the client has every event at or below it that was final then; so the reader restarts at the
 * least txid any later position has, reading again what that covers rather than skip an event.
 */
export async function pointAfter(db: ProcessDatabase, position: bigint | undefined): Promise<LogPoint> {
  if (!position) return LOG_START;
  const after = String(position);
  const { rows } = await db.sql.query<{ at: string | null; until: string | null; oldest: string | null }>(
    `select (select e."txid"::text from "OutboxEvent" as e where e."position" = $1::bigint) as "at", c."position"::text as "until", c."txid"::text as "oldest"
       from (select 1) as one left join "EventCursor" as c on c."name" = 'positions-read-by-position'`,
    [after],
  );
  const { at, until, oldest } = rows[0]!;
  const readByPosition = until !== null && position <= BigInt(until);
  if (at !== null && !readByPosition) return { txid: at, position: after };
  // Every event past `position` has a txid at least `rest`: those written up to the change are
  // looked at, any later one (or not yet visible) belongs to a transaction not older than `oldest`
  // (the xmin when readers changed order) or than this snapshot's xmin.
  const { rows: rest } = await db.sql.query<{ txid: string }>(
    readByPosition
      ? `select least(min(e."txid"), $3::xid8)::text as "txid" from "OutboxEvent" as e where e."position" > $1::bigint and e."position" <= $2::bigint`
      : `select least(min(e."txid"), pg_snapshot_xmin(pg_current_snapshot()))::text as "txid" from "OutboxEvent" as e where e."position" > $1::bigint`,
    readByPosition ? [after, until, oldest] : [after],
  );
  const least = rest[0]!.txid;
  return at !== null && BigInt(at) <= BigInt(least) ? { txid: at, position: after } : { txid: least, position: '0' };
}

/** A position as a client sends it (`Last-Event-ID`, `after`); anything else is a 400. */
export function parsePosition(value: string | undefined, field: string): bigint | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (!/^\d{1,18}$/.test(value.trim()))
    throw new ValidationError(`${field} is an event position (the stream's event id).`, [
      { field, message: 'not an event position' },
    ]);
  return BigInt(value.trim());
}
