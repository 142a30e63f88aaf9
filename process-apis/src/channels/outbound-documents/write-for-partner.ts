import { NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProcessDatabase } from '../../database';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import type { PartnerRow } from '../../partners/partner-view';
import type { ErpDocuments } from '../../system-api/erp-documents';
import type { SystemApi } from '../../system-api/system-api';
import { controlNumberScope, envelopeFor, partiesOf } from '../edi/partner-envelope';
import type { ControlNumberAllocator } from '../x12/control-numbers';
import { write810 } from '../x12/write-810';
import { write855 } from '../x12/write-855';
import { write856 } from '../x12/write-856';
import type { WrittenInterchange, X12Envelope } from '../x12/write-interchange';
import { invoiceDocument } from './invoice-document';
import { orderAcknowledgement } from './order-acknowledgement';
import { keepOutboundDocument, type OutboundDocument } from './outbound-documents';
import { partnerById, partnerOrder, receivedOf } from './partner-order';
import { shipNotice } from './ship-notice';

export interface OutboundDependencies {
  db: ProcessDatabase;
  systemApi: SystemApi;
  erpDocuments: ErpDocuments;
  clock: Clock;
  controlNumbers: ControlNumberAllocator;
}

/** Which document to write, from what. */
export type OutboundRequest =
  | { kind: '855'; orderId: string }
  | { kind: '856'; shipmentId: string }
  | { kind: '810'; invoiceId: string };

/**
 * Writes an 855, 856 or 810 for an X12 partner from our order, an ERP shipment or an ERP invoice of
 * an order the partner sent, under the next control numbers towards that partner, and keeps it as
 * sent. Everything is read and checked before numbers are allocated, so a refusal uses none.
 */
export async function writeForPartner(
  deps: OutboundDependencies,
  partnerId: string,
  request: OutboundRequest,
): Promise<OutboundDocument> {
  const partner = await partnerById(deps.db, partnerId);
  const { ours, theirs } = partiesOf(partner);
  const { write, reference } = await prepare(deps, partner, request);
  const controlNumbers = await deps.controlNumbers.allocate(controlNumberScope(ours, theirs));
  const written = write(envelopeFor(partner, controlNumbers, deps.clock.now()));
  return keepOutboundDocument(deps.db, { kind: request.kind, partnerId: partner.id, reference, written });
}

async function prepare(
  deps: OutboundDependencies,
  partner: PartnerRow,
  request: OutboundRequest,
): Promise<{ write: (envelope: X12Envelope) => WrittenInterchange; reference: string }> {
  switch (request.kind) {
    case '855': {
      const order = await partnerOrder(deps.db, partner, { orderId: request.orderId });
      const items = await deps.systemApi.findItems(receivedOf(order).lines.map((line) => line.sku));
      const input = orderAcknowledgement(order, partner, items, deps.clock.now());
      return { write: (envelope) => write855(input, envelope), reference: order.id };
    }
    case '856': {
      const shipment = await deps.erpDocuments.findShipment(request.shipmentId);
      if (!shipment) throw new NotFoundError(`The ERP has no shipment ${request.shipmentId}.`);
      const input = shipNotice(
        shipment,
        await partnerOrder(deps.db, partner, { erpOrderId: shipment.orderId }),
        partner,
      );
      return { write: (envelope) => write856(input, envelope), reference: shipment.id };
    }
    case '810': {
      const invoice = await deps.erpDocuments.findInvoice(request.invoiceId);
      if (!invoice) throw new NotFoundError(`The ERP has no invoice ${request.invoiceId}.`);
      const input = invoiceDocument(
        invoice,
        await partnerOrder(deps.db, partner, { erpOrderId: invoice.orderId }),
        partner,
      );
      return { write: (envelope) => write810(input, envelope), reference: invoice.id };
    }
  }
}
