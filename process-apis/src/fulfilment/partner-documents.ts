import type { SalesOrderInput } from '@crossdock/shared-contracts/contracts/model/order-input';
import type { Invoice } from '@crossdock/shared-contracts/contracts/model/invoice';
import { keepOutboundDocument } from '../channels/outbound-documents/outbound-documents';
import type { ControlNumberAllocator } from '../channels/x12/control-numbers';
import type { X12Envelope } from '../channels/x12/write-interchange';
import { write810 } from '../channels/x12/write-810';
import { write856 } from '../channels/x12/write-856';
import type { Order, OrderShipment, Prisma } from '../generated/prisma/client';
import { orderColumns } from '../orders/order-columns';
import { pricedLinesOf, shippedLinesColumn } from './order-progress';
import { partnerColumns } from '../partners/partner-columns';

type Tx = Prisma.TransactionClient;

/**
 * The documents a trading partner whose orders come by EDI gets back: an 856 when a shipment of its
 * order leaves, an 810 when it is invoiced. Each answers the id of the document kept (in the
 * caller's transaction, with its control numbers), or undefined when the order did not come from
 * an X12 partner. Sending them to the partner (AS2, SFTP, a VAN) is the partner outbound routes' job.
 */
export interface PartnerDocuments {
  shipNotice(tx: Tx, order: Order, shipment: OrderShipment): Promise<string | undefined>;
  invoice(tx: Tx, order: Order, invoice: Invoice): Promise<string | undefined>;
}

const X12_VERSION = '004010';

export function x12PartnerDocuments(controlNumbers: ControlNumberAllocator, now: () => Date): PartnerDocuments {
  /** The X12 partner the order came from and the envelope of a document back to it (we send, it receives). */
  const envelopeFor = async (
    tx: Tx,
    order: Order,
  ): Promise<{ partnerId: string; envelope: X12Envelope } | undefined> => {
    const link = await tx.inboundDocumentOrder.findFirst({ where: { orderId: order.id }, select: { partnerId: true } });
    const partner = link ? await tx.tradingPartner.findUnique({ where: { id: link.partnerId } }) : null;
    const ids = partner?.channel === 'x12' ? partnerColumns.x12.read(partner.x12) : null;
    if (!partner || !ids) return undefined;
    const sender = { qualifier: ids.receiverQualifier, id: ids.receiverId };
    const receiver = { qualifier: ids.senderQualifier, id: ids.senderId };
    // Numbered per direction and pair, as every document Crossdock writes to this partner is.
    const numbers = await controlNumbers.allocate(
      `${sender.qualifier}:${sender.id}>${receiver.qualifier}:${receiver.id}`,
    );
    return {
      partnerId: partner.id,
      envelope: { version: X12_VERSION, sender, receiver, controlNumbers: numbers, at: now() },
    };
  };
  const received = (order: Order) => orderColumns.received.read(order.received) as SalesOrderInput;
  const purchaseOrderNumber = (order: Order) => order.purchaseOrderNumber ?? order.sourceOrderId;
  return {
    async shipNotice(tx, order, shipment) {
      const target = await envelopeFor(tx, order);
      if (!target) return undefined;
      const uomOf = new Map(pricedLinesOf(order).map((line) => [line.lineNumber, line.uom]));
      const written = write856(
        {
          shipmentId: shipment.id,
          shippedAt: (shipment.shippedAt ?? now()).toISOString(),
          carrier: shipment.carrier,
          ...(shipment.trackingNumber ? { trackingNumber: shipment.trackingNumber } : {}),
          purchaseOrderNumber: purchaseOrderNumber(order),
          ...(order.erpOrderId ? { erpOrderId: order.erpOrderId } : {}),
          shipTo: { ids: [], address: received(order).shipTo },
          packages: [
            {
              lines: shippedLinesColumn.read(shipment.lines).map((line) => ({
                orderLineNumber: line.lineNumber,
                sku: line.sku,
                quantity: line.quantity,
                uom: uomOf.get(line.lineNumber) ?? 'EA',
              })),
            },
          ],
        },
        target.envelope,
      );
      return (
        await keepOutboundDocument(tx, { kind: '856', partnerId: target.partnerId, reference: shipment.id, written })
      ).id;
    },
    async invoice(tx, order, invoice) {
      const target = await envelopeFor(tx, order);
      if (!target) return undefined;
      const written = write810(
        {
          invoice,
          purchaseOrderNumber: purchaseOrderNumber(order),
          shipTo: { ids: [], address: received(order).shipTo },
        },
        target.envelope,
      );
      return (
        await keepOutboundDocument(tx, { kind: '810', partnerId: target.partnerId, reference: invoice.id, written })
      ).id;
    },
  };
}
