import { randomUUID } from 'node:crypto';
import { ConflictError, IdempotencyKeyReusedError, ValidationError } from '@crossdock/shared-contracts/errors/errors';
import type { ChannelSalesOrder } from '@crossdock/shared-contracts/model/order-input';
import { currentCorrelationId } from '@crossdock/shared-contracts/context/request-context';
import { inSqlTransaction, type SqlClient } from '@crossdock/shared-contracts/database/sql';
import type { ProcessDatabase } from '../database';
import { requestHash } from '../idempotency/request-hash';
import { fieldsWithControlCharacters } from '../inbound-documents/storable-text';
import type { OrderRow } from './order-view';
import { recordStep } from '../timeline/record-step';
import {
  answerResend,
  findDuplicate,
  holdAsPossibleDuplicate,
  lockPurchaseOrder,
  purchaseOrderToCheck,
} from './possible-duplicate';

export interface ReceiveOrderCommand {
  /** When it arrived: the job it starts is due then. */
  now: Date;
  /** A complete order from the process API, or a channel's, whose ship-to the pipeline settles. */
  order: ChannelSalesOrder;
  /** The caller's Idempotency-Key, when it sent one. */
  idempotencyKey?: string;
  /** Whose key space the Idempotency-Key lives in: the authenticated caller. */
  consumer: string;
  actor: string;
  /** The sender reuses PO numbers (a partner setting): its orders are not checked for business duplicates. */
  reusesPurchaseOrderNumbers?: boolean;
}

export interface ReceivedOrder {
  orderId: string;
  /** True when this request repeated one already received: nothing new was stored. */
  replayed: boolean;
  /** For a new order: exactly what was stored, so the answer needs no second read. */
  stored?: OrderRow;
  /** Stored but held POSSIBLE_DUPLICATE: this order's PO number arrived before, on this order. */
  possibleDuplicateOf?: string;
}

/**
 * Stores an arriving order durably, exactly once. Duplicates are recognised by the Idempotency-Key
 * (same key, same body: the same order; same key, other body: refused) and, without a key, by the
 * natural key channel + customer + source order id (same content: the same order; other content:
 * refused). An order with a PO number the customer used before on another live order is a business
 * duplicate (see possible-duplicate.ts): the same content answers the first order, other content is
 * stored and held POSSIBLE_DUPLICATE. Concurrent copies race on unique constraints or the PO
 * number's lock, never on a read-then-write, so a hundred simultaneous copies still give one order.
 */
export async function receiveOrder(db: ProcessDatabase, command: ReceiveOrderCommand): Promise<ReceivedOrder> {
  refuseControlCharacters(command.order);
  const hash = requestHash(command.order);
  // Most orders are new: try to store first, and look for what is already there only when the
  // database says the order (or the key) exists.
  const stored = await storeOnce(db, command, hash);
  if (stored) return stored;
  const existing = await findExisting(db, command, hash);
  if (existing) return existing;
  // The copy that was in the way went (a rejected order's key space is permanent, so only a race
  // with a rollback gets here): try once more, then give up loudly.
  const again = await storeOnce(db, command, hash);
  if (again) return again;
  throw new ConflictError(
    'order-arrival-race',
    'The order could not be stored',
    'Another copy of this order was being stored at the same time; send it again.',
  );
}

async function findExisting(
  db: ProcessDatabase,
  command: ReceiveOrderCommand,
  hash: string,
): Promise<ReceivedOrder | undefined> {
  if (command.idempotencyKey) {
    const record = await db.idempotencyRecord.findUnique({
      where: { consumer_key: { consumer: command.consumer, key: command.idempotencyKey } },
    });
    if (record) {
      if (record.requestHash !== hash) throw new IdempotencyKeyReusedError(command.idempotencyKey);
      return { orderId: record.orderId, replayed: true };
    }
  }
  const sameOrder = await db.order.findUnique({
    where: {
      channel_customerId_sourceOrderId: {
        channel: command.order.channel,
        customerId: command.order.customerId,
        sourceOrderId: command.order.sourceOrderId,
      },
    },
    select: { id: true, receivedHash: true },
  });
  if (!sameOrder) return undefined;
  if (sameOrder.receivedHash !== hash) {
    // A copy sent with the same key may have stored this order between our two look-ups: then the
    // key, not the order id, is what was reused.
    if (command.idempotencyKey) {
      const record = await db.idempotencyRecord.findUnique({
        where: { consumer_key: { consumer: command.consumer, key: command.idempotencyKey } },
      });
      if (record && record.requestHash !== hash) throw new IdempotencyKeyReusedError(command.idempotencyKey);
    }
    // The same order id with other content is a change to the order, or a mistake: either way it
    // needs a person, so it is refused loudly rather than answered with the old order.
    await recordStep(db, {
      orderId: sameOrder.id,
      step: 'received',
      outcome: 'failed',
      detail: `The ${command.order.channel} order ${command.order.sourceOrderId} arrived again with different content; refused.`,
      actor: command.actor,
    });
    throw new ConflictError(
      'source-order-conflict',
      'This order arrived before with different content',
      `The ${command.order.channel} order ${command.order.sourceOrderId} for customer ${command.order.customerId} exists already with other content. Changes to an order are not taken this way.`,
    );
  }
  if (command.idempotencyKey) await rememberKeyFor(db, command, hash, sameOrder.id);
  await recordStep(db, {
    orderId: sameOrder.id,
    step: 'received',
    outcome: 'duplicate',
    detail: `The same ${command.order.channel} order ${command.order.sourceOrderId} arrived again; it was not stored twice.`,
    actor: command.actor,
  });
  return { orderId: sameOrder.id, replayed: true };
}

/**
 * A new key on an order that had already arrived (by its natural key) is bound to that order, so
 * the key means the same thing from now on: the same body replays it, another body is refused.
 */
async function rememberKeyFor(
  db: ProcessDatabase,
  command: ReceiveOrderCommand,
  hash: string,
  orderId: string,
): Promise<void> {
  const key = { consumer: command.consumer, key: command.idempotencyKey! };
  await db.idempotencyRecord.createMany({ data: [{ ...key, requestHash: hash, orderId }], skipDuplicates: true });
  const record = await db.idempotencyRecord.findUniqueOrThrow({ where: { consumer_key: key } });
  if (record.requestHash !== hash || record.orderId !== orderId)
    throw new IdempotencyKeyReusedError(command.idempotencyKey!);
}

/**
 * Stores the order unless it is this order again (undefined: the caller looks it up) or, by its PO
 * number, an order already received: under the PO number's lock, the order is decided and stored
 * in one transaction.
 */
async function storeOnce(
  db: ProcessDatabase,
  command: ReceiveOrderCommand,
  hash: string,
): Promise<ReceivedOrder | undefined> {
  const purchaseOrderNumber = purchaseOrderToCheck(command.order, command.reusesPurchaseOrderNumbers);
  if (!purchaseOrderNumber) return storeNewOrder(db, command, hash);
  return inSqlTransaction(db.sql, async (client) => {
    await lockPurchaseOrder(client, command.order.customerId, purchaseOrderNumber);
    const finding = await findDuplicate(client, command, purchaseOrderNumber);
    if (finding.kind === 'same-order') return undefined;
    const correlationId = currentCorrelationId() ?? 'none';
    if (finding.kind === 'resent') {
      await answerResend(client, command, hash, finding.firstOrderId, correlationId);
      return { orderId: finding.firstOrderId, replayed: true };
    }
    const stored = await storeInTransaction(client, command, hash);
    if (!stored || finding.kind === 'first') return stored;
    await holdAsPossibleDuplicate(client, stored.orderId, command, finding, correlationId);
    // Not what was stored any more (it is held now): the answer reads it again.
    return { orderId: stored.orderId, replayed: false, possibleDuplicateOf: finding.firstOrderId };
  }).catch((error: unknown) => {
    if (error instanceof KeyTakenMeanwhile) return undefined;
    throw error;
  });
}

/**
 * Stores the order, its Idempotency-Key, the first timeline entry and the pipeline job in one
 * transaction (one statement); the caller wakes the pipeline. Answers undefined, having stored
 * nothing, when the order (by its natural key) or the key exists already.
 */
async function storeNewOrder(
  db: ProcessDatabase,
  command: ReceiveOrderCommand,
  hash: string,
): Promise<ReceivedOrder | undefined> {
  if (!command.idempotencyKey) {
    // One statement is one transaction: without a key there is nothing that could make it roll back.
    const store = storeOrderStatement(command, hash);
    const { rows } = await db.sql.query<StoreResult>(store.statement);
    return rows[0]?.stored ? store.stored() : undefined;
  }
  return inSqlTransaction(db.sql, (client) => storeInTransaction(client, command, hash)).catch((error: unknown) => {
    if (error instanceof KeyTakenMeanwhile) return undefined;
    throw error;
  });
}

/** Stores the order in the caller's transaction; throws KeyTakenMeanwhile (to roll back) when its key belongs to another order. */
async function storeInTransaction(
  client: SqlClient,
  command: ReceiveOrderCommand,
  hash: string,
): Promise<ReceivedOrder | undefined> {
  const store = storeOrderStatement(command, hash);
  const { rows } = await client.query<StoreResult>(store.statement);
  const [result] = rows;
  if (!result?.stored) return undefined;
  // The order went in but its key belongs to another order: the key was reused; take nothing.
  if (command.idempotencyKey && !result.keyed) throw new KeyTakenMeanwhile();
  return store.stored();
}

function storeOrderStatement(command: ReceiveOrderCommand, hash: string) {
  const orderId = randomUUID();
  const { order } = command;
  const correlationId = currentCorrelationId() ?? 'none';
  const detail = `${order.lines.length} line(s) from ${order.channel}`;
  const statement = {
    name: 'store-order',
    text: STORE_ORDER,
    values: [
      orderId,
      order.channel,
      order.sourceOrderId,
      order.customerId,
      order.purchaseOrderNumber ?? null,
      order.currency ?? null,
      JSON.stringify(order),
      hash,
      correlationId,
      command.actor,
      command.now.toISOString(),
      command.idempotencyKey ?? null,
      command.consumer,
      detail,
    ],
  };
  return {
    statement,
    stored: (): ReceivedOrder => ({
      orderId,
      replayed: false,
      stored: storedRow(orderId, command, hash, correlationId, detail),
    }),
  };
}

interface StoreResult {
  stored: boolean;
  keyed: boolean;
}

class KeyTakenMeanwhile extends Error {}

/** The order as the statement below stores it. */
function storedRow(
  id: string,
  command: ReceiveOrderCommand,
  hash: string,
  correlationId: string,
  detail: string,
): OrderRow {
  const { order, now, actor } = command;
  return {
    id,
    channel: order.channel,
    sourceOrderId: order.sourceOrderId,
    customerId: order.customerId,
    purchaseOrderNumber: order.purchaseOrderNumber ?? null,
    status: 'RECEIVED',
    currency: order.currency ?? null,
    received: order as unknown as OrderRow['received'],
    receivedHash: hash,
    pricedLines: null,
    subtotal: null,
    tax: null,
    total: null,
    plan: null,
    reservations: null,
    overriddenReasons: [],
    erpOrderId: null,
    correlationId,
    createdBy: actor,
    createdAt: now,
    updatedAt: now,
    version: 1,
    holds: [],
    deadLetters: [],
    timeline: [{ id: 0n, orderId: id, step: 'received', outcome: 'succeeded', detail, correlationId, actor, at: now }],
  };
}

// The pipeline runs from the job, not from the request: stored together, or not at all (the
// order.received event too).
const STORE_ORDER = `
  with new_order as (
    insert into "Order" ("id", "channel", "sourceOrderId", "customerId", "purchaseOrderNumber", "status", "currency", "received", "receivedHash", "correlationId", "createdBy", "createdAt", "updatedAt")
    values ($1, $2, $3, $4, $5, 'RECEIVED', $6, $7::jsonb, $8, $9, $10, $11::timestamp, $11::timestamp)
    on conflict do nothing
    returning "id"
  ), new_key as (
    insert into "IdempotencyRecord" ("consumer", "key", "requestHash", "orderId", "createdAt")
    select $13, $12, $8, "id", $11::timestamp from new_order where $12::text is not null
    on conflict do nothing
    returning "orderId"
  ), first_step as (
    insert into "OrderTimelineEntry" ("orderId", "step", "outcome", "detail", "correlationId", "actor", "at")
    select "id", 'received', 'succeeded', $14, $9, $10, $11::timestamp from new_order
  ), job as (
    insert into "PipelineJob" ("orderId", "step", "state", "attempts", "runAt", "updatedAt")
    select "id", 'validate', 'ready', 0, $11::timestamp, $11::timestamp from new_order
  ), received_event as (
    -- com.crossdock.order.received (events/event-catalogue.ts), in the same statement as the order.
    insert into "OutboxEvent" ("id", "type", "source", "subject", "time", "correlationId", "data")
    select gen_random_uuid()::text, 'com.crossdock.order.received', '/process/v1/orders', "id", $11::timestamp, $9,
           jsonb_build_object('orderId', "id", 'customerId', $4::text, 'channel', $2::text, 'sourceOrderId', $3::text)
      from new_order
  )
  select exists (select 1 from new_order) as "stored", exists (select 1 from new_key) as "keyed"`;

/**
 * Text with a control character (a NUL a shop's export left in an address) is no order anyone can
 * ship or the database can keep: refused (400 to an API caller; a refusal told to a channel's sender).
 */
function refuseControlCharacters(order: ReceiveOrderCommand['order']): void {
  const fields = fieldsWithControlCharacters(order);
  if (fields.length === 0) return;
  throw new ValidationError(
    'The order holds control characters (such as NUL) in its text.',
    fields.slice(0, 20).map((field) => ({ field, message: 'holds a control character' })),
  );
}
