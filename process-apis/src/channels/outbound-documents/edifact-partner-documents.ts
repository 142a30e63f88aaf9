import type { PartnerDocuments } from '../../fulfilment/partner-documents';
import { pricedLinesOf, shippedLinesColumn } from '../../fulfilment/order-progress';
import type { Order } from '../../generated/prisma/client';
import { edifactOrderContext } from '../edifact-inbound/edifact-order-context';
import { writeDesadv } from '../edifact/write-desadv';
import { writeInvoic } from '../edifact/write-invoic';
import type { MessageItem } from '../edifact/write-message-parts';
import type { ControlNumberAllocator } from '../x12/control-numbers';
import { keepOutboundDocument } from './outbound-documents';
import { partnerItemIds, receivedOf } from './partner-order';
import type { PartnerRow } from '../../partners/partner-view';

/**
 * The documents an EDIFACT partner gets back, as an X12 partner gets its 856 and 810: a DESADV when
 * a shipment of its order leaves, an INVOIC when it is invoiced, in the directory and syntax its
 * ORDERS came in, kept in the caller's transaction under our next control reference towards it.
 * Undefined for an order that did not come from an EDIFACT partner.
 */
export function edifactPartnerDocuments(controlNumbers: ControlNumberAllocator, now: () => Date): PartnerDocuments {
  const orderNumber = (order: Order) => order.purchaseOrderNumber ?? order.sourceOrderId;
  return {
    async shipNotice(tx, order, shipment) {
      const received = receivedOf(order);
      const context = await edifactOrderContext(tx, order, received.shipTo);
      if (!context) return undefined;
      const items = itemsOf(context.partner, order);
      const uomOf = new Map(pricedLinesOf(order).map((line) => [line.lineNumber, line.uom]));
      const written = writeDesadv(
        {
          despatchNumber: shipment.id,
          despatchedAt: (shipment.shippedAt ?? now()).toISOString(),
          orderNumber: orderNumber(order),
          ...(context.orderedOn ? { orderedOn: context.orderedOn } : {}),
          ...context.parties,
          carrier: shipment.carrier,
          ...(shipment.trackingNumber ? { trackingNumber: shipment.trackingNumber } : {}),
          lines: shippedLinesColumn.read(shipment.lines).map((line) => ({
            orderLineNumber: line.lineNumber,
            ...(items.get(line.lineNumber) ?? { sku: line.sku }),
            quantity: line.quantity,
            uom: uomOf.get(line.lineNumber) ?? 'EA',
          })),
          release: context.release,
        },
        await context.nextEnvelope(controlNumbers, now()),
      );
      const kept = await keepOutboundDocument(tx, {
        kind: 'DESADV',
        partnerId: context.partner.id,
        reference: shipment.id,
        written,
      });
      return kept.id;
    },
    async invoice(tx, order, invoice) {
      const context = await edifactOrderContext(tx, order);
      if (!context) return undefined;
      const written = writeInvoic(
        {
          invoice,
          orderNumber: orderNumber(order),
          buyer: context.parties.buyer,
          supplier: context.parties.supplier,
          items: itemsOf(context.partner, order),
          release: context.release,
        },
        await context.nextEnvelope(controlNumbers, now()),
      );
      const kept = await keepOutboundDocument(tx, {
        kind: 'INVOIC',
        partnerId: context.partner.id,
        reference: invoice.id,
        written,
      });
      return kept.id;
    },
  };
}

/** Per order line, the item as the buyer names it (its part number as sent, the partner's cross-references). */
function itemsOf(partner: PartnerRow, order: Order): Map<number, MessageItem> {
  return new Map(
    receivedOf(order).lines.map((line, index) => [
      line.lineNumber ?? index + 1,
      partnerItemIds(partner, line.sku, line.customerPartNumber),
    ]),
  );
}

/** The documents of every partner format, each writing for the orders of its own partners (the first that does). */
export function partnerDocumentsOf(formats: readonly PartnerDocuments[]): PartnerDocuments {
  return {
    async shipNotice(tx, order, shipment) {
      for (const format of formats) {
        const id = await format.shipNotice(tx, order, shipment);
        if (id) return id;
      }
      return undefined;
    },
    async invoice(tx, order, invoice) {
      for (const format of formats) {
        const id = await format.invoice(tx, order, invoice);
        if (id) return id;
      }
      return undefined;
    },
  };
}
