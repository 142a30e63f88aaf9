import {
  ConflictError,
  IdempotencyKeyReusedError,
  ValidationError,
} from '@crossdock/shared-contracts/contracts/errors/errors';
import { currentCorrelationId } from '@crossdock/shared-contracts/platform/context/request-context';
import { inSqlTransaction } from '@crossdock/shared-contracts/platform/database/sql';
import type { ProcessDatabase } from '../database';
import { requestHash } from '../idempotency/request-hash';
import { fieldsWithControlCharacters } from '../inbound-documents/storable-text';
import { recordStep } from '../timeline/record-step';
import {
  answerResend,
  findDuplicate,
  holdAsPossibleDuplicate,
  lockPurchaseOrder,
  purchaseOrderToCheck,
} from './possible-duplicate';
import type { ReceivedOrder, ReceiveOrderCommand } from './received-order';
import { KeyTakenMeanwhile, storeInTransaction, storeNewOrder } from './store-order';

export type { ReceivedOrder, ReceiveOrderCommand } from './received-order';

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
