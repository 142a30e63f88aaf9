/**
 * Storing a new order: the order, its Idempotency-Key, the first timeline entry, the pipeline job and
 * the order.received event in one statement, so all are stored or none.
 */
import { randomUUID } from 'node:crypto';
import { currentCorrelationId } from '@crossdock/shared-contracts/platform/context/request-context';
import { inSqlTransaction, type SqlClient } from '@crossdock/shared-contracts/platform/database/sql';
import { currentTraceparent, traceIdOf } from '@crossdock/shared-contracts/platform/observability/trace-context';
import type { ProcessDatabase } from '../database';
import { orderColumns } from './order-columns';
import type { OrderRow } from './order-view';
import type { ReceivedOrder, ReceiveOrderCommand } from './received-order';

/**
 * Stores the order, its Idempotency-Key, the first timeline entry and the pipeline job in one
 * transaction (one statement); the caller wakes the pipeline. Answers undefined, having stored
 * nothing, when the order (by its natural key) or the key exists already.
 */
export async function storeNewOrder(
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
export async function storeInTransaction(
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
  const traceparent = currentTraceparent() ?? null;
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
      traceparent,
      traceIdOf(traceparent) ?? null,
    ],
  };
  return {
    statement,
    stored: (): ReceivedOrder => ({
      orderId,
      replayed: false,
      stored: storedRow(orderId, command, hash, { correlationId, traceparent }, detail),
    }),
  };
}

interface StoreResult {
  stored: boolean;
  keyed: boolean;
}

export class KeyTakenMeanwhile extends Error {}

/** The order as the statement below stores it. */
function storedRow(
  id: string,
  command: ReceiveOrderCommand,
  hash: string,
  { correlationId, traceparent }: { correlationId: string; traceparent: string | null },
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
    received: orderColumns.received.write(order),
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
    traceparent,
    createdBy: actor,
    createdAt: now,
    updatedAt: now,
    version: 1,
    holds: [],
    // Its job was just stored ready: it waits for nothing yet.
    job: null,
    deadLetters: [],
    timeline: [
      {
        id: 0n,
        orderId: id,
        step: 'received',
        outcome: 'succeeded',
        detail,
        correlationId,
        traceId: traceIdOf(traceparent) ?? null,
        actor,
        at: now,
      },
    ],
  };
}

// The pipeline runs from the job, not from the request: stored together, or not at all (the
// order.received event too).
const STORE_ORDER = `
  with new_order as (
    insert into "Order" ("id", "channel", "sourceOrderId", "customerId", "purchaseOrderNumber", "status", "currency", "received", "receivedHash", "correlationId", "traceparent", "createdBy", "createdAt", "updatedAt")
    values ($1, $2, $3, $4, $5, 'RECEIVED', $6, $7::jsonb, $8, $9, $15, $10, $11::timestamp, $11::timestamp)
    on conflict do nothing
    returning "id"
  ), new_key as (
    insert into "IdempotencyRecord" ("consumer", "key", "requestHash", "orderId", "createdAt")
    select $13, $12, $8, "id", $11::timestamp from new_order where $12::text is not null
    on conflict do nothing
    returning "orderId"
  ), first_step as (
    insert into "OrderTimelineEntry" ("orderId", "step", "outcome", "detail", "correlationId", "traceId", "actor", "at")
    select "id", 'received', 'succeeded', $14, $9, $16, $10, $11::timestamp from new_order
  ), job as (
    insert into "PipelineJob" ("orderId", "step", "state", "attempts", "runAt", "updatedAt")
    select "id", 'validate', 'ready', 0, $11::timestamp, $11::timestamp from new_order
  ), received_event as (
    -- com.crossdock.order.received (events/event-catalogue.ts), in the same statement as the order.
    insert into "OutboxEvent" ("id", "type", "source", "subject", "time", "correlationId", "traceparent", "data")
    select gen_random_uuid()::text, 'com.crossdock.order.received', '/process/v1/orders', "id", $11::timestamp, $9, $15,
           jsonb_build_object('orderId', "id", 'customerId', $4::text, 'channel', $2::text, 'sourceOrderId', $3::text)
      from new_order
  )
  select exists (select 1 from new_order) as "stored", exists (select 1 from new_key) as "keyed"`;
