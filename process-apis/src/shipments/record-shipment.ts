import {
  actorName,
  currentCorrelationId,
  type Principal,
} from '@crossdock/shared-contracts/platform/context/request-context';
import {
  BusinessRuleError,
  ConflictError,
  NotFoundError,
  ValidationError,
} from '@crossdock/shared-contracts/contracts/errors/errors';
import { SHIPMENT_MILESTONES, type ShipmentMilestone } from '@crossdock/shared-contracts/contracts/model/shipment';
import type { ProcessDatabase } from '../database';
import type { OrderShipment } from '../generated/prisma/client';
import type { ErpFulfilment } from '../fulfilment/erp-fulfilment';
import { writeEvents } from '../fulfilment/order-events';
import type { PartnerDocuments } from '../fulfilment/partner-documents';
import {
  advanceOrder,
  baseFactors,
  lockOrder,
  planOf,
  pricedLinesOf,
  quantityByLine,
  type ShippedLineRecord,
} from '../fulfilment/order-progress';
import { requireOperator } from '../orders/operator-only';
import { requestHash } from '../idempotency/request-hash';
import { recordStep } from '../timeline/record-step';

export interface ShipmentDependencies {
  db: ProcessDatabase;
  fulfilment: ErpFulfilment;
  /** 856 and 810 documents for orders that came from X12 partners. */
  partnerDocuments: PartnerDocuments;
}

export interface NewShipment {
  orderId: string;
  warehouseId: string;
  carrier: string;
  trackingNumber?: string;
  lines: { lineNumber: number; quantity: number }[];
}

const SHIPPABLE = new Set(['SUBMITTED', 'PARTIALLY_SHIPPED']);

/**
 * A warehouse reports a shipment of an order. Checked against the order's plan: each line only
 * from a warehouse the plan reserved it in, and no more than planned there less what earlier
 * shipments from there took (the ERP also refuses more than was ordered). Then made in the ERP,
 * and recorded with `shipment.created` in one transaction, the order locked throughout so two
 * shipments of one order take turns. The ERP shipment is keyed, so when anything after the ERP
 * answered fails (and rolls the record back), the same report again gets that shipment back
 * instead of a second one, or an OVER_SHIPMENT for good.
 */
export async function createShipment(
  deps: ShipmentDependencies,
  principal: Principal,
  request: NewShipment,
): Promise<OrderShipment> {
  requireOperator(principal, 'record shipments');
  if (request.lines.length === 0)
    throw new ValidationError('A shipment ships at least one line.', [{ field: 'lines', message: 'at least one' }]);
  return deps.db.$transaction(
    async (tx) => {
      const order = await lockOrder(tx, request.orderId);
      const plan = planOf(order);
      if (!SHIPPABLE.has(order.status))
        throw new ConflictError(
          'order-not-shippable',
          'The order cannot ship',
          `Order ${order.id} is ${order.status}.`,
        );
      const factors = baseFactors(order);
      const fromHere = quantityByLine(
        await tx.orderShipment.findMany({ where: { orderId: order.id, warehouseId: request.warehouseId } }),
      );
      const lines: ShippedLineRecord[] = request.lines.map((line) => {
        const planned = plan.lines.find((each) => each.lineNumber === line.lineNumber);
        const priced = pricedLinesOf(order).find((each) => each.lineNumber === line.lineNumber);
        if (priced?.shipsNothing)
          throw new BusinessRuleError(
            'NOTHING_TO_SHIP',
            `Line ${line.lineNumber} (${priced.sku}) of order ${order.id} ships nothing (a download or a service); it is invoiced without a shipment.`,
          );
        if (!planned || !priced)
          throw new ValidationError(`Order ${order.id} has no line ${line.lineNumber}.`, [
            { field: 'lines.lineNumber', message: 'not a line of the order' },
          ]);
        const reservedHere =
          planned.allocations.find((allocation) => allocation.warehouseId === request.warehouseId)?.quantity ?? 0;
        if (reservedHere === 0) {
          throw new BusinessRuleError(
            'NOT_PLANNED_WAREHOUSE',
            `Line ${line.lineNumber} (${planned.sku}) of order ${order.id} was not planned from ${request.warehouseId}; re-plan the order to ship it from there.`,
          );
        }
        const factor = factors.get(line.lineNumber) ?? 1;
        if (((fromHere.get(line.lineNumber) ?? 0) + line.quantity) * factor > reservedHere) {
          throw new BusinessRuleError(
            'OVER_SHIPMENT',
            `Line ${line.lineNumber} (${planned.sku}): ${line.quantity} more from ${request.warehouseId} would ship more than the ${reservedHere / factor} planned there (${fromHere.get(line.lineNumber) ?? 0} shipped already).`,
          );
        }
        return { lineNumber: line.lineNumber, sku: planned.sku, quantity: line.quantity };
      });
      const erpShipment = await deps.fulfilment.createShipment({
        shipmentKey: await shipmentKey(tx, order.id, request),
        salesOrderId: order.erpOrderId!,
        warehouseId: request.warehouseId,
        carrier: request.carrier,
        ...(request.trackingNumber ? { trackingNumber: request.trackingNumber } : {}),
        lines: request.lines.map((line) => ({ orderLineNumber: line.lineNumber, quantity: line.quantity })),
      });
      const stored = await tx.orderShipment.create({
        data: {
          id: erpShipment.id,
          orderId: order.id,
          warehouseId: request.warehouseId,
          carrier: request.carrier,
          trackingNumber: request.trackingNumber ?? null,
          lines: lines as object[],
          correlationId: currentCorrelationId() ?? 'none',
        },
      });
      await recordStep(tx, {
        orderId: order.id,
        step: 'shipment',
        outcome: 'succeeded',
        detail: `${erpShipment.id} from ${request.warehouseId}: ${describe(lines)}`,
        actor: actorName(principal),
      });
      await writeEvents(
        tx,
        [
          {
            entity: 'shipment',
            change: 'created',
            subject: erpShipment.id,
            data: {
              shipmentId: erpShipment.id,
              orderId: order.id,
              erpOrderId: order.erpOrderId,
              warehouseId: request.warehouseId,
              carrier: request.carrier,
              lines,
            },
          },
        ],
        order,
      );
      return stored;
    },
    { timeout: 30_000 },
  );
}

/**
 * A milestone of a shipment (picked, packed, shipped with carrier and tracking, delivered): recorded
 * in the ERP (which takes the goods out of stock at `shipped`), then here with
 * `shipment.milestone`, and the order moved on (partially shipped, shipped, closed) with its events.
 */
export async function recordMilestone(
  deps: ShipmentDependencies,
  principal: Principal,
  shipmentId: string,
  request: { milestone: ShipmentMilestone; at?: string; trackingNumber?: string },
): Promise<OrderShipment> {
  requireOperator(principal, 'record shipment milestones');
  if (!SHIPMENT_MILESTONES.includes(request.milestone))
    throw new ValidationError(`"${request.milestone}" is not a shipment milestone.`, [
      { field: 'milestone', message: SHIPMENT_MILESTONES.join(' | ') },
    ]);
  const known = await deps.db.orderShipment.findUnique({ where: { id: shipmentId } });
  if (!known) throw new NotFoundError(`No shipment ${shipmentId}.`);
  return deps.db.$transaction(
    async (tx) => {
      const order = await lockOrder(tx, known.orderId);
      const erpShipment = await deps.fulfilment.recordMilestone(shipmentId, request);
      const at = new Date(erpShipment.milestones[`${request.milestone}At`] ?? request.at ?? Date.now());
      const updated = await tx.orderShipment.update({
        where: { id: shipmentId },
        data: {
          milestone: request.milestone,
          ...(request.milestone === 'shipped'
            ? { shippedAt: at, trackingNumber: erpShipment.trackingNumber ?? known.trackingNumber }
            : {}),
          ...(request.milestone === 'delivered' ? { deliveredAt: at } : {}),
        },
      });
      await recordStep(tx, {
        orderId: order.id,
        step: `shipment-${request.milestone}`,
        outcome: 'succeeded',
        detail: `${shipmentId}${updated.trackingNumber && request.milestone === 'shipped' ? ` (${updated.carrier} ${updated.trackingNumber})` : ''}`,
        actor: actorName(principal),
      });
      const shipNotice =
        request.milestone === 'shipped' ? await deps.partnerDocuments.shipNotice(tx, order, updated) : undefined;
      if (shipNotice)
        await recordStep(tx, {
          orderId: order.id,
          step: 'ship-notice',
          outcome: 'succeeded',
          detail: `856 ${shipNotice} for ${shipmentId}`,
          actor: actorName(principal),
        });
      await writeEvents(
        tx,
        [
          {
            entity: 'shipment',
            change: 'milestone',
            subject: shipmentId,
            data: {
              shipmentId,
              orderId: order.id,
              milestone: request.milestone,
              at: at.toISOString(),
              carrier: updated.carrier,
              ...(updated.trackingNumber ? { trackingNumber: updated.trackingNumber } : {}),
            },
          },
        ],
        order,
      );
      await advanceOrder(tx, order, actorName(principal));
      return updated;
    },
    { timeout: 30_000 },
  );
}

/**
 * The ERP key of the shipment a report asks for: the order, how many shipments it has recorded (so
 * the next shipment of the same goods is a new one), and the report itself (so a changed report is
 * not answered with the shipment made for another). Called under the order lock.
 */
async function shipmentKey(
  tx: Pick<ProcessDatabase, 'orderShipment'>,
  orderId: string,
  request: NewShipment,
): Promise<string> {
  const recorded = await tx.orderShipment.count({ where: { orderId } });
  const { warehouseId, carrier, trackingNumber, lines } = request;
  return `shipment:${orderId}:${recorded + 1}:${requestHash({ warehouseId, carrier, trackingNumber, lines })}`;
}

const describe = (lines: readonly ShippedLineRecord[]) =>
  lines.map((line) => `${line.quantity} × ${line.sku}`).join(', ');
