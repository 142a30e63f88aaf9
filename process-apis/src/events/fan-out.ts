import type { ProcessDatabase } from '../database';

/**
 * Turns new outbox events into deliveries, one per matching active subscription, in one statement:
 * reads past the cursor in position order, inserts the deliveries, moves the cursor. Answers how
 * many events it read (a full batch means there may be more).
 *
 * Only events whose writing transaction has ended are read (`txid` below the snapshot's xmin):
 * positions are handed out when written but committed in any order, and a cursor that moved past
 * a position still being committed would skip that event for good. The cursor row is locked, so
 * two fan-outs (two processes) take turns instead of reading the same events. The cursor's
 * position and the snapshot's xmin are each read once (sub-selects), so the read starts at the
 * cursor in the position index instead of walking the whole outbox from its first event.
 */
export async function fanOutEvents(db: ProcessDatabase, now: Date, limit = FAN_OUT_LIMIT): Promise<number> {
  const { rows } = await db.sql.query<{ read: string }>(FAN_OUT, fanOutParameters(now, limit));
  return Number(rows[0]?.read ?? 0);
}

const FAN_OUT_LIMIT = 500;

// Exported with the statement for the test that checks its plan as run (delivery.test.ts).
export const fanOutParameters = (now: Date, limit = FAN_OUT_LIMIT) => [limit, now.toISOString()];

export const FAN_OUT = `
  with cursor as (
    select "position" from "EventCursor" where "name" = 'deliveries' for update
  ), ready as (
    select e."id", e."type", e."subject", e."position" from "OutboxEvent" as e
     where e."position" > (select "position" from cursor) and e."txid" < (select pg_snapshot_xmin(pg_current_snapshot()))
     order by e."position" limit $1
  ), deliveries as (
    insert into "EventDelivery" ("subscriptionId", "eventId", "subject", "position", "runAt", "createdAt")
    select s."id", r."id", r."subject", r."position", $2::timestamp, $2::timestamp
      from ready as r join "Subscription" as s
        on s."active" and r."position" >= s."startPosition" and ${typeMatches('s."eventTypes"', 'r."type"')}
    on conflict ("subscriptionId", "eventId") do nothing
  ), moved as (
    update "EventCursor" set "position" = (select max("position") from ready)
     where "name" = 'deliveries' and exists (select 1 from ready)
  )
  select count(*) as "read" from ready`;

/** SQL: an event type matches a subscription's list, exactly or by a prefix ending in `*`. */
export function typeMatches(typesColumn: string, typeColumn: string): string {
  return `exists (select 1 from unnest(${typesColumn}) as wanted where wanted = ${typeColumn} or (wanted like '%*' and starts_with(${typeColumn}, rtrim(wanted, '*'))))`;
}
