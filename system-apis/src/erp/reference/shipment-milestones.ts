/** A shipment's milestones: picked, packed, shipped (the goods leave) and delivered, in that order, each once. */
import type { ShipmentMilestoneRequest } from '@crossdock/shared-contracts/contracts/api/system-shipments';
import { ConflictError, NotFoundError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { SHIPMENT_MILESTONES, type Shipment } from '@crossdock/shared-contracts/contracts/model/shipment';
import type { ErpDatabase } from '../../database';
import type { WriteActor } from '../ports/common';
import { recordAudit } from './audit';
import { salesOrderId } from './sales-orders';
import { lockSalesOrder } from './sales-order-lock';
import { shipGoods } from './ship-goods';
import { MILESTONE_COLUMN, shipmentNumberOf, toShipment } from './shipment-records';

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
export async function recordMilestone(
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
