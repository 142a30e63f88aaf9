import { randomUUID } from 'node:crypto';
import { ConflictError, IdempotencyKeyReusedError } from '@crossdock/shared-contracts/errors/errors';
import type { SalesOrderInput } from '@crossdock/shared-contracts/model/order-input';
import { currentCorrelationId } from '@crossdock/shared-contracts/context/request-context';
import { isUniqueViolation } from '@crossdock/shared-contracts/database/unique-violation';
import type { ProcessDatabase } from '../database';
import type { Prisma } from '../generated/prisma/client';
import { requestHash } from '../idempotency/request-hash';
import { enqueueJob } from '../pipeline/job-queue';
import { recordStep } from '../timeline/record-step';

export interface ReceiveOrderCommand {
  /** When it arrived: the job it starts is due then. */
  now: Date;
  order: SalesOrderInput;
  /** The caller's Idempotency-Key, when it sent one. */
  idempotencyKey?: string;
  /** Whose key space the Idempotency-Key lives in: the authenticated caller. */
  consumer: string;
  actor: string;
}

export interface ReceivedOrder {
  orderId: string;
  /** True when this request repeated one already received: nothing new was stored. */
  replayed: boolean;
}

/**
 * Stores an arriving order durably, exactly once. Duplicates are recognised by the Idempotency-Key
 * (same key, same body: the same order; same key, other body: refused) and, without a key, by the
 * natural key channel + customer + source order id (same content: the same order; other content:
 * refused). Concurrent copies race on unique constraints, never on a
 * read-then-write, so a hundred simultaneous copies still give one order.
 */
export async function receiveOrder(db: ProcessDatabase, command: ReceiveOrderCommand): Promise<ReceivedOrder> {
  const hash = requestHash(command.order);
  const existing = await findExisting(db, command, hash);
  if (existing) return existing;
  try {
    return await storeNewOrder(db, command, hash);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Another copy of this order won the race between our look-up and our insert: answer with it.
    const winner = await findExisting(db, command, hash);
    if (winner) return winner;
    throw error;
  }
}

async function findExisting(db: ProcessDatabase, command: ReceiveOrderCommand, hash: string): Promise<ReceivedOrder | undefined> {
  if (command.idempotencyKey) {
    const record = await db.idempotencyRecord.findUnique({ where: { consumer_key: { consumer: command.consumer, key: command.idempotencyKey } } });
    if (record) {
      if (record.requestHash !== hash) throw new IdempotencyKeyReusedError(command.idempotencyKey);
      return { orderId: record.orderId, replayed: true };
    }
  }
  const sameOrder = await db.order.findUnique({
    where: { channel_customerId_sourceOrderId: { channel: command.order.channel, customerId: command.order.customerId, sourceOrderId: command.order.sourceOrderId } },
    select: { id: true, receivedHash: true },
  });
  if (!sameOrder) return undefined;
  if (sameOrder.receivedHash !== hash) {
    // A copy sent with the same key may have stored this order between our two look-ups: then the
    // key, not the order id, is what was reused.
    if (command.idempotencyKey) {
      const record = await db.idempotencyRecord.findUnique({ where: { consumer_key: { consumer: command.consumer, key: command.idempotencyKey } } });
      if (record && record.requestHash !== hash) throw new IdempotencyKeyReusedError(command.idempotencyKey);
    }
    // The same order id with other content is a change to the order, or a mistake: either way it
    // needs a person, so it is refused loudly rather than answered with the old order.
    await recordStep(db, { orderId: sameOrder.id, step: 'received', outcome: 'failed', detail: `The ${command.order.channel} order ${command.order.sourceOrderId} arrived again with different content; refused.`, actor: command.actor });
    throw new ConflictError('source-order-conflict', 'This order arrived before with different content', `The ${command.order.channel} order ${command.order.sourceOrderId} for customer ${command.order.customerId} exists already with other content. Changes to an order are not taken this way.`);
  }
  if (command.idempotencyKey) await rememberKeyFor(db, command, hash, sameOrder.id);
  await recordStep(db, { orderId: sameOrder.id, step: 'received', outcome: 'duplicate', detail: `The same ${command.order.channel} order ${command.order.sourceOrderId} arrived again; it was not stored twice.`, actor: command.actor });
  return { orderId: sameOrder.id, replayed: true };
}

/**
 * A new key on an order that had already arrived (by its natural key) is bound to that order, so
 * the key means the same thing from now on: the same body replays it, another body is refused.
 */
async function rememberKeyFor(db: ProcessDatabase, command: ReceiveOrderCommand, hash: string, orderId: string): Promise<void> {
  const key = { consumer: command.consumer, key: command.idempotencyKey! };
  await db.idempotencyRecord.createMany({ data: [{ ...key, requestHash: hash, orderId }], skipDuplicates: true });
  const record = await db.idempotencyRecord.findUniqueOrThrow({ where: { consumer_key: key } });
  if (record.requestHash !== hash || record.orderId !== orderId) throw new IdempotencyKeyReusedError(command.idempotencyKey!);
}

async function storeNewOrder(db: ProcessDatabase, command: ReceiveOrderCommand, hash: string): Promise<ReceivedOrder> {
  const orderId = randomUUID();
  const { order } = command;
  await db.$transaction(async (tx) => {
    await tx.order.create({
      data: {
        id: orderId,
        channel: order.channel,
        sourceOrderId: order.sourceOrderId,
        customerId: order.customerId,
        purchaseOrderNumber: order.purchaseOrderNumber ?? null,
        status: 'RECEIVED',
        currency: order.currency ?? null,
        received: order as unknown as Prisma.InputJsonValue,
        receivedHash: hash,
        correlationId: currentCorrelationId() ?? 'none',
        createdBy: command.actor,
      },
    });
    if (command.idempotencyKey) {
      await tx.idempotencyRecord.create({ data: { consumer: command.consumer, key: command.idempotencyKey, requestHash: hash, orderId } });
    }
    await recordStep(tx, { orderId, step: 'received', outcome: 'succeeded', detail: `${order.lines.length} line(s) from ${order.channel}`, actor: command.actor });
    // The pipeline runs from this job, not from the request: stored together, or not at all.
    await enqueueJob(tx, orderId, 'validate', command.now);
  });
  return { orderId, replayed: false };
}
