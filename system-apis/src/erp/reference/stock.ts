import { randomUUID } from 'node:crypto';
import { BusinessRuleError, NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { Prisma, Reservation as ReservationRow } from '../../generated/prisma/client';
import type { WriteActor } from '../ports/common';
import { recordAudit } from './audit';

/**
 * The only code that changes stock. Every change is one conditional UPDATE on the position row —
 * PostgreSQL locks the row and re-checks the condition for each writer in turn — plus a movement
 * row saying why. So concurrent reservations can never promise more than is on hand, and the
 * database's CHECK constraint backs that up.
 */
export type StockWriter = Prisma.TransactionClient;

interface PositionAfter {
  onHand: number;
  allocated: number;
}

export interface StockChange {
  sku: string;
  warehouseId: string;
  kind: 'receipt' | 'adjustment' | 'reservation' | 'release' | 'shipment' | 'return';
  onHandDelta: number;
  allocatedDelta: number;
  reason: string;
  reference?: string;
}

/** Applies a change when the position allows it; undefined when it would break a stock bound. */
async function applyChange(tx: StockWriter, change: StockChange): Promise<PositionAfter | undefined> {
  const rows = await tx.$queryRaw<PositionAfter[]>`
    update "InventoryPosition"
       set "onHand" = "onHand" + ${change.onHandDelta}::int,
           "allocated" = "allocated" + ${change.allocatedDelta}::int,
           "onOrder" = case when ${change.kind} = 'receipt' then greatest("onOrder" - ${change.onHandDelta}::int, 0) else "onOrder" end,
           "updatedAt" = now()
     where "sku" = ${change.sku} and "warehouseId" = ${change.warehouseId}
       and "onHand" + ${change.onHandDelta}::int >= "allocated" + ${change.allocatedDelta}::int
       and "allocated" + ${change.allocatedDelta}::int >= 0
    returning "onHand", "allocated"`;
  return rows[0];
}

/** Changes stock and records the movement, or refuses with the reason the business would give. */
export async function moveStock(tx: StockWriter, change: StockChange, by: WriteActor) {
  let after = await applyChange(tx, change);
  // Goods arriving (bought or returned) may be the first of that item a warehouse ever holds.
  if (!after && (change.kind === 'receipt' || change.kind === 'return')) after = await openPosition(tx, change);
  if (!after) await explainRefusal(tx, change);
  const movement = await tx.inventoryMovement.create({
    data: {
      sku: change.sku,
      warehouseId: change.warehouseId,
      kind: change.kind,
      quantity: change.kind === 'reservation' || change.kind === 'release' ? change.allocatedDelta : change.onHandDelta,
      reason: change.reason,
      reference: change.reference ?? null,
      onHandAfter: after!.onHand,
      allocatedAfter: after!.allocated,
      actor: by.actor,
      correlationId: by.correlationId,
    },
  });
  return movement;
}

/** A receipt into a warehouse that has never held the item starts its position. */
async function openPosition(tx: StockWriter, change: StockChange): Promise<PositionAfter | undefined> {
  await assertKnown(tx, change.sku, change.warehouseId);
  const rows = await tx.$queryRaw<PositionAfter[]>`
    insert into "InventoryPosition" ("sku", "warehouseId", "onHand", "allocated", "onOrder", "updatedAt")
    values (${change.sku}, ${change.warehouseId}, ${change.onHandDelta}::int, 0, 0, now())
    on conflict ("sku", "warehouseId") do nothing
    returning "onHand", "allocated"`;
  return rows[0] ?? applyChange(tx, change);
}

async function assertKnown(tx: StockWriter, sku: string, warehouseId: string): Promise<void> {
  const [item, warehouse] = await Promise.all([
    tx.item.findUnique({ where: { sku }, select: { sku: true } }),
    tx.warehouse.findUnique({ where: { id: warehouseId }, select: { id: true } }),
  ]);
  if (!item) throw new BusinessRuleError('UNKNOWN_ITEM', `Item ${sku} is not known to the ERP.`);
  if (!warehouse) throw new NotFoundError(`Warehouse ${warehouseId} does not exist.`);
}

async function explainRefusal(tx: StockWriter, change: StockChange): Promise<never> {
  await assertKnown(tx, change.sku, change.warehouseId);
  const position = await tx.inventoryPosition.findUnique({
    where: { sku_warehouseId: { sku: change.sku, warehouseId: change.warehouseId } },
  });
  const available = position ? position.onHand - position.allocated : 0;
  if (change.kind === 'adjustment') {
    throw new BusinessRuleError(
      'INSUFFICIENT_STOCK',
      `Adjusting ${change.sku} in ${change.warehouseId} by ${change.onHandDelta} would leave less on hand than is allocated (${available} available).`,
    );
  }
  const needed = change.kind === 'reservation' ? change.allocatedDelta : -change.onHandDelta + change.allocatedDelta;
  throw new BusinessRuleError(
    'INSUFFICIENT_STOCK',
    `${change.sku} in ${change.warehouseId}: ${needed} more needed than is held for it, ${available} available.`,
  );
}

export interface HoldRequest {
  /** Idempotency: the same key answers the reservation made first. */
  key?: string;
  sku: string;
  warehouseId: string;
  quantity: number;
  reference: string;
  salesOrderNumber?: number;
  lineNumber?: number;
}

/** Reserves stock, or refuses with INSUFFICIENT_STOCK; never leaves available below zero. */
export async function holdStock(tx: StockWriter, request: HoldRequest, by: WriteActor): Promise<ReservationRow> {
  if (request.key) {
    const earlier = await tx.reservation.findUnique({ where: { key: request.key } });
    if (earlier) return earlier;
  }
  await moveStock(
    tx,
    {
      sku: request.sku,
      warehouseId: request.warehouseId,
      kind: 'reservation',
      onHandDelta: 0,
      allocatedDelta: request.quantity,
      reason: 'reserved',
      reference: request.reference,
    },
    by,
  );
  const reservation = await tx.reservation.create({
    data: {
      id: randomUUID(),
      key: request.key ?? null,
      sku: request.sku,
      warehouseId: request.warehouseId,
      quantity: request.quantity,
      reference: request.reference,
      salesOrderNumber: request.salesOrderNumber ?? null,
      lineNumber: request.lineNumber ?? null,
    },
  });
  await recordAudit(tx, 'reservation', reservation.id, 'reserve', by, {
    sku: request.sku,
    warehouseId: request.warehouseId,
    quantity: request.quantity,
  });
  return reservation;
}

/**
 * Gives an active reservation's stock back. The status flip is conditional, so two releases of one
 * reservation (a retry, a compensation racing a cancel) give the stock back once.
 */
export async function releaseHeld(
  tx: StockWriter,
  reservationId: string,
  reason: string,
  by: WriteActor,
): Promise<ReservationRow> {
  const flipped = await tx.reservation.updateMany({
    where: { id: reservationId, status: 'active' },
    data: { status: 'released' },
  });
  const reservation = await tx.reservation.findUnique({ where: { id: reservationId } });
  if (!reservation) throw new NotFoundError(`Reservation ${reservationId} does not exist.`);
  if (flipped.count === 1) {
    await moveStock(
      tx,
      {
        sku: reservation.sku,
        warehouseId: reservation.warehouseId,
        kind: 'release',
        onHandDelta: 0,
        allocatedDelta: -reservation.quantity,
        reason,
        reference: reservation.reference,
      },
      by,
    );
    await recordAudit(tx, 'reservation', reservation.id, 'release', by);
  }
  return reservation;
}
