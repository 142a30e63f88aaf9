import type { Shipment } from '@crossdock/shared-contracts/contracts/model/shipment';
import { shipmentStatusOf, trackingUrlOf } from '../../shared/tracking';
import type { PortalShipment } from './portal-shipment';

export function toPortalShipment(shipment: Shipment): PortalShipment {
  return {
    shipmentId: shipment.id,
    orderNumber: shipment.orderId,
    status: shipmentStatusOf(shipment),
    warehouseId: shipment.warehouseId,
    carrier: shipment.carrier,
    trackingNumber: shipment.trackingNumber,
    trackingUrl: trackingUrlOf(shipment),
    shippedAt: shipment.milestones.shippedAt,
    deliveredAt: shipment.milestones.deliveredAt,
    lines: shipment.lines.map((line) => ({ sku: line.sku, quantity: line.quantity, uom: line.uom })),
  };
}
