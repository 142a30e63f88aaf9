import { pageSize, toPage, type Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { CreateShipmentRequest } from '@crossdock/shared-contracts/contracts/api/system-shipments';
import {
  BusinessRuleError,
  ConflictError,
  NotFoundError,
  ValidationError,
} from '@crossdock/shared-contracts/contracts/errors/errors';
import type { Shipment } from '@crossdock/shared-contracts/contracts/model/shipment';
import type { ErpDatabase } from '../../database';
import type { Prisma } from '../../generated/prisma/client';
import type { WriteActor } from '../ports/common';
import type { FulfilmentFilter, ShipmentPort } from '../ports/fulfilment-ports';
import { recordAudit } from './audit';
import { orderNumberOf } from './sales-orders';
import { cursorNumber } from './document-numbers';
import { lockSalesOrder, sameOrderOrRefuse } from './sales-order-lock';
import { recordMilestone } from './shipment-milestones';
import { shipmentId, shipmentNumberOf, toShipment } from './shipment-records';

export interface FulfilmentOptions {
  /** The clock: when a milestone is recorded without `at`, when an invoice is dated. */
  now?: () => Date;
}

const SHIPPABLE_ORDER_STATUSES = new Set(['open', 'partially_shipped']);

/** A shipment's status for list filters: the last milestone it reached, `created` before any. */
const STATUS_WHERE: Record<string, Prisma.ShipmentWhereInput> = {
  created: { pickedAt: null },
  picked: { pickedAt: { not: null }, packedAt: null },
  packed: { packedAt: { not: null }, shippedAt: null },
  shipped: { shippedAt: { not: null }, deliveredAt: null },
  delivered: { deliveredAt: { not: null } },
};

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
