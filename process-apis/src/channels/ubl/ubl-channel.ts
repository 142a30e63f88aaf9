import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import { firstPart } from '../../inbound-documents/document-part';
import type { InboundChannel, RefusalAnswer, RejectedOrder } from '../../inbound-documents/inbound-channel';
import type { PartnerRow } from '../../partners/partner-view';
import { keepOrderResponse } from './order-responses';
import { readUblOrder } from './read-ubl-order';
import { ublOrderDraft } from './ubl-order-draft';
import { UBL_ORDER_KIND } from './ubl-names';
import { refusalReason } from '../../inbound-documents/refusal-reason';

/**
 * UBL 2.1 Orders (Peppol BIS Order 3) with the inbound-documents core: a document is one order, and
 * an order refused is answered with an OrderResponse, code RE, the reason in its note. Taking one in
 * first goes through receive-ubl-order (which finds the partner by the buyer's EndpointID and
 * answers an accepted order with AP); this reader also serves replays and dry runs.
 */
export function ublChannel(deps: { clock: Clock }): InboundChannel {
  return {
    channel: 'ubl',
    readers: {
      [UBL_ORDER_KIND]: (parts) => [ublOrderDraft(readUblOrder(firstPart(parts)))],
    },
    answerRefusals: (partner, refused) => Promise.resolve(refused.map((order) => rejection(deps, partner, order))),
  };
}

/**
 * The OrderResponse RE for a refused order. It needs the parties as the order named them, so it reads
 * the kept document again (the reader has just read the same bytes). A document that could not be
 * read at all names no order and no party to answer: the problem+json its sender got says why.
 */
function rejection(deps: { clock: Clock }, partner: PartnerRow, refused: RejectedOrder): RefusalAnswer | undefined {
  if (!refused.sourceOrderId) return undefined;
  return async (tx, documentId) => {
    const part = await tx.inboundDocumentPart.findFirstOrThrow({ where: { documentId }, orderBy: { seq: 'asc' } });
    return keepOrderResponse(tx, {
      partnerId: partner.id,
      order: readUblOrder(part.body),
      code: 'RE',
      note: refusalReason(refused.problem),
      reference: documentId,
      at: deps.clock.now(),
    });
  };
}
