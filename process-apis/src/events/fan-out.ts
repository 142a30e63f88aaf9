import type { ProcessDatabase } from '../database';

/**
 * Turns new outbox events into deliveries, one per matching active subscription, in one statement:
 * reads past the cursor, inserts the deliveries, moves the cursor. Answers how many events it read
 * (a full batch means there may be more).
 *
 * The cursor is the last event read as (txid, position), and events are read in that order, only
 * those whose writing transaction has ended (`txid` below the snapshot's xmin): an event committed
 * late belongs to a transaction whose id is at least that xmin, so it sorts after the cursor and is
 * never skipped (see `LogPoint` in read-events.ts for why position order alone skips it). Events of
 * one subject may so be read out of position order; each delivery carries its event's position and
 * the queue holds a delivery back while an earlier event of its subject is not fanned out yet
 * (delivery-queue.ts), so a subject's deliveries still go out in position order. The cursor row is
 * locked, so two fan-outs (two processes) take turns instead of reading the same events. The
 * cursor and the snapshot's xmin are each read once (sub-selects), so the read starts at the cursor
 * in the (txid, position) index instead of walking the whole outbox from its first event.
 */
export async function fanOutEvents(db: ProcessDatabase, now: Date, limit = FAN_OUT_LIMIT): Promise<number> {
  const { rows } = await db.sql.query<{ read: string }>(FAN_OUT, fanOutParameters(now, limit));
  return Number(rows[0]?.read ?? 0);
}

const FAN_OUT_LIMIT = 500;

// Exported with the statement for the test that checks its plan as run (delivery.test.ts).
export const fanOutParameters = (now: Date, limit = FAN_OUT_LIMIT) => [limit, now.toISOString()];

/** SQL: the fan-out's cursor, as a row (txid, position) to compare an outbox row's with. */
export const FAN_OUT_CURSOR = `(select coalesce("txid", '0'::xid8), "position" from "EventCursor" where "name" = 'deliveries')`;

export const FAN_OUT = `
  with cursor as (
    select coalesce("txid", '0'::xid8) as "txid", "position" from "EventCursor" where "name" = 'deliveries' for update
  ), ready as (
    select e."id", e."type", e."subject", e."position", e."txid" from "OutboxEvent" as e
     where (e."txid", e."position") > (select "txid", "position" from cursor) and e."txid" < (select pg_snapshot_xmin(pg_current_snapshot()))
     order by e."txid", e."position" limit $1
  ), deliveries as (
    insert into "EventDelivery" ("subscriptionId", "eventId", "subject", "position", "runAt", "createdAt")
    select s."id", r."id", r."subject", r."position", $2::timestamp, $2::timestamp
      from ready as r join "Subscription" as s
        on s."active" and r."position" >= s."startPosition" and ${typeMatches('s."eventTypes"', 'r."type"')}
    on conflict ("subscriptionId", "eventId") do nothing
  ), moved as (
    update "EventCursor" set ("txid", "position") = (select r."txid", r."position" from ready as r order by r."txid" desc, r."position" desc limit 1)
     where "name" = 'deliveries' and exists (select 1 from ready)
  )
  select count(*) as "read" from ready`;

/** SQL: an event type matches a subscription's list, exactly or by a prefix ending in `*`. */
export function typeMatches(typesColumn: string, typeColumn: string): string {
  return `exists (select 1 from unnest(${typesColumn}) as wanted where wanted = ${typeColumn} or (wanted like '%*' and starts_with(${typeColumn}, rtrim(wanted, '*'))))`;
}
