import { isUniqueViolation } from '@crossdock/shared-contracts/platform/database/unique-violation';
import {
  BusinessRuleError,
  ConflictError,
  NotFoundError,
  ValidationError,
} from '@crossdock/shared-contracts/contracts/errors/errors';
import { uomFactor, type Item } from '@crossdock/shared-contracts/contracts/model/item';
import { multiplyByQuantity, roundMoney, sumDecimals } from '@crossdock/shared-contracts/contracts/money/decimal';
import { decodeCheckedCursor, pageSize, toPage, type Page } from '@crossdock/shared-contracts/contracts/api/page';
import type {
  CreateErpSalesOrderRequest,
  ErpSalesOrder,
} from '@crossdock/shared-contracts/contracts/api/system-sales-orders';
import type { ErpDatabase } from '../../database';
import {
  Prisma,
  type Customer as CustomerRow,
  type Reservation as ReservationRow,
  type SalesOrder as OrderRow,
  type SalesOrderLine as LineRow,
} from '../../generated/prisma/client';
import type { CreatedSalesOrder, SalesOrderFilter } from '../ports/commercial-ports';
import type { WriteActor } from '../ports/common';
import { recordAudit } from './audit';
import { documentId, documentNumberOf } from './document-numbers';
import { toItem } from './items';
import { addressColumn } from './json-columns';

import { holdStock, releaseHeld } from './stock';

export const salesOrderId = (number: number) => documentId('SO', number);
export const orderNumberOf = (id: string) => documentNumberOf('SO', id);

export const ORDER_INCLUDE = { lines: true } as const;

type OrderWithLines = OrderRow & { lines: LineRow[] };

export function toSalesOrder(row: OrderWithLines, reservations: ReservationRow[]): ErpSalesOrder {
  return {
    id: salesOrderId(row.number),
    orderKey: row.orderKey,
    customerId: row.customerId,
    purchaseOrderNumber: row.purchaseOrderNumber ?? undefined,
    status: row.status,
    currency: row.currency,
    shipTo: addressColumn.read(row.shipTo),
    lines: row.lines
      .sort((a, b) => a.lineNumber - b.lineNumber)
      .map((line) => ({
        lineNumber: line.lineNumber,
        sku: line.sku,
        quantity: line.quantity,
        uom: line.uom,
        baseQuantity: line.baseQuantity,
        unitPrice: line.unitPrice.toFixed(4),
        lineTotal: line.lineTotal.toFixed(2),
        priceRule: line.priceRule,
        reservations: reservations
          .filter((reservation) => reservation.lineNumber === line.lineNumber && reservation.status === 'active')
          .map((reservation) => ({ warehouseId: reservation.warehouseId, quantity: reservation.quantity })),
        shippedQuantity: line.shippedQuantity,
      })),
    subtotal: row.subtotal.toFixed(2),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Reservations in the order they were made; those made together (one batch), by id. */
export const byCreation = (a: Pick<ReservationRow, 'createdAt' | 'id'>, b: Pick<ReservationRow, 'createdAt' | 'id'>) =>
  a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Reads orders with their active reservations, in one more query for the whole page. */
export async function withReservations(
  db: Pick<ErpDatabase, 'reservation'>,
  rows: OrderWithLines[],
): Promise<ErpSalesOrder[]> {
  const reservations = rows.length
    ? (
        await db.reservation.findMany({
          where: { salesOrderNumber: { in: rows.map((row) => row.number) }, status: 'active' },
        })
      ).sort(byCreation)
    : [];
  return rows.map((row) =>
    toSalesOrder(
      row,
      reservations.filter((reservation) => reservation.salesOrderNumber === row.number),
    ),
  );
}

export async function getSalesOrder(db: ErpDatabase, id: string): Promise<ErpSalesOrder | undefined> {
  const number = orderNumberOf(id);
  if (number === undefined) return undefined;
  const row = await db.salesOrder.findUnique({ where: { number }, include: ORDER_INCLUDE });
  return row ? (await withReservations(db, [row]))[0] : undefined;
}

export async function listSalesOrders(db: ErpDatabase, filter: SalesOrderFilter): Promise<Page<ErpSalesOrder>> {
  const take = pageSize(filter.limit);
  const after = decodeCheckedCursor(filter.cursor, (decoded) => /^\d{1,9}$/.test(decoded));
  const rows = await db.salesOrder.findMany({
    where: {
      ...(filter.customerId ? { customerId: filter.customerId } : {}),
      ...(filter.orderKey ? { orderKey: filter.orderKey } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.updatedSince ? { updatedAt: { gte: filter.updatedSince } } : {}),
      ...(after ? { number: { gt: Number(after) } } : {}),
    },
    orderBy: { number: 'asc' },
    take: take + 1,
    include: ORDER_INCLUDE,
  });
  return toPage(await withReservations(db, rows), take, (order) => String(orderNumberOf(order.id)));
}

/**
 * Creates a sales order once per order key: a second call with the same key, also a concurrent
 * one, answers the first order. The unique key in the database decides, not a look-up.
 */
export async function createSalesOrder(
  db: ErpDatabase,
  request: CreateErpSalesOrderRequest,
  by: WriteActor,
): Promise<CreatedSalesOrder> {
  const existing = await findByKey(db, request.orderKey);
  if (existing) return { order: existing, created: false };
  const data = await buildOrder(db, request, by);
  try {
    const row = await db.$transaction(async (tx) => {
      const created = await tx.salesOrder.create({ data, include: ORDER_INCLUDE });
      const id = salesOrderId(created.number);
      for (const line of request.lines) {
        for (const hold of line.reservations ?? []) {
          await holdStock(
            tx,
            {
              sku: line.sku,
              warehouseId: hold.warehouseId,
              quantity: hold.quantity,
              reference: id,
              salesOrderNumber: created.number,
              lineNumber: line.lineNumber,
            },
            by,
          );
        }
        if (line.reservationIds?.length)
          await adoptReservations(tx, line.reservationIds, line.sku, created.number, line.lineNumber, id);
      }
      await recordAudit(tx, 'sales-order', id, 'create', by, { orderKey: request.orderKey });
      return created;
    });
    return { order: (await withReservations(db, [row]))[0]!, created: true };
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await findByKey(db, request.orderKey);
      if (winner) return { order: winner, created: false };
    }
    throw error;
  }
}

async function findByKey(db: ErpDatabase, orderKey: string): Promise<ErpSalesOrder | undefined> {
  const row = await db.salesOrder.findUnique({ where: { orderKey }, include: ORDER_INCLUDE });
  return row ? (await withReservations(db, [row]))[0] : undefined;
}

async function buildOrder(
  db: ErpDatabase,
  request: CreateErpSalesOrderRequest,
  by: WriteActor,
): Promise<Prisma.SalesOrderCreateInput> {
  const customer = await db.customer.findUnique({ where: { id: request.customerId } });
  const itemRows = await db.item.findMany({
    where: { sku: { in: request.lines.map((line) => line.sku) } },
    include: { uoms: true },
  });
  return orderFrom(request, customer, new Map(itemRows.map((row) => [row.sku, toItem(row)])), by);
}

/** The order to store for a request, or the business refusal: unknown or blocked customer, unknown item or unit. */
export function orderFrom(
  request: CreateErpSalesOrderRequest,
  customer: CustomerRow | null | undefined,
  items: ReadonlyMap<string, Item>,
  by: WriteActor,
): Prisma.SalesOrderCreateInput {
  if (!customer)
    throw new BusinessRuleError('UNKNOWN_CUSTOMER', `Customer ${request.customerId} is not known to the ERP.`);
  if (customer.status !== 'active')
    throw new BusinessRuleError('CUSTOMER_ON_HOLD', `Customer ${customer.id} is ${customer.status} and cannot order.`);
  const lines = request.lines.map((line) => {
    const item = items.get(line.sku);
    if (!item) throw new BusinessRuleError('UNKNOWN_ITEM', `Item ${line.sku} is not known to the ERP.`);
    const factor = uomFactor(item, line.uom);
    if (factor === undefined)
      throw new BusinessRuleError('UOM_NOT_CONVERTIBLE', `Item ${line.sku} is not sold in ${line.uom}.`);
    const lineTotal = roundMoney(multiplyByQuantity(line.unitPrice, line.quantity));
    const reserved = (line.reservations ?? []).reduce((sum, hold) => sum + hold.quantity, 0);
    if (reserved > line.quantity * factor) {
      throw new ValidationError(
        `Line ${line.lineNumber} reserves ${reserved} ${item.baseUom} but orders only ${line.quantity * factor}.`,
        [{ field: `lines.${line.lineNumber}.reservations`, message: 'more than the line orders' }],
      );
    }
    return {
      lineNumber: line.lineNumber,
      sku: line.sku,
      quantity: line.quantity,
      uom: line.uom,
      baseQuantity: line.quantity * factor,
      unitPrice: line.unitPrice,
      lineTotal,
      priceRule: line.priceRule,
    };
  });
  return {
    orderKey: request.orderKey,
    customer: { connect: { id: customer.id } },
    purchaseOrderNumber: request.purchaseOrderNumber ?? null,
    currency: customer.currency,
    shipTo: addressColumn.write(request.shipTo),
    subtotal: roundMoney(sumDecimals(lines.map((line) => line.lineTotal))),
    createdBy: by.actor,
    correlationId: by.correlationId,
    lines: { create: lines },
  };
}

/**
 * Moves reservations held beforehand onto an order line. All of them must still be held, for the
 * line's item: a reservation released in between means the stock may be gone, so the order is
 * refused and its caller plans again.
 */
async function adoptReservations(
  tx: Prisma.TransactionClient,
  ids: string[],
  sku: string,
  orderNumber: number,
  lineNumber: number,
  orderId: string,
): Promise<void> {
  const adopted = await tx.reservation.updateMany({
    where: { id: { in: ids }, sku, status: 'active', salesOrderNumber: null },
    data: { salesOrderNumber: orderNumber, lineNumber, reference: orderId },
  });
  if (adopted.count !== new Set(ids).size) {
    throw new BusinessRuleError(
      'INSUFFICIENT_STOCK',
      `Some reservations for ${sku} on line ${lineNumber} are no longer held; plan the order again.`,
    );
  }
}

/**
 * Cancels an order that has not shipped and gives its held stock back, in one transaction.
 * Cancelling a cancelled order answers it as it is.
 */
export async function cancelSalesOrder(
  db: ErpDatabase,
  id: string,
  reason: string,
  by: WriteActor,
): Promise<ErpSalesOrder> {
  const number = orderNumberOf(id);
  if (number === undefined) throw new NotFoundError(`Sales order ${id} does not exist.`);
  await db.$transaction(async (tx) => {
    // Lock the order row: a shipment being created for it waits, or sees it cancelled.
    const [locked] = await tx.$queryRaw<
      { status: string }[]
    >`select "status" from "SalesOrder" where "number" = ${number} for update`;
    if (!locked) throw new NotFoundError(`Sales order ${id} does not exist.`);
    if (locked.status === 'cancelled') return;
    if (locked.status !== 'open')
      throw new ConflictError(
        'order-not-cancellable',
        'The order cannot be cancelled',
        `Sales order ${id} is ${locked.status.replace('_', ' ')}; only open orders can be cancelled.`,
      );
    const shipped = await tx.shipment.count({ where: { salesOrderNumber: number, shippedAt: { not: null } } });
    if (shipped > 0)
      throw new ConflictError(
        'order-not-cancellable',
        'The order cannot be cancelled',
        `Sales order ${id} has shipped goods; return them instead.`,
      );
    const holds = await tx.reservation.findMany({ where: { salesOrderNumber: number, status: 'active' } });
    for (const hold of holds) await releaseHeld(tx, hold.id, `order ${id} cancelled`, by);
    await tx.salesOrder.update({ where: { number }, data: { status: 'cancelled', cancelReason: reason } });
    await recordAudit(tx, 'sales-order', id, 'cancel', by, { reason });
  });
  return (await getSalesOrder(db, id))!;
}
