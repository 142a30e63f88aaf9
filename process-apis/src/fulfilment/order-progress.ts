import { z } from 'zod';
import type { ProcessOrderLine } from '@crossdock/shared-contracts/contracts/api/process-orders';
import { jsonColumn } from '@crossdock/shared-contracts/platform/database/json-column';
import { ConflictError, NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { Order, OrderShipment, Prisma } from '../generated/prisma/client';
import { orderColumns } from '../orders/order-columns';
import type { FulfilmentPlan } from '../pipeline/planning/plan-fulfilment';
import { recordStep } from '../timeline/record-step';
import { writeEvents, type EventToWrite } from './order-events';

type Tx = Prisma.TransactionClient;

const shippedLineSchema = z.object({ lineNumber: z.number().int(), sku: z.string(), quantity: z.number() });

/** A shipment line as kept: the order line, its SKU, and the quantity in the order line's unit. */
export type ShippedLineRecord = z.infer<typeof shippedLineSchema>;

/** The lines of a shipment (`OrderShipment.lines`), and of a return of them (`OrderReturn.lines`). */
export const shippedLinesColumn = jsonColumn('shipped lines', z.array(shippedLineSchema));

/** The order, locked for the rest of the transaction: shipments, invoices and returns of one order take turns. */
export async function lockOrder(tx: Tx, orderId: string): Promise<Order> {
  await tx.$queryRaw`select 1 from "Order" where "id" = ${orderId} for update`;
  const order = await tx.order.findUnique({ where: { id: orderId } });
  if (!order) throw new NotFoundError(`No order ${orderId}.`);
  return order;
}

export const planOf = (order: Order): FulfilmentPlan => {
  const plan = orderColumns.plan.read(order.plan);
  if (!plan || !order.erpOrderId)
    throw new ConflictError(
      'order-not-submitted',
      'The order is not in the ERP yet',
      `Order ${order.id} is ${order.status}; it has no ERP order to ship, invoice or return from.`,
    );
  return plan;
};

export const pricedLinesOf = (order: Order): ProcessOrderLine[] =>
  orderColumns.pricedLines.read(order.pricedLines) ?? [];

/** Base units per unit of each order line (the plan is in base units, shipments in the line's unit). */
export function baseFactors(order: Order): Map<number, number> {
  const plan = planOf(order);
  return new Map(
    pricedLinesOf(order).map((line) => [
      line.lineNumber,
      (plan.lines.find((planned) => planned.lineNumber === line.lineNumber)?.baseQuantity ?? line.quantity) /
        line.quantity,
    ]),
  );
}

/** Quantity per order line (in the line's unit) over the shipments given. */
export function quantityByLine(shipments: readonly Pick<OrderShipment, 'lines'>[]): Map<number, number> {
  const total = new Map<number, number>();
  for (const shipment of shipments)
    for (const line of shippedLinesColumn.read(shipment.lines))
      total.set(line.lineNumber, (total.get(line.lineNumber) ?? 0) + line.quantity);
  return total;
}

/**
 * Moves the order to PARTIALLY_SHIPPED, SHIPPED, INVOICED or CLOSED as its shipments and invoices
 * now say, with an event and a timeline entry for each step it takes. Never moves it back.
 */
export async function advanceOrder(tx: Tx, order: Order, actor: string): Promise<Order> {
  const shipments = await tx.orderShipment.findMany({ where: { orderId: order.id } });
  const shipped = shipments.filter((shipment) => shipment.shippedAt);
  const shippedQuantities = quantityByLine(shipped);
  // A line that ships nothing (a download) never waits for a shipment.
  const lines = pricedLinesOf(order).filter((line) => !line.shipsNothing);
  const allShipped =
    lines.length > 0 && lines.every((line) => (shippedQuantities.get(line.lineNumber) ?? 0) >= line.quantity);
  const steps: { status: string; change: string; detail: string }[] = [];
  const rank = (status: string) => ['SUBMITTED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'INVOICED', 'CLOSED'].indexOf(status);
  let status = order.status;
  const moveTo = (next: string, change: string, detail: string) => {
    if (rank(next) > rank(status)) {
      steps.push({ status: next, change, detail });
      status = next;
    }
  };
  if (shipped.length > 0)
    moveTo(
      allShipped ? 'SHIPPED' : 'PARTIALLY_SHIPPED',
      allShipped ? 'shipped' : 'partially_shipped',
      `${shipped.length} shipment(s) shipped`,
    );
  if (status === 'SHIPPED' && shipped.every((shipment) => shipment.invoiceId))
    moveTo('INVOICED', 'invoiced', `invoices ${shipped.map((shipment) => shipment.invoiceId).join(', ')}`);
  if (status === 'INVOICED' && shipped.every((shipment) => shipment.deliveredAt))
    moveTo('CLOSED', 'closed', 'every shipment delivered and invoiced');
  if (steps.length === 0) return order;
  const updated = await tx.order.update({ where: { id: order.id }, data: { status, version: { increment: 1 } } });
  const events: EventToWrite[] = [];
  for (const step of steps) {
    await recordStep(tx, { orderId: order.id, step: step.change, outcome: 'succeeded', detail: step.detail, actor });
    events.push({
      entity: 'order',
      change: step.change,
      subject: order.id,
      data: { orderId: order.id, customerId: order.customerId, status: step.status, erpOrderId: order.erpOrderId },
    });
  }
  await writeEvents(tx, events, order);
  return updated;
}
