import { decodeCursor, pageSize, toPage, type Page } from '@crossdock/shared-contracts/contracts/page';
import type {
  CreateShipmentRequest,
  ShipmentMilestoneRequest,
} from '@crossdock/shared-contracts/contracts/system-shipments';
import {
  BusinessRuleError,
  ConflictError,
  NotFoundError,
  ValidationError,
} from '@crossdock/shared-contracts/errors/errors';
import { SHIPMENT_MILESTONES, type Shipment, type ShipmentMilestone } from '@crossdock/shared-contracts/model/shipment';
import type { ErpDatabase } from '../../database';
import type { Prisma, Shipment as ShipmentRow, ShipmentLine as ShipmentLineRow } from '../../generated/prisma/client';
import type { WriteActor } from '../ports/common';
import type { FulfilmentFilter, ShipmentPort } from '../ports/fulfilment-ports';
import { recordAudit } from './audit';
import { documentId, documentNumberOf } from './document-numbers';

import { orderNumberOf, salesOrderId } from './sales-orders';
import { moveStock, releaseHeld } from './stock';

export const shipmentId = (number: number) => documentId('SH', number);
export const shipmentNumberOf = (id: string) => documentNumberOf('SH', id);

type Tx = Prisma.TransactionClient;
type ShipmentWithLines = ShipmentRow & { lines: ShipmentLineRow[] };

export interface FulfilmentOptions {
  /** The clock: when a milestone is recorded without `at`, when an invoice is dated. */
  now?: () => Date;
}

const SHIPPABLE_ORDER_STATUSES = new Set(['open', 'partially_shipped']);

const MILESTONE_COLUMN = {
  picked: 'pickedAt',
  packed: 'packedAt',
  shipped: 'shippedAt',
  delivered: 'deliveredAt',
} as const satisfies Record<ShipmentMilestone, keyof ShipmentRow>;

/** A shipment's status for list filters: the last milestone it reached, `created` before any. */
const STATUS_WHERE: Record<string, Prisma.ShipmentWhereInput> = {
  created: { pickedAt: null },
  picked: { pickedAt: { not: null }, packedAt: null },
  packed: { packedAt: { not: null }, shippedAt: null },
  shipped: { shippedAt: { not: null }, deliveredAt: null },
  delivered: { deliveredAt: { not: null } },
};

/**
 * Locks the order row until the transaction ends. Everything that claims an order's quantities —
 * creating a shipment, shipping it, requesting a return, cancelling — takes this lock first, so two
 * of them never both count the same remainder.
 */
export async function lockSalesOrder(
  tx: Tx,
  number: number,
): Promise<{ status: string; customerId: string; currency: string } | undefined> {
  const [row] = await tx.$queryRaw<{ status: string; customerId: string; currency: string }[]>`
    select "status", "customerId", "currency" from "SalesOrder" where "number" = ${number} for update`;
  return row;
}

/** The document number a list cursor carries, refusing a cursor this API did not hand out. */
export function cursorNumber(cursor: string | undefined): number | undefined {
  const after = decodeCursor(cursor);
  if (after === undefined) return undefined;
  if (!/^\d{1,9}$/.test(after))
    throw new ValidationError('The cursor is not one this list handed out.', [
      { field: 'cursor', message: 'unknown cursor' },
    ]);
  return Number(after);
}

function toShipment(row: ShipmentWithLines): Shipment {
  const milestones: Shipment['milestones'] = {};
  for (const milestone of SHIPMENT_MILESTONES) {
    const at = row[MILESTONE_COLUMN[milestone]];
    if (at) milestones[MILESTONE_COLUMN[milestone]] = at.toISOString();
  }
  return {
    id: shipmentId(row.number),
    orderId: salesOrderId(row.salesOrderNumber),
    warehouseId: row.warehouseId,
    carrier: row.carrier,
    trackingNumber: row.trackingNumber ?? undefined,
    lines: [...row.lines]
      .sort((a, b) => a.orderLineNumber - b.orderLineNumber)
      .map((line) => ({
        orderLineNumber: line.orderLineNumber,
        sku: line.sku,
        quantity: line.quantity,
        uom: line.uom,
      })),
    milestones,
  };
}

function assertCreateRequest(request: CreateShipmentRequest): void {
  const problems: { field: string; message: string }[] = [];
  if (!request.carrier?.trim()) problems.push({ field: 'carrier', message: 'required' });
  if (!request.lines?.length) problems.push({ field: 'lines', message: 'at least one line' });
  const seen = new Set<number>();
  (request.lines ?? []).forEach((line, index) => {
    if (!Number.isInteger(line.orderLineNumber) || line.orderLineNumber < 1)
      problems.push({ field: `lines.${index}.orderLineNumber`, message: 'a whole number from 1' });
    if (!Number.isInteger(line.quantity) || line.quantity < 1)
      problems.push({ field: `lines.${index}.quantity`, message: 'a whole number from 1' });
    if (seen.has(line.orderLineNumber))
      problems.push({ field: `lines.${index}.orderLineNumber`, message: 'an order line appears once per shipment' });
    seen.add(line.orderLineNumber);
  });
  if (problems.length) throw new ValidationError('The shipment request is not valid.', problems);
}

/**
 * Creates a shipment that claims part of an order. What a line may still claim is what was ordered
 * less what has shipped and less what other shipments, not shipped yet, already claim; the order
 * row lock makes two concurrent shipments take turns at counting. Once per `shipmentKey`: the same
 * key again answers the shipment made the first time, looked up under the order lock so a retry
 * racing the first call waits for it instead of counting its claim as someone else's.
 */
async function createShipment(db: ErpDatabase, request: CreateShipmentRequest, by: WriteActor): Promise<Shipment> {
  const orderId = request.salesOrderId;
  const orderNumber = orderNumberOf(orderId);
  if (orderNumber === undefined) throw new NotFoundError(`Sales order ${orderId} does not exist.`);
  assertCreateRequest(request);
  const warehouse = await db.warehouse.findUnique({ where: { id: request.warehouseId }, select: { id: true } });
  if (!warehouse) throw new NotFoundError(`Warehouse ${request.warehouseId} does not exist.`);
  const row = await db.$transaction(async (tx) => {
    const order = await lockSalesOrder(tx, orderNumber);
    if (!order) throw new NotFoundError(`Sales order ${orderId} does not exist.`);
    const earlier = request.shipmentKey
      ? await tx.shipment.findUnique({ where: { key: request.shipmentKey }, include: { lines: true } })
      : null;
    if (earlier) return sameOrderOrRefuse(earlier, orderNumber, 'shipment', request.shipmentKey!);
    if (order.status === 'cancelled')
      throw new ConflictError(
        'order-cancelled',
        'The order is cancelled',
        `Sales order ${orderId} is cancelled; nothing on it ships.`,
      );
    if (!SHIPPABLE_ORDER_STATUSES.has(order.status)) {
      throw new ConflictError(
        'order-not-shippable',
        'The order cannot ship',
        `Sales order ${orderId} is ${order.status.replace('_', ' ')}; only open or partially shipped orders ship.`,
      );
    }
    const orderLines = await tx.salesOrderLine.findMany({ where: { salesOrderNumber: orderNumber } });
    const pendingLines = await tx.shipmentLine.findMany({
      where: { shipment: { salesOrderNumber: orderNumber, shippedAt: null } },
      select: { orderLineNumber: true, quantity: true },
    });
    const lines = request.lines.map((line, index) => {
      const orderLine = orderLines.find((candidate) => candidate.lineNumber === line.orderLineNumber);
      if (!orderLine)
        throw new ValidationError(`Sales order ${orderId} has no line ${line.orderLineNumber}.`, [
          { field: `lines.${index}.orderLineNumber`, message: 'not a line of the order' },
        ]);
      const pending = pendingLines
        .filter((claim) => claim.orderLineNumber === line.orderLineNumber)
        .reduce((sum, claim) => sum + claim.quantity, 0);
      const open = orderLine.quantity - orderLine.shippedQuantity - pending;
      if (line.quantity > open) {
        throw new BusinessRuleError(
          'OVER_SHIPMENT',
          `Line ${orderLine.lineNumber} of ${orderId} has ${Math.max(open, 0)} ${orderLine.uom} left to ship (${orderLine.quantity} ordered, ${orderLine.shippedQuantity} shipped, ${pending} on shipments not shipped yet); ${line.quantity} asked.`,
        );
      }
      return { orderLineNumber: orderLine.lineNumber, sku: orderLine.sku, quantity: line.quantity, uom: orderLine.uom };
    });
    const created = await tx.shipment.create({
      data: {
        key: request.shipmentKey ?? null,
        salesOrderNumber: orderNumber,
        warehouseId: request.warehouseId,
        carrier: request.carrier.trim(),
        trackingNumber: request.trackingNumber ?? null,
        lines: { create: lines },
      },
      include: { lines: true },
    });
    await recordAudit(tx, 'shipment', shipmentId(created.number), 'create', by, {
      salesOrderId: orderId,
      warehouseId: request.warehouseId,
      lines,
    });
    return created;
  });
  return toShipment(row);
}

/** A document found by the caller's key, when it belongs to the same order; a key is one caller's, for one order. */
export function sameOrderOrRefuse<T extends { salesOrderNumber: number }>(
  earlier: T,
  orderNumber: number,
  what: 'shipment' | 'return',
  key: string,
): T {
  if (earlier.salesOrderNumber === orderNumber) return earlier;
  throw new ConflictError(
    `${what}-key-reused`,
    `The ${what} key was used for another order`,
    `The ${what} key ${key} was used for sales order ${salesOrderId(earlier.salesOrderNumber)}; a key names one ${what}.`,
  );
}

function parseInstant(text: string): Date {
  const at = new Date(text);
  if (Number.isNaN(at.getTime()))
    throw new ValidationError(`"${text}" is not a date-time.`, [{ field: 'at', message: 'an ISO 8601 date-time' }]);
  return at;
}

/**
 * Records a milestone. They come in order — picked, packed, shipped, delivered — each once; the same
 * milestone again with nothing new (a retry) answers the shipment as it is. At `shipped` the goods
 * leave the warehouse, in the same transaction as the milestone.
 */
async function recordMilestone(
  db: ErpDatabase,
  now: () => Date,
  id: string,
  request: ShipmentMilestoneRequest,
  by: WriteActor,
): Promise<Shipment> {
  const number = shipmentNumberOf(id);
  const found =
    number === undefined
      ? null
      : await db.shipment.findUnique({ where: { number }, select: { salesOrderNumber: true } });
  if (number === undefined || !found) throw new NotFoundError(`Shipment ${id} does not exist.`);
  const { milestone, trackingNumber } = request;
  if (!SHIPMENT_MILESTONES.includes(milestone))
    throw new ValidationError(`"${milestone}" is not a shipment milestone.`, [
      { field: 'milestone', message: SHIPMENT_MILESTONES.join(' | ') },
    ]);
  if (trackingNumber !== undefined && milestone !== 'shipped') {
    throw new ValidationError('A tracking number is recorded with the shipped milestone.', [
      { field: 'trackingNumber', message: 'only at shipped' },
    ]);
  }
  const at = request.at === undefined ? undefined : parseInstant(request.at);
  const column = MILESTONE_COLUMN[milestone];
  const row = await db.$transaction(async (tx) => {
    // The order lock, taken first, also serialises every writer of this shipment.
    const order = await lockSalesOrder(tx, found.salesOrderNumber);
    const shipment = await tx.shipment.findUniqueOrThrow({ where: { number }, include: { lines: true } });
    const recorded = shipment[column];
    if (recorded) {
      const sameAt = at === undefined || at.getTime() === recorded.getTime();
      const sameTracking = trackingNumber === undefined || trackingNumber === shipment.trackingNumber;
      if (sameAt && sameTracking) return shipment;
      throw new ConflictError(
        'milestone-recorded',
        'The milestone is recorded already',
        `Shipment ${id} was ${milestone} at ${recorded.toISOString()}${shipment.trackingNumber ? ` with tracking number ${shipment.trackingNumber}` : ''}; it is not recorded twice.`,
      );
    }
    const previous = SHIPMENT_MILESTONES[SHIPMENT_MILESTONES.indexOf(milestone) - 1];
    if (previous && !shipment[MILESTONE_COLUMN[previous]]) {
      throw new ConflictError(
        'milestone-out-of-order',
        'Milestones come in order',
        `Shipment ${id} has not been ${previous}; it cannot be ${milestone} yet.`,
      );
    }
    if (order?.status === 'cancelled')
      throw new ConflictError(
        'order-cancelled',
        'The order is cancelled',
        `Sales order ${salesOrderId(found.salesOrderNumber)} is cancelled; its shipment ${id} does not go on.`,
      );
    if (milestone === 'shipped') await shipGoods(tx, shipment, by);
    const updated = await tx.shipment.update({
      where: { number },
      data: { [column]: at ?? now(), ...(trackingNumber !== undefined ? { trackingNumber } : {}) },
      include: { lines: true },
    });
    await recordAudit(tx, 'shipment', id, milestone, by, {
      at: updated[column]!.toISOString(),
      ...(trackingNumber !== undefined ? { trackingNumber } : {}),
    });
    return updated;
  });
  return toShipment(row);
}

/**
 * The goods leave: per line, the base quantity comes off on hand, the line's holds in this
 * warehouse are used first (and allocated goes down by what they covered), the rest must be
 * available; the order line counts it as shipped, and the order becomes shipped or partially shipped.
 */
async function shipGoods(tx: Tx, shipment: ShipmentWithLines, by: WriteActor): Promise<void> {
  const reference = shipmentId(shipment.number);
  const orderNumber = shipment.salesOrderNumber;
  const orderLines = await tx.salesOrderLine.findMany({ where: { salesOrderNumber: orderNumber } });
  // Positions are locked in sku order, as every shipment does, so two shipments never deadlock on them.
  for (const line of [...shipment.lines].sort(
    (a, b) => a.sku.localeCompare(b.sku) || a.orderLineNumber - b.orderLineNumber,
  )) {
    const orderLine = orderLines.find((candidate) => candidate.lineNumber === line.orderLineNumber)!;
    // The order line's own conversion, fixed when it was ordered, not the item's units today.
    const baseQuantity = (line.quantity * orderLine.baseQuantity) / orderLine.quantity;
    const reserved = await consumeHolds(
      tx,
      orderNumber,
      line.orderLineNumber,
      shipment.warehouseId,
      baseQuantity,
      reference,
      by,
    );
    await moveStock(
      tx,
      {
        sku: line.sku,
        warehouseId: shipment.warehouseId,
        kind: 'shipment',
        onHandDelta: -baseQuantity,
        allocatedDelta: -reserved,
        reason: `shipped on ${reference}`,
        reference,
      },
      by,
    );
    const counted = await tx.$executeRaw`
      update "SalesOrderLine" set "shippedQuantity" = "shippedQuantity" + ${line.quantity}::int
       where "salesOrderNumber" = ${orderNumber} and "lineNumber" = ${line.orderLineNumber}
         and "shippedQuantity" + ${line.quantity}::int <= "quantity"`;
    // Creation already refused over-shipment under the same lock; this is the database saying so too.
    if (counted !== 1)
      throw new BusinessRuleError(
        'OVER_SHIPMENT',
        `Line ${line.orderLineNumber} of ${salesOrderId(orderNumber)} would ship more than was ordered.`,
      );
  }
  const after = await tx.salesOrderLine.findMany({ where: { salesOrderNumber: orderNumber } });
  for (const orderLine of after.filter((candidate) => candidate.shippedQuantity >= candidate.quantity)) {
    // A line shipped in full needs no more stock held, wherever the rest of its holds are.
    const leftovers = await tx.reservation.findMany({
      where: { salesOrderNumber: orderNumber, lineNumber: orderLine.lineNumber, status: 'active' },
    });
    for (const hold of leftovers)
      await releaseHeld(
        tx,
        hold.id,
        `line ${orderLine.lineNumber} of ${salesOrderId(orderNumber)} shipped in full`,
        by,
      );
  }
  const status = after.every((orderLine) => orderLine.shippedQuantity >= orderLine.quantity)
    ? 'shipped'
    : 'partially_shipped';
  await tx.salesOrder.update({ where: { number: orderNumber }, data: { status } });
  await recordAudit(
    tx,
    'sales-order',
    salesOrderId(orderNumber),
    status === 'shipped' ? 'ship' : 'ship-partially',
    by,
    { shipmentId: reference },
  );
}

/**
 * Uses the line's active holds in the warehouse, oldest first, for up to `needed` base units and
 * answers how many they covered. A hold used up becomes `consumed`. A hold used in part keeps its id
 * and holds the rest (its quantity goes down): splitting it into a consumed row and a new active row
 * would strand the rest under an id nobody knows, and the reservation API releases holds by id. What
 * was consumed is on the shipment's stock movement and in the hold's audit.
 */
async function consumeHolds(
  tx: Tx,
  orderNumber: number,
  lineNumber: number,
  warehouseId: string,
  needed: number,
  reference: string,
  by: WriteActor,
): Promise<number> {
  // Locked, so a release racing the shipment either went first (and we skip the hold) or waits and
  // then releases only what is left.
  const holds = await tx.$queryRaw<{ id: string; quantity: number }[]>`
    select "id", "quantity" from "Reservation"
     where "salesOrderNumber" = ${orderNumber} and "lineNumber" = ${lineNumber} and "warehouseId" = ${warehouseId} and "status" = 'active'
     order by "createdAt", "id" for update`;
  let covered = 0;
  for (const hold of holds) {
    const used = Math.min(hold.quantity, needed - covered);
    if (used <= 0) break;
    const usedUp = used === hold.quantity;
    await tx.reservation.update({
      where: { id: hold.id },
      data: usedUp ? { status: 'consumed' } : { quantity: hold.quantity - used },
    });
    await recordAudit(tx, 'reservation', hold.id, usedUp ? 'consume' : 'consume-part', by, {
      quantity: used,
      shipmentId: reference,
    });
    covered += used;
  }
  return covered;
}

async function getShipment(db: ErpDatabase, id: string): Promise<Shipment | undefined> {
  const number = shipmentNumberOf(id);
  if (number === undefined) return undefined;
  const row = await db.shipment.findUnique({ where: { number }, include: { lines: true } });
  return row ? toShipment(row) : undefined;
}

async function listShipments(db: ErpDatabase, filter: FulfilmentFilter): Promise<Page<Shipment>> {
  const take = pageSize(filter.limit);
  const after = cursorNumber(filter.cursor);
  const statusWhere = filter.status ? STATUS_WHERE[filter.status] : {};
  if (!statusWhere)
    throw new ValidationError(`"${filter.status}" is not a shipment status.`, [
      { field: 'status', message: Object.keys(STATUS_WHERE).join(' | ') },
    ]);
  const rows = await db.shipment.findMany({
    where: {
      ...statusWhere,
      ...(filter.salesOrderId ? { salesOrderNumber: orderNumberOf(filter.salesOrderId) ?? -1 } : {}),
      ...(filter.customerId ? { salesOrder: { customerId: filter.customerId } } : {}),
      ...(after !== undefined ? { number: { gt: after } } : {}),
    },
    orderBy: { number: 'asc' },
    take: take + 1,
    include: { lines: true },
  });
  return toPage(rows.map(toShipment), take, (shipment) => String(shipmentNumberOf(shipment.id)));
}

export function createReferenceShipments(db: ErpDatabase, options: FulfilmentOptions = {}): ShipmentPort {
  const now = options.now ?? (() => new Date());
  return {
    create: (request, by) => createShipment(db, request, by),
    get: (id) => getShipment(db, id),
    list: (filter) => listShipments(db, filter),
    recordMilestone: (id, request, by) => recordMilestone(db, now, id, request, by),
  };
}
