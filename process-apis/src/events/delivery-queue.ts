import { EQUAL_JITTER } from '@crossdock/shared-contracts/platform/http-client/backoff';
import type { ProcessDatabase } from '../database';
import { OUTBOX_ROW_COLUMNS, type OutboxRow } from './cloud-event-of';
import { FAN_OUT_CURSOR } from './fan-out';

/** A delivery as a worker holds it after claiming it: the event and where it goes. */
export interface ClaimedDelivery {
  id: string;
  /** Attempts, this one included (counted when claimed). */
  attempts: number;
  subscriptionId: string;
  url: string;
  secret: string;
  event: OutboxRow;
}

/** The retry schedule: the wait (half to all of it) doubles per attempt from `baseDelayMs` up to `maxDelayMs`; after `maxAttempts`, dead. */
export interface DeliveryRetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * Claims up to `limit` due deliveries, in one statement, as the pipeline claims jobs: rows another
 * worker is claiming are skipped, the attempt is counted at claim time, and a lease gives a crashed
 * worker's deliveries back. A delivery is due only when no earlier event of the same subject is
 * still owed to the same subscriber, nor still to be fanned out: that is what keeps each subject in
 * order (the fan-out reads in (txid, position) order, so an earlier event of a subject, written by
 * a transaction that took its id later, can be fanned out after a later one; the unread events
 * are the short tail of the (txid, position) index past the fan-out's cursor). Deliveries of other
 * subscribers and subjects never wait on it. A cancelled subscriber's deliveries are never due:
 * what it was owed stays listed, but nothing more is sent to its URL.
 */
export async function claimDeliveries(
  db: ProcessDatabase,
  limit: number,
  now: Date,
  leaseMs: number,
): Promise<ClaimedDelivery[]> {
  if (limit <= 0) return [];
  const { rows } = await db.sql.query<ClaimedDelivery>(CLAIM, [
    limit,
    now.toISOString(),
    new Date(now.getTime() + leaseMs).toISOString(),
  ]);
  return rows;
}

const CLAIM = `
  with claimed as (
    update "EventDelivery" as d
       set "attempts" = d."attempts" + 1, "leasedUntil" = $3::timestamp
     where d."id" in (
       select c."id" from "EventDelivery" as c
        where c."state" = 'pending' and c."runAt" <= $2::timestamp and (c."leasedUntil" is null or c."leasedUntil" < $2::timestamp)
          and exists (select 1 from "Subscription" as active where active."id" = c."subscriptionId" and active."active")
          and not exists (
            select 1 from "EventDelivery" as before
             where before."subscriptionId" = c."subscriptionId" and before."subject" = c."subject"
               and before."state" = 'pending' and before."position" < c."position")
          and not exists (
            select 1 from "OutboxEvent" as unread
             where (unread."txid", unread."position") > ${FAN_OUT_CURSOR}
               and unread."subject" = c."subject" and unread."position" < c."position")
        order by c."position"
        limit $1
        for update skip locked)
    returning d."id", d."attempts", d."subscriptionId", d."eventId"
  )
  select claimed."id"::text as "id", claimed."attempts", claimed."subscriptionId", s."url", s."secret",
         (select row_to_json(event) from (select ${OUTBOX_ROW_COLUMNS}) as event) as "event"
    from claimed join "Subscription" as s on s."id" = claimed."subscriptionId" join "OutboxEvent" as e on e."id" = claimed."eventId"`;

/** The subscriber took it (2xx). */
export async function markDelivered(db: ProcessDatabase, id: string, status: number, now: Date): Promise<void> {
  await db.sql.query(
    `update "EventDelivery" set "state" = 'delivered', "deliveredAt" = $2::timestamp, "leasedUntil" = null, "lastStatus" = $3, "lastError" = null where "id" = $1::bigint`,
    [id, now.toISOString(), status],
  );
}

/**
 * The attempt failed: try again after a wait that grows exponentially with the attempts (capped,
 * jittered so a crowd of failed deliveries does not retry in step: the one backoff formula,
 * `crossdock_backoff_ms`, as the pipeline's jobs), or, with the attempts spent, dead-letter it
 * (which lets the subject's next event go).
 */
export async function markFailed(
  db: ProcessDatabase,
  id: string,
  failure: { status?: number; error: string },
  now: Date,
  policy: DeliveryRetryPolicy,
): Promise<void> {
  await db.sql.query(
    `update "EventDelivery"
        set "state" = case when "attempts" >= $4 then 'dead' else 'pending' end,
            "runAt" = $2::timestamp + make_interval(secs => crossdock_backoff_ms("attempts" - 1, $5::float8, $6::float8, $8::float8, random()) / 1000),
            "leasedUntil" = null, "lastStatus" = $3, "lastError" = $7
      where "id" = $1::bigint`,
    [
      id,
      now.toISOString(),
      failure.status ?? null,
      policy.maxAttempts,
      policy.baseDelayMs,
      policy.maxDelayMs,
      failure.error.slice(0, 500),
      EQUAL_JITTER,
    ],
  );
}
