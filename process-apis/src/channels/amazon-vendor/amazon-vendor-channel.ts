import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import type { InboundChannel, RefusalAnswer, RejectedOrder } from '../../inbound-documents/inbound-channel';
import type { PartnerRow } from '../../partners/partner-view';
import { readVendorPurchaseOrders, VENDOR_PURCHASE_ORDER_KIND } from './read-vendor-purchase-order';
import { keepOwedAcknowledgement, rejectionOf } from './vendor-acknowledgements';

/**
 * Amazon Vendor (Retail Procurement) with the inbound-documents core: each polled purchase order is
 * one document (see amazon-vendor-connector). A purchase order refused when taken in is answered
 * with an acknowledgement rejecting every item, kept in the transaction that settles the document
 * and sent to Amazon by the partner's poll; a document that names no purchase order has nothing
 * Amazon could match an answer to, and stays rejected on its own.
 */
export function amazonVendorChannel(deps: { clock: Clock }): InboundChannel {
  return {
    channel: 'amazon-vendor',
    readers: { [VENDOR_PURCHASE_ORDER_KIND]: readVendorPurchaseOrders },
    answerRefusals: (partner, refused) => Promise.resolve(refused.map((order) => rejection(deps, partner, order))),
  };
}

function rejection(deps: { clock: Clock }, partner: PartnerRow, refused: RejectedOrder): RefusalAnswer | undefined {
  const purchaseOrderNumber = refused.sourceOrderId;
  if (!purchaseOrderNumber) return undefined;
  return async (tx, documentId) => {
    const parts = await tx.inboundDocumentPart.findMany({ where: { documentId }, orderBy: { seq: 'asc' } });
    const written = rejectionOf(parts, partner, purchaseOrderNumber, deps.clock.now());
    return keepOwedAcknowledgement(tx, { partnerId: partner.id, reference: documentId, ...written });
  };
}
