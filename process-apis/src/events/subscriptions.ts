import { randomBytes, randomUUID } from 'node:crypto';
import type {
  CreatedSubscription,
  CreateSubscriptionRequest,
  EventDeliveryView,
  ProcessSubscription,
  ReplayRequest,
  ReplayResult,
} from '@crossdock/shared-contracts/contracts/api/process-events';
import type { Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import { ConflictError, NotFoundError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProcessDatabase } from '../database';
import type { EventDelivery, Subscription } from '../generated/prisma/client';
import { requireOperator } from '../orders/operator-only';
import { typeMatches } from './fan-out';

const EVENT_TYPE_PATTERN = /^com\.crossdock\.([a-z][a-z0-9_]*(\.([a-z][a-z0-9_]*|\*))?|\*)$/;

/** Registers a subscriber. Events written from now on are delivered to it; its secret is answered once. */
export async function createSubscription(
  db: ProcessDatabase,
  principal: Principal,
  request: CreateSubscriptionRequest,
): Promise<CreatedSubscription> {
  requireOperator(principal, 'subscribe to events');
  const url = checkedUrl(request.url);
  const eventTypes = [...new Set(request.eventTypes.map((type) => type.trim()))];
  const bad = eventTypes.filter((type) => !EVENT_TYPE_PATTERN.test(type));
  if (eventTypes.length === 0 || bad.length > 0) {
    throw new ValidationError('Event types are `com.crossdock.<entity>.<change>`, or a prefix ending in `*`.', [
      { field: 'eventTypes', message: bad.length ? `not an event type: ${bad.join(', ')}` : 'at least one is needed' },
    ]);
  }
  const secret = `whsec_${randomBytes(24).toString('base64url')}`;
  // Starts after the last event written so far: a new subscriber gets what happens from now on.
  const [{ next }] = await db.$queryRaw<
    [{ next: bigint }]
  >`select coalesce(max("position"), 0) + 1 as "next" from "OutboxEvent"`;
  const stored = await db.subscription.create({
    data: { id: randomUUID(), url, eventTypes, secret, startPosition: next, createdBy: principal.subject },
  });
  return { ...subscriptionView(stored), secret };
}

export async function listSubscriptions(db: ProcessDatabase, principal: Principal): Promise<ProcessSubscription[]> {
  requireOperator(principal, 'see subscriptions');
  return (await db.subscription.findMany({ orderBy: { createdAt: 'asc' } })).map(subscriptionView);
}

export async function getSubscription(
  db: ProcessDatabase,
  principal: Principal,
  id: string,
): Promise<ProcessSubscription> {
  requireOperator(principal, 'see subscriptions');
  return subscriptionView(await found(db, id));
}

/** Stops deliveries to the subscriber: nothing more is sent, not even what it was owed (kept, listed as pending). */
export async function cancelSubscription(db: ProcessDatabase, principal: Principal, id: string): Promise<void> {
  requireOperator(principal, 'cancel subscriptions');
  await found(db, id);
  await db.subscription.update({ where: { id }, data: { active: false } });
}

/** The deliveries owed to or made to a subscriber, oldest event first; `state=dead` lists its dead letters. */
export async function listDeliveries(
  db: ProcessDatabase,
  principal: Principal,
  id: string,
  state?: string,
  limit = 200,
): Promise<EventDeliveryView[]> {
  requireOperator(principal, 'see deliveries');
  await found(db, id);
  const rows = await db.eventDelivery.findMany({
    where: { subscriptionId: id, ...(state ? { state } : {}) },
    orderBy: { position: 'asc' },
    take: Math.min(Math.max(limit, 1), 1000),
  });
  return rows.map(deliveryView);
}

/**
 * Delivers again, to one subscriber, the events named (by id) or every event in [from, to) that
 * the subscription takes: each is owed anew (attempts from zero, due now), in position order with
 * whatever else the subject has pending. A cancelled subscription is refused: nothing would be sent.
 */
export async function replayEvents(
  db: ProcessDatabase,
  principal: Principal,
  id: string,
  request: ReplayRequest,
  now: Date,
): Promise<ReplayResult> {
  requireOperator(principal, 'replay events');
  const subscription = await found(db, id);
  if (!subscription.active)
    throw new ConflictError(
      'subscription-cancelled',
      'The subscription is cancelled',
      `Subscription ${id} was cancelled; nothing is sent to it any more. Create a new subscription to receive events again.`,
    );
  const byIds = request.eventIds && request.eventIds.length > 0;
  if (!byIds && !request.from)
    throw new ValidationError('Name the events (`eventIds`) or a time range (`from`, optionally `to`).', [
      { field: 'from', message: 'required without eventIds' },
    ]);
  const from = dateOf(request.from, 'from');
  const to = dateOf(request.to, 'to');
  const { rowCount } = await db.sql.query(REPLAY, [
    id,
    now.toISOString(),
    byIds ? request.eventIds : null,
    from?.toISOString() ?? null,
    to?.toISOString() ?? null,
  ]);
  return { scheduled: rowCount ?? 0 };
}

// Written for node-postgres, as the fan-out it repeats for chosen events (fan-out.ts), with whose
// statement it shares the event type match.
const REPLAY = `insert into "EventDelivery" ("subscriptionId", "eventId", "subject", "position", "runAt", "createdAt")
     select s."id", e."id", e."subject", e."position", $2::timestamp, $2::timestamp
       from "OutboxEvent" as e join "Subscription" as s on s."id" = $1 and ${typeMatches('s."eventTypes"', 'e."type"')}
      where ($3::text[] is null or e."id" = any($3::text[]))
        and ($4::timestamp is null or e."time" >= $4::timestamp) and ($5::timestamp is null or e."time" < $5::timestamp)
        and e."txid" < (select pg_snapshot_xmin(pg_current_snapshot()))
     on conflict ("subscriptionId", "eventId") do update
        set "state" = 'pending', "attempts" = 0, "runAt" = excluded."runAt", "leasedUntil" = null, "lastError" = null, "deliveredAt" = null`;

function dateOf(value: string | undefined, field: 'from' | 'to'): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new ValidationError('A replay range is given as ISO 8601 date-times.', [
      { field, message: `not a date-time: ${value}` },
    ]);
  return date;
}

function checkedUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString();
  } catch {
    // refused below
  }
  throw new ValidationError('The subscription URL must be an absolute http(s) URL.', [
    { field: 'url', message: 'not an http(s) URL' },
  ]);
}

async function found(db: ProcessDatabase, id: string): Promise<Subscription> {
  const subscription = await db.subscription.findUnique({ where: { id } });
  if (!subscription) throw new NotFoundError(`No subscription ${id}.`);
  return subscription;
}

function subscriptionView(row: Subscription): ProcessSubscription {
  return {
    id: row.id,
    url: row.url,
    eventTypes: row.eventTypes,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
  };
}

function deliveryView(row: EventDelivery): EventDeliveryView {
  return {
    eventId: row.eventId,
    subject: row.subject,
    state: row.state as EventDeliveryView['state'],
    attempts: row.attempts,
    ...(row.state === 'pending' ? { nextAttemptAt: row.runAt.toISOString() } : {}),
    ...(row.deliveredAt ? { deliveredAt: row.deliveredAt.toISOString() } : {}),
    ...(row.lastError ? { lastError: row.lastError } : {}),
  };
}
