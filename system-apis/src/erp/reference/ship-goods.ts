/** The goods leave the warehouse: stock, holds, the order's shipped quantities and its status, in one transaction. */
import { BusinessRuleError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { Prisma } from '../../generated/prisma/client';
import type { WriteActor } from '../ports/common';
import { recordAudit } from './audit';
import { salesOrderId } from './sales-orders';
import { moveStock, releaseHeld } from './stock';
import { shipmentId, type ShipmentWithLines } from './shipment-records';

type Tx = Prisma.TransactionClient;

/**
 * The goods leave: per line, the base quantity comes off on hand, the line's holds in this
 * warehouse are used first (and allocated goes down by what they covered), the rest must be
 * available; the order line counts it as shipped, and the order becomes shipped or partially shipped.
 */
export async function shipGoods(tx: Tx, shipment: ShipmentWithLines, by: WriteActor): Promise<void> {
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
