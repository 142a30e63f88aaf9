import { createHash, randomUUID } from 'node:crypto';
import { IdempotencyKeyReusedError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ChannelSalesOrder } from '@crossdock/shared-contracts/contracts/model/order-input';
import type { SalesChannel } from '@crossdock/shared-contracts/contracts/model/sales-order';
import type { SqlClient } from '@crossdock/shared-contracts/platform/database/sql';
import { requestHash } from '../idempotency/request-hash';
import { currentTraceparent, traceIdOf } from '@crossdock/shared-contracts/platform/observability/trace-context';

/**
 * A business duplicate: the customer's PO number arriving again under another source order id (a
 * partner's resend under a new interchange, a portal click that made a new Idempotency-Key, the same
 * PO sent by EDI and by portal). The natural key and the Idempotency-Key cannot see these.
 *
 * What an arriving order with a PO number is, against the customer's live orders with that number:
 * - `first`: there is none; it is stored as usual.
 * - `same-order`: one of them is this very order (its natural key or its Idempotency-Key): the
 *   receiver's usual rules answer it (a replay, or a refusal).
 * - `resent`: one of them has the same content (lines, quantities, units, ship-to): the arriving
 *   copy is that order, answered with its id, and nothing is stored.
 * - `possible`: they differ: it is stored, held `POSSIBLE_DUPLICATE` with the first order's id, for
 *   a person to release (a second order after all) or reject.
 *
 * Rejected and cancelled orders do not count: ordering again under their PO number is what a buyer
 * does after either.
 */
export type DuplicateFinding =
  | { kind: 'first' }
  | { kind: 'same-order' }
  | { kind: 'resent'; firstOrderId: string }
  | { kind: 'possible'; firstOrderId: string; firstChannel: string; firstSourceOrderId: string };

/** Who the arriving order is from, as the receiver knows it. */
export interface Arrival {
  order: ChannelSalesOrder;
  idempotencyKey?: string;
  consumer: string;
  actor: string;
  now: Date;
}

/**
 * Channels whose PO number is the buyer's own (an 850's BEG03, what a buyer types at the portal or
 * sends by API): a number the buyer uses once per order. A web shop's, Amazon's or a marketplace
 * partner's "PO number" is mostly its own order number, already the natural key, and one customer
 * account there stands for many buyers, so those channels are not checked (nor counted as the first
 * order).
 */
export const CHANNELS_WITH_BUYER_PO: readonly SalesChannel[] = ['portal', 'mobile', 'api', 'x12', 'csv', 'ubl'];

/** The PO number to check an arriving order by; none when it has none, its channel has no buyer's PO, or its sender reuses them. */
export function purchaseOrderToCheck(
  order: ChannelSalesOrder,
  reusesPurchaseOrderNumbers: boolean | undefined,
): string | undefined {
  const number = order.purchaseOrderNumber?.trim();
  return number && CHANNELS_WITH_BUYER_PO.includes(order.channel) && !reusesPurchaseOrderNumbers
    ? order.purchaseOrderNumber
    : undefined;
}

/**
 * Takes the customer's PO number for the rest of the transaction: copies arriving at once are
 * decided one after the other, each seeing what the one before stored (a lock in PostgreSQL,
 * never a read-then-write race). Unrelated numbers whose hashes collide only wait for each other.
 */
export async function lockPurchaseOrder(
  client: SqlClient,
  customerId: string,
  purchaseOrderNumber: string,
): Promise<void> {
  await client.query({
    name: 'lock-purchase-order',
    text: `select pg_advisory_xact_lock(hashtextextended($1, 0))`,
    values: [`po:${customerId}:${purchaseOrderNumber}`],
  });
}

/** Decides what the arriving order is (see DuplicateFinding); call under lockPurchaseOrder. */
export async function findDuplicate(
  client: SqlClient,
  arrival: Arrival,
  purchaseOrderNumber: string,
): Promise<DuplicateFinding> {
  const { order } = arrival;
  const { rows } = await client.query<EarlierOrder>({
    name: 'orders-with-purchase-order',
    text: ORDERS_WITH_PURCHASE_ORDER,
    values: [
      order.customerId,
      purchaseOrderNumber,
      arrival.consumer,
      arrival.idempotencyKey ?? null,
      CHANNELS_WITH_BUYER_PO,
      new Date(arrival.now.getTime() - DUPLICATE_WINDOW_DAYS * DAY_IN_MS).toISOString(),
    ],
  });
  if (rows.length === 0) return { kind: 'first' };
  if (rows.some((row) => row.keyed || (row.channel === order.channel && row.sourceOrderId === order.sourceOrderId)))
    return { kind: 'same-order' };
  // An order sent without a ship-to goes to the account's address, which the validate step then writes
  // into the earlier order: compared without ship-tos, a resend without one is still that order.
  const withShipTo = Boolean(order.shipTo);
  const fingerprint = contentFingerprint(order, withShipTo);
  const same = rows.find((row) => contentFingerprint(row.received, withShipTo) === fingerprint);
  if (same) return { kind: 'resent', firstOrderId: same.id };
  const [first] = rows;
  return {
    kind: 'possible',
    firstOrderId: first!.id,
    firstChannel: first!.channel,
    firstSourceOrderId: first!.sourceOrderId,
  };
}

/**
 * How far back an earlier order with the same PO number counts. Buyers reuse standing PO numbers
 * ("BLANKET", a year's number) for orders months apart; a resend or a double click comes within
 * days. An order older than this with the same PO number is a new order.
 */
export const DUPLICATE_WINDOW_DAYS = 90;
const DAY_IN_MS = 24 * 60 * 60 * 1000;

interface EarlierOrder {
  id: string;
  channel: string;
  sourceOrderId: string;
  received: ChannelSalesOrder;
  /** The arriving request's Idempotency-Key is bound to this order already. */
  keyed: boolean;
}

const ORDERS_WITH_PURCHASE_ORDER = `
  select o."id", o."channel", o."sourceOrderId", o."received",
         exists (select 1 from "IdempotencyRecord" as k where k."consumer" = $3 and k."key" = $4 and k."orderId" = o."id") as "keyed"
    from "Order" as o
   where o."customerId" = $1 and o."purchaseOrderNumber" = $2 and o."channel" = any($5::text[]) and o."status" not in ('REJECTED', 'CANCELLED')
     and o."createdAt" > $6::timestamp
   order by o."createdAt", o."id"`;

/**
 * What makes two orders the same order: the customer, the PO number, the ship-to (unless left out)
 * and the lines (item, quantity, unit), whatever their order or numbering. The channel, the source
 * order id and the prices a sender expects are not part of it.
 */
export function contentFingerprint(order: ChannelSalesOrder, withShipTo = true): string {
  const lines = order.lines
    .map((line) => requestHash({ sku: line.sku, quantity: line.quantity, uom: line.uom }))
    .sort();
  return createHash('sha256')
    .update(
      requestHash({
        customerId: order.customerId,
        purchaseOrderNumber: order.purchaseOrderNumber,
        shipTo: withShipTo ? order.shipTo : undefined,
        lines,
      }),
    )
    .digest('hex');
}

/**
 * The arriving copy is the earlier order: its Idempotency-Key is bound to that order (the same key
 * answers it again; another body under it is refused), and the order's timeline counts the resend.
 */
export async function answerResend(
  client: SqlClient,
  arrival: Arrival,
  hash: string,
  firstOrderId: string,
  correlationId: string,
): Promise<void> {
  if (arrival.idempotencyKey) {
    const { rows } = await client.query<{ requestHash: string; orderId: string }>({
      name: 'bind-key-to-first-order',
      text: BIND_KEY,
      values: [arrival.consumer, arrival.idempotencyKey, hash, firstOrderId, arrival.now.toISOString()],
    });
    const [record] = rows;
    if (!record || record.requestHash !== hash || record.orderId !== firstOrderId)
      throw new IdempotencyKeyReusedError(arrival.idempotencyKey);
  }
  const { order } = arrival;
  const detail = `The same order arrived again as ${order.channel} order ${order.sourceOrderId} (PO ${order.purchaseOrderNumber}, same lines and ship-to); answered with this order, nothing stored.`;
  await client.query({
    name: 'record-resend',
    text: `insert into "OrderTimelineEntry" ("orderId", "step", "outcome", "detail", "correlationId", "traceId", "actor", "at") values ($1, 'received', 'duplicate', $2, $3, $6, $4, $5::timestamp)`,
    values: [
      firstOrderId,
      detail,
      correlationId,
      arrival.actor,
      arrival.now.toISOString(),
      traceIdOf(currentTraceparent()) ?? null,
    ],
  });
}

// A key taken by another order meanwhile comes back as it is, and is refused.
const BIND_KEY = `
  with new_key as (
    insert into "IdempotencyRecord" ("consumer", "key", "requestHash", "orderId", "createdAt") values ($1, $2, $3, $4, $5::timestamp)
    on conflict do nothing
    returning "requestHash", "orderId"
  )
  select "requestHash", "orderId" from new_key
  union all
  select "requestHash", "orderId" from "IdempotencyRecord" where "consumer" = $1 and "key" = $2 and not exists (select 1 from new_key)`;

/**
 * Holds the order just stored as POSSIBLE_DUPLICATE of the first one, in the transaction that stored
 * it: its job parked, a hold naming the first order (in words and in `duplicateOfOrderId`), a
 * timeline entry and order.held, as a pipeline hold writes them. Released, it starts at validate.
 */
export async function holdAsPossibleDuplicate(
  client: SqlClient,
  orderId: string,
  arrival: Arrival,
  finding: Extract<DuplicateFinding, { kind: 'possible' }>,
  correlationId: string,
): Promise<void> {
  const { order } = arrival;
  const detail = `PO ${order.purchaseOrderNumber} of customer ${order.customerId} arrived before as order ${finding.firstOrderId} (${finding.firstChannel} order ${finding.firstSourceOrderId}) with other content. Release this hold if it is a second order; reject it if it repeats the first.`;
  const data = JSON.stringify({
    orderId,
    customerId: order.customerId,
    reasons: ['POSSIBLE_DUPLICATE'],
    step: 'validate',
    duplicateOfOrderId: finding.firstOrderId,
  });
  await client.query({
    name: 'hold-possible-duplicate',
    text: HOLD_POSSIBLE_DUPLICATE,
    values: [
      orderId,
      randomUUID(),
      detail,
      finding.firstOrderId,
      correlationId,
      arrival.now.toISOString(),
      data,
      currentTraceparent() ?? null,
    ],
  });
}

const HOLD_POSSIBLE_DUPLICATE = `
  with held as (
    update "Order" set "status" = 'HELD' where "id" = $1 returning "id"
  ), hold as (
    insert into "Hold" ("id", "orderId", "reasonCode", "detail", "step", "status", "createdAt", "duplicateOfOrderId")
    select $2, "id", 'POSSIBLE_DUPLICATE', $3, 'validate', 'open', $6::timestamp, $4 from held
  ), parked as (
    update "PipelineJob" set "state" = 'held', "leasedUntil" = null, "updatedAt" = $6::timestamp where "orderId" = $1
  ), timeline as (
    insert into "OrderTimelineEntry" ("orderId", "step", "outcome", "detail", "correlationId", "traceId", "actor", "at")
    select "id", 'validate', 'held', 'POSSIBLE_DUPLICATE', $5, split_part($8, '-', 2), 'pipeline', $6::timestamp from held
  )
  insert into "OutboxEvent" ("id", "type", "source", "subject", "time", "correlationId", "traceparent", "data")
  select gen_random_uuid()::text, 'com.crossdock.order.held', '/process/v1/orders', "id", $6::timestamp, $5, $8, $7::jsonb from held`;
