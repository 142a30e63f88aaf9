import type { Invoice } from '@crossdock/shared-contracts/contracts/model/invoice';
import type { Order } from '../../generated/prisma/client';
import type { PartnerRow } from '../../partners/partner-view';
import type { InvoiceDocumentInput } from '../x12/write-810';
import { isoDateOf, partnerItemIds, partyOf, receivedOf } from './partner-order';

/** What an 810 says about an ERP invoice of the partner's order: the invoice, with the buyer's PO and its part numbers. */
export function invoiceDocument(invoice: Invoice, order: Order, partner: PartnerRow): InvoiceDocumentInput {
  const received = receivedOf(order);
  const input: InvoiceDocumentInput = {
    invoice,
    purchaseOrderNumber: order.purchaseOrderNumber ?? order.sourceOrderId,
    purchaseOrderDate: isoDateOf(order.createdAt),
    lineReferences: received.lines.map((line, index) => {
      const { customerPartNumber, gtin } = partnerItemIds(partner, line.sku, line.customerPartNumber);
      return { orderLineNumber: line.lineNumber ?? index + 1, customerPartNumber, gtin };
    }),
  };
  const shipTo = partyOf(received.shipTo);
  if (shipTo) input.shipTo = shipTo;
  const billTo = partyOf(received.billTo);
  if (billTo) input.billTo = billTo;
  return input;
}
