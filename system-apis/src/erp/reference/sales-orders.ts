import { BusinessRuleError } from '@crossdock/shared-contracts/errors/errors';
import { uomFactor } from '@crossdock/shared-contracts/model/item';
import { multiplyByQuantity, roundMoney, sumDecimals } from '@crossdock/shared-contracts/money/decimal';
import { decodeCursor, pageSize, type Page } from '@crossdock/shared-contracts/contracts/page';
import type { CreateErpSalesOrderRequest, ErpSalesOrder } from '@crossdock/shared-contracts/contracts/system-sales-orders';
import type { ErpDatabase } from '../../database';
import { Prisma, type SalesOrder as OrderRow, type SalesOrderLine as LineRow } from '../../generated/prisma/client';
import type { CreatedSalesOrder, PageRequest, WriteActor } from '../erp-adapter';
import { toPage } from './customers';
import { toItem } from './items';

const ORDER_NUMBER_PREFIX = 'SO-';

export function salesOrderId(number: number): string {
  return `${ORDER_NUMBER_PREFIX}${String(number).padStart(6, '0')}`;
}

function orderNumberOf(id: string): number | undefined {
  const match = /^SO-(\d{1,9})$/.exec(id);
  return match ? Number(match[1]) : undefined;
}

function toSalesOrder(row: OrderRow & { lines: LineRow[] }): ErpSalesOrder {
  return {
    id: salesOrderId(row.number),
    orderKey: row.orderKey,
    customerId: row.customerId,
    purchaseOrderNumber: row.purchaseOrderNumber ?? undefined,
    status: row.status,
    currency: row.currency,
    shipTo: row.shipTo as unknown as ErpSalesOrder['shipTo'],
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
      })),
    subtotal: row.subtotal.toFixed(2),
    createdAt: row.createdAt.toISOString(),
  };
}

export async function getSalesOrder(db: ErpDatabase, id: string): Promise<ErpSalesOrder | undefined> {
  const number = orderNumberOf(id);
  if (number === undefined) return undefined;
  const row = await db.salesOrder.findUnique({ where: { number }, include: { lines: true } });
  return row ? toSalesOrder(row) : undefined;
}

export async function listSalesOrders(db: ErpDatabase, filter: { customerId?: string } & PageRequest): Promise<Page<ErpSalesOrder>> {
  const take = pageSize(filter.limit);
  const after = decodeCursor(filter.cursor);
  const rows = await db.salesOrder.findMany({
    where: { ...(filter.customerId ? { customerId: filter.customerId } : {}), ...(after ? { number: { gt: Number(after) } } : {}) },
    orderBy: { number: 'asc' },
    take: take + 1,
    include: { lines: true },
  });
  return toPage(rows.map(toSalesOrder), take, (order) => String(orderNumberOf(order.id)));
}

/**
 * Creates a sales order once per order key: a second call with the same key, also a concurrent
 * one, answers the first order. The unique key in the database decides, not a look-up.
 */
export async function createSalesOrder(db: ErpDatabase, request: CreateErpSalesOrderRequest, by: WriteActor): Promise<CreatedSalesOrder> {
  const existing = await findByKey(db, request.orderKey);
  if (existing) return { order: existing, created: false };
  const data = await buildOrder(db, request, by);
  try {
    const row = await db.$transaction(async (tx) => {
      const created = await tx.salesOrder.create({ data, include: { lines: true } });
      await tx.erpAudit.create({
        data: { entity: 'sales-order', entityId: salesOrderId(created.number), action: 'create', actor: by.actor, correlationId: by.correlationId, data: { orderKey: request.orderKey } },
      });
      return created;
    });
    return { order: toSalesOrder(row), created: true };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const winner = await findByKey(db, request.orderKey);
      if (winner) return { order: winner, created: false };
    }
    throw error;
  }
}

async function findByKey(db: ErpDatabase, orderKey: string): Promise<ErpSalesOrder | undefined> {
  const row = await db.salesOrder.findUnique({ where: { orderKey }, include: { lines: true } });
  return row ? toSalesOrder(row) : undefined;
}

async function buildOrder(db: ErpDatabase, request: CreateErpSalesOrderRequest, by: WriteActor): Promise<Prisma.SalesOrderCreateInput> {
  const customer = await db.customer.findUnique({ where: { id: request.customerId } });
  if (!customer) throw new BusinessRuleError('UNKNOWN_CUSTOMER', `Customer ${request.customerId} is not known to the ERP.`);
  if (customer.status !== 'active') throw new BusinessRuleError('CUSTOMER_ON_HOLD', `Customer ${customer.id} is ${customer.status} and cannot order.`);
  const itemRows = await db.item.findMany({ where: { sku: { in: request.lines.map((line) => line.sku) } }, include: { uoms: true } });
  const items = new Map(itemRows.map((row) => [row.sku, toItem(row)]));
  const lines = request.lines.map((line) => {
    const item = items.get(line.sku);
    if (!item) throw new BusinessRuleError('UNKNOWN_ITEM', `Item ${line.sku} is not known to the ERP.`);
    const factor = uomFactor(item, line.uom);
    if (factor === undefined) throw new BusinessRuleError('UOM_NOT_CONVERTIBLE', `Item ${line.sku} is not sold in ${line.uom}.`);
    const lineTotal = roundMoney(multiplyByQuantity(line.unitPrice, line.quantity));
    return { lineNumber: line.lineNumber, sku: line.sku, quantity: line.quantity, uom: line.uom, baseQuantity: line.quantity * factor, unitPrice: line.unitPrice, lineTotal, priceRule: line.priceRule };
  });
  return {
    orderKey: request.orderKey,
    customer: { connect: { id: customer.id } },
    purchaseOrderNumber: request.purchaseOrderNumber ?? null,
    currency: customer.currency,
    shipTo: request.shipTo as unknown as Prisma.InputJsonValue,
    subtotal: roundMoney(sumDecimals(lines.map((line) => line.lineTotal))),
    createdBy: by.actor,
    correlationId: by.correlationId,
    lines: { create: lines },
  };
}
