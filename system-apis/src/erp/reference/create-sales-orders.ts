import { BusinessRuleError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { isUniqueViolation } from '@crossdock/shared-contracts/platform/database/unique-violation';
import type {
  CreateErpSalesOrderRequest,
  ErpSalesOrder,
} from '@crossdock/shared-contracts/contracts/api/system-sales-orders';
import type { ErpDatabase } from '../../database';
import { Prisma, type Reservation as ReservationRow } from '../../generated/prisma/client';
import type { CreatedSalesOrder } from '../ports/commercial-ports';
import type { BatchWrite, ItemOutcome } from '../ports/common';
import { toItem } from './items';
import {
  byCreation,
  createSalesOrder,
  ORDER_INCLUDE,
  orderFrom,
  salesOrderId,
  toSalesOrder,
  withReservations,
} from './sales-orders';

interface NewOrder {
  index: number;
  item: BatchWrite<CreateErpSalesOrderRequest>;
  data: Prisma.SalesOrderCreateInput;
}

/**
 * Many sales orders in one transaction, each created or refused as a single create would: once per
 * order key, checked against the customer and the items, its reservations (which must all still be
 * held for its lines) moved onto it. A few statements serve the whole batch. Orders that also
 * reserve stock as they are created, and any batch that races another over an order key, take the
 * single path, order by order.
 */
export async function createSalesOrders(
  db: ErpDatabase,
  items: readonly BatchWrite<CreateErpSalesOrderRequest>[],
): Promise<ItemOutcome<CreatedSalesOrder>[]> {
  const holdsStock = (item: BatchWrite<CreateErpSalesOrderRequest>) =>
    item.request.lines.some((line) => (line.reservations ?? []).length > 0);
  const one = (item: BatchWrite<CreateErpSalesOrderRequest>) =>
    createSalesOrder(db, item.request, item.by).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
  if (items.some(holdsStock)) return Promise.all(items.map(one));
  try {
    return await db.$transaction((tx) => createInOneGo(tx, items));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const outcomes: ItemOutcome<CreatedSalesOrder>[] = [];
    for (const item of items) outcomes.push(await one(item));
    return outcomes;
  }
}

async function createInOneGo(
  tx: Prisma.TransactionClient,
  items: readonly BatchWrite<CreateErpSalesOrderRequest>[],
): Promise<ItemOutcome<CreatedSalesOrder>[]> {
  const outcomes: ItemOutcome<CreatedSalesOrder>[] = new Array(items.length);
  const existing = await ordersByKey(tx, { orderKey: { in: items.map(({ request }) => request.orderKey) } });
  const [customers, itemRows] = await Promise.all([
    tx.customer.findMany({ where: { id: { in: [...new Set(items.map(({ request }) => request.customerId))] } } }),
    tx.item.findMany({
      where: { sku: { in: [...new Set(items.flatMap(({ request }) => request.lines.map((line) => line.sku)))] } },
      include: { uoms: true },
    }),
  ]);
  const customerById = new Map(customers.map((row) => [row.id, row]));
  const itemBySku = new Map(itemRows.map((row) => [row.sku, toItem(row)]));
  const fresh: NewOrder[] = [];
  const firstWithKey = new Map<string, number>();
  items.forEach((item, index) => {
    const known = existing.get(item.request.orderKey);
    if (known) return void (outcomes[index] = { value: { order: known, created: false } });
    if (firstWithKey.has(item.request.orderKey)) return; // answered below with the first of its key
    firstWithKey.set(item.request.orderKey, index);
    try {
      fresh.push({
        index,
        item,
        data: orderFrom(item.request, customerById.get(item.request.customerId), itemBySku, item.by),
      });
    } catch (error) {
      outcomes[index] = { error };
    }
  });
  const { adoptable, taken } = await refuseUnheldReservations(tx, fresh, outcomes);
  const created = await insertOrders(tx, adoptable, taken);
  for (const order of adoptable)
    outcomes[order.index] = { value: { order: created.get(order.item.request.orderKey)!, created: true } };
  items.forEach((item, index) => {
    if (outcomes[index]) return;
    const first = outcomes[firstWithKey.get(item.request.orderKey)!]!;
    outcomes[index] = first.error !== undefined ? first : { value: { order: first.value!.order, created: false } };
  });
  return outcomes;
}

async function ordersByKey(
  tx: Prisma.TransactionClient,
  where: Prisma.SalesOrderWhereInput,
): Promise<Map<string, ErpSalesOrder>> {
  const rows = await tx.salesOrder.findMany({ where, include: ORDER_INCLUDE });
  return new Map((await withReservations(tx, rows)).map((order) => [order.orderKey, order]));
}

/**
 * Every reservation an order names must still be held, for its line's item, by nobody else. An
 * order whose reservations are not (released meanwhile, taken by another order) is refused: its
 * caller plans again. The rows stay locked until the orders that take them are written. Answers
 * the orders that may go ahead, and the reservations they take.
 */
async function refuseUnheldReservations(
  tx: Prisma.TransactionClient,
  fresh: NewOrder[],
  outcomes: ItemOutcome<CreatedSalesOrder>[],
): Promise<{ adoptable: NewOrder[]; taken: Map<string, HeldReservation> }> {
  const ids = fresh.flatMap(({ item }) => item.request.lines.flatMap((line) => line.reservationIds ?? []));
  const rows = ids.length
    ? await tx.$queryRaw<
        (HeldReservation & { id: string; status: string; salesOrderNumber: number | null })[]
      >`select "id", "sku", "warehouseId", "quantity", "createdAt", "status", "salesOrderNumber" from "Reservation" where "id" = any(${ids}::text[]) order by "id" for update`
    : [];
  const held = new Map(
    rows
      .filter((row) => row.status === 'active' && row.salesOrderNumber === null)
      .map((row) => [
        row.id,
        { sku: row.sku, warehouseId: row.warehouseId, quantity: row.quantity, createdAt: row.createdAt },
      ]),
  );
  const taken = new Map<string, HeldReservation>();
  const adoptable = fresh.filter(({ index, item }) => {
    // An id named twice (on two lines, or twice on one) is taken once: the second naming is short.
    const mine = new Map<string, HeldReservation>();
    for (const line of item.request.lines) {
      for (const id of line.reservationIds ?? []) {
        const reservation = held.get(id);
        if (reservation?.sku !== line.sku || mine.has(id)) {
          outcomes[index] = {
            error: new BusinessRuleError(
              'INSUFFICIENT_STOCK',
              `Some reservations for ${line.sku} on line ${line.lineNumber} are no longer held; plan the order again.`,
            ),
          };
          return false;
        }
        mine.set(id, reservation);
      }
    }
    for (const [id, reservation] of mine) {
      held.delete(id);
      taken.set(id, reservation);
    }
    return true;
  });
  return { adoptable, taken };
}

interface HeldReservation {
  sku: string;
  warehouseId: string;
  quantity: number;
  createdAt: Date;
}

/**
 * Writes the orders, their lines, the reservations they take over and their audit rows: a statement
 * each. Answers the orders as written, without reading them back.
 */
async function insertOrders(
  tx: Prisma.TransactionClient,
  orders: NewOrder[],
  taken: ReadonlyMap<string, HeldReservation>,
): Promise<Map<string, ErpSalesOrder>> {
  if (orders.length === 0) return new Map();
  const now = new Date();
  const heads = orders.map(({ data }) => ({
    orderKey: data.orderKey,
    customerId: data.customer!.connect!.id,
    purchaseOrderNumber: data.purchaseOrderNumber,
    currency: data.currency,
    shipTo: data.shipTo,
    subtotal: data.subtotal,
    createdBy: data.createdBy,
    correlationId: data.correlationId,
  }));
  const numbers = await tx.$queryRaw<{ number: number; orderKey: string }[]>`
    insert into "SalesOrder" ("orderKey", "customerId", "purchaseOrderNumber", "status", "currency", "shipTo", "subtotal", "createdAt", "updatedAt", "createdBy", "correlationId")
    select v."orderKey", v."customerId", v."purchaseOrderNumber", 'open', v."currency", v."shipTo", v."subtotal", ${now}::timestamp, ${now}::timestamp, v."createdBy", v."correlationId"
      from jsonb_to_recordset(${JSON.stringify(heads)}::jsonb)
        as v("orderKey" text, "customerId" text, "purchaseOrderNumber" text, "currency" text, "shipTo" jsonb, "subtotal" numeric, "createdBy" text, "correlationId" text)
    returning "number", "orderKey"`;
  const numberOf = new Map(numbers.map((row) => [row.orderKey, row.number]));
  const lines = orders.flatMap(({ data }) =>
    (data.lines!.create as Prisma.SalesOrderLineCreateWithoutSalesOrderInput[]).map((line) => ({
      ...line,
      salesOrderNumber: numberOf.get(data.orderKey)!,
    })),
  );
  await tx.$executeRaw`
    insert into "SalesOrderLine" ("salesOrderNumber", "lineNumber", "sku", "quantity", "uom", "baseQuantity", "unitPrice", "lineTotal", "priceRule")
    select v."salesOrderNumber", v."lineNumber", v."sku", v."quantity", v."uom", v."baseQuantity", v."unitPrice", v."lineTotal", v."priceRule"
      from jsonb_to_recordset(${JSON.stringify(lines)}::jsonb)
        as v("salesOrderNumber" int, "lineNumber" int, "sku" text, "quantity" int, "uom" text, "baseQuantity" int, "unitPrice" numeric, "lineTotal" numeric, "priceRule" text)`;
  const adopted = orders.flatMap(({ item }) => {
    const number = numberOf.get(item.request.orderKey)!;
    return item.request.lines.flatMap((line) =>
      (line.reservationIds ?? []).map((id) => ({
        id,
        number,
        lineNumber: line.lineNumber,
        reference: salesOrderId(number),
      })),
    );
  });
  if (adopted.length > 0) {
    await tx.$executeRaw`
      update "Reservation" as r set "salesOrderNumber" = v."number", "lineNumber" = v."lineNumber", "reference" = v."reference", "updatedAt" = ${now}::timestamp
        from jsonb_to_recordset(${JSON.stringify(adopted)}::jsonb) as v("id" text, "number" int, "lineNumber" int, "reference" text)
       where r."id" = v."id"`;
  }
  const audits = orders.map(({ item }) => ({
    entityId: salesOrderId(numberOf.get(item.request.orderKey)!),
    actor: item.by.actor,
    correlationId: item.by.correlationId,
    orderKey: item.request.orderKey,
  }));
  await tx.$executeRaw`
    insert into "ErpAudit" ("entity", "entityId", "action", "actor", "correlationId", "at", "data")
    select 'sales-order', v."entityId", 'create', v."actor", v."correlationId", ${now}::timestamp, jsonb_build_object('orderKey', v."orderKey")
      from jsonb_to_recordset(${JSON.stringify(audits)}::jsonb) as v("entityId" text, "actor" text, "correlationId" text, "orderKey" text)`;
  return new Map(
    orders.map(({ item, data }) => [
      item.request.orderKey,
      writtenOrder(item.request, data, numberOf.get(data.orderKey)!, taken, now),
    ]),
  );
}

/** The order as insertOrders wrote it, shaped as a read answers it. */
function writtenOrder(
  request: CreateErpSalesOrderRequest,
  data: Prisma.SalesOrderCreateInput,
  number: number,
  taken: ReadonlyMap<string, HeldReservation>,
  now: Date,
): ErpSalesOrder {
  const lines = (data.lines!.create as Prisma.SalesOrderLineCreateWithoutSalesOrderInput[]).map((line) => ({
    ...line,
    salesOrderNumber: number,
    unitPrice: new Prisma.Decimal(String(line.unitPrice)),
    lineTotal: new Prisma.Decimal(String(line.lineTotal)),
    shippedQuantity: 0,
  }));
  const row = {
    number,
    orderKey: data.orderKey,
    customerId: request.customerId,
    purchaseOrderNumber: data.purchaseOrderNumber ?? null,
    status: 'open',
    currency: data.currency,
    shipTo: data.shipTo as Prisma.JsonValue,
    subtotal: new Prisma.Decimal(String(data.subtotal)),
    cancelReason: null,
    createdAt: now,
    updatedAt: now,
    createdBy: data.createdBy,
    correlationId: data.correlationId,
    lines,
  };
  const reservations = request.lines
    .flatMap((line) =>
      (line.reservationIds ?? []).map(
        (id) =>
          ({
            ...taken.get(id)!,
            id,
            lineNumber: line.lineNumber,
            status: 'active',
            salesOrderNumber: number,
          }) as unknown as ReservationRow,
      ),
    )
    .sort(byCreation);
  return toSalesOrder(row, reservations);
}
