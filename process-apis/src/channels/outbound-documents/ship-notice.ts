import { ConflictError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { Shipment } from '@crossdock/shared-contracts/contracts/model/shipment';
import type { Order } from '../../generated/prisma/client';
import type { PartnerRow } from '../../partners/partner-view';
import type { ShipNoticeInput } from '../x12/write-856';
import { isoDateOf, partnerItemIds, partyOf, receivedOf } from './partner-order';

/**
 * What an 856 says about an ERP shipment of the partner's order: when and how it left, the order's
 * PO number, and per shipment line the item in the partner's terms. The ERP keeps no carton
 * detail, so the shipment is one package holding every line. Only a shipment that has left can
 * be noticed: 409 before its shipped milestone.
 */
export function shipNotice(shipment: Shipment, order: Order, partner: PartnerRow): ShipNoticeInput {
  const shippedAt = shipment.milestones.shippedAt;
  if (!shippedAt)
    throw new ConflictError(
      'shipment-not-shipped',
      'The shipment has not left yet',
      `Shipment ${shipment.id} has not reached its shipped milestone; an advance ship notice is sent when it leaves.`,
    );
  const received = receivedOf(order);
  const orderedLines = new Map(received.lines.map((line, index) => [line.lineNumber ?? index + 1, line]));
  const notice: ShipNoticeInput = {
    shipmentId: shipment.id,
    shippedAt,
    carrier: shipment.carrier,
    purchaseOrderNumber: order.purchaseOrderNumber ?? order.sourceOrderId,
    purchaseOrderDate: isoDateOf(order.createdAt),
    shipTo: partyOf(received.shipTo)!,
    packages: [
      {
        // A line that ships nothing is never on a ship notice, even if an ERP listed it on a shipment.
        lines: shipment.lines
          .filter((line) => !orderedLines.get(line.orderLineNumber)?.shipsNothing)
          .map((line) => {
            const ordered = orderedLines.get(line.orderLineNumber);
            const shipped = {
              orderLineNumber: line.orderLineNumber,
              ...partnerItemIds(partner, line.sku, ordered?.customerPartNumber),
              quantity: line.quantity,
              uom: line.uom,
            };
            return line.lotNumber ? { ...shipped, lotNumber: line.lotNumber } : shipped;
          }),
      },
    ],
  };
  if (shipment.trackingNumber) notice.trackingNumber = shipment.trackingNumber;
  if (order.erpOrderId) notice.erpOrderId = order.erpOrderId;
  return notice;
}
