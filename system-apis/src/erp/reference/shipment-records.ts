/** A shipment as the database keeps it and as the API shows it: its id, its milestones, its lines. */
import {
  SHIPMENT_MILESTONES,
  type Shipment,
  type ShipmentMilestone,
} from '@crossdock/shared-contracts/contracts/model/shipment';
import type { Shipment as ShipmentRow, ShipmentLine as ShipmentLineRow } from '../../generated/prisma/client';
import { documentId, documentNumberOf } from './document-numbers';
import { salesOrderId } from './sales-orders';

export const shipmentId = (number: number) => documentId('SH', number);

export const shipmentNumberOf = (id: string) => documentNumberOf('SH', id);

export type ShipmentWithLines = ShipmentRow & { lines: ShipmentLineRow[] };

export const MILESTONE_COLUMN = {
  picked: 'pickedAt',
  packed: 'packedAt',
  shipped: 'shippedAt',
  delivered: 'deliveredAt',
} as const satisfies Record<ShipmentMilestone, keyof ShipmentRow>;

export function toShipment(row: ShipmentWithLines): Shipment {
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
