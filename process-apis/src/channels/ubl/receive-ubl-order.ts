import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import type { InboundOrderOutcome } from '@crossdock/shared-contracts/contracts/api/process-inbound-documents';
import {
  ConflictError,
  DocumentRejectedError,
  UnreadableDocumentError,
} from '@crossdock/shared-contracts/contracts/errors/errors';
import type { DocumentPart } from '../../inbound-documents/document-part';
import { ingestDelivery, problemOf, settleDocument } from '../../inbound-documents/ingest-document';
import { documentHash, storeDocument } from '../../inbound-documents/store-document';
import type { WebhookDependencies } from '../receive-signed-webhook';
import { getOutboundDocument, type OutboundDocument } from '../outbound-documents/outbound-documents';
import type { OutcomeWaiter } from '../../pipeline/wait-for-outcome';
import { answerOrderOutcome } from '../outbound-documents/business-answers';
import { ublOrderAnswerer, type AnswerOrderDependencies } from './answer-order';
import { orderResponseFor } from './order-responses';
import { readUblOrder, type UblOrder } from './read-ubl-order';
import { UBL_ORDER_KIND } from './ubl-names';

export interface UblOrderAnswer {
  /** The inbound document the order was kept as. */
  documentId: string;
  /** The OrderResponse kept: RE for an order refused on receipt; AP, CA or RE for one decided while the sender waited; else none yet. */
  orderResponse?: OutboundDocument;
}

/** Taking in, and (when the sender waits) answering: the pipeline's outcome waiter and the ERP's items. */
export interface ReceiveUblDependencies extends WebhookDependencies, AnswerOrderDependencies {
  waiter: Pick<OutcomeWaiter, 'waitForSettled'>;
}

/**
 * Takes in a UBL Order a partner's access point posted: kept byte for byte, its sender found by the
 * buyer's EndpointID (schemeID and value), mapped with the partner's pinned mapping and placed. An
 * order refused on receipt is answered with an OrderResponse RE and the reason (written in the
 * transaction that settles the document, see ubl-channel). One taken in is answered once the
 * pipeline decides it (AP, CA or RE, see answer-order): within `waitMs` when the sender waits
 * (`Prefer: wait`), else on request, as an 855 is. A held order waits for a person.
 *
 * @throws UnreadableDocumentError (400) for no well-formed XML, no UBL Order, or mandatory elements missing; kept.
 * @throws DocumentRejectedError (422) when the buyer's EndpointID names no active UBL partner; kept.
 * @throws ConflictError (409) for a copy of an order taken in before: nothing is placed again.
 */
export async function receiveUblOrder(
  deps: ReceiveUblDependencies,
  part: DocumentPart,
  waitMs = 0,
): Promise<UblOrderAnswer> {
  let order: UblOrder;
  try {
    order = readUblOrder(part.body);
  } catch (error) {
    if (!(error instanceof UnreadableDocumentError)) throw error;
    const documentId = await keepRefused(deps, part, error);
    throw new UnreadableDocumentError(
      `${error.message} It was kept as inbound document ${documentId}.`,
      error.fieldErrors,
    );
  }
  const endpoint = order.buyer.endpoint!;
  const partner = await deps.partners.findPartner({
    kind: 'peppol-endpoint',
    schemeId: endpoint.schemeId,
    id: endpoint.id,
  });
  if (!partner || partner.channel !== 'ubl') {
    const sender = `${endpoint.schemeId}:${endpoint.id}`;
    deps.logger.warn('UBL order from no known partner refused', { sender, orderId: order.id });
    const refusal = (kept: string) =>
      new DocumentRejectedError(
        `The buyer's EndpointID ${sender} names no UBL trading partner${kept}. Add the partner with this endpoint, then send it again.`,
        [
          {
            field: 'Order/cac:BuyerCustomerParty/cac:Party/cbc:EndpointID',
            message: `no UBL partner has endpoint ${sender}`,
          },
        ],
      );
    const documentId = await keepRefused(deps, part, refusal(''));
    throw refusal(`; it was kept as inbound document ${documentId}`);
  }

  // A copy of the same document is the same delivery; a new document under the same order number is not.
  const deliveryId = `UBL:${order.id}:${documentHash([part]).slice(0, 16)}`;
  const earlier = await deps.db.inboundDocument.findUnique({
    where: { partnerId_deliveryId: { partnerId: partner.id, deliveryId } },
    select: { id: true, status: true },
  });
  if (earlier && earlier.status !== 'received') return refuseCopy(deps, order, earlier.id);
  const taken = await ingestDelivery(deps, {
    channel: 'ubl',
    kind: UBL_ORDER_KIND,
    partner,
    deliveryId,
    parts: [part],
  });
  // Kept by a copy that raced this one (one that stopped half-way was finished just now, and answers).
  if (taken.duplicate && !earlier) return refuseCopy(deps, order, taken.documentId);
  const placed = taken.outcomes.find((outcome) => outcome.orderId);
  if (placed?.duplicate) return refuseCopy(deps, order, taken.documentId, placed);
  if (placed && !placed.possibleDuplicateOf && waitMs > 0) await answerOnceDecided(deps, placed.orderId!, waitMs);
  return { documentId: taken.documentId, orderResponse: await responseOf(deps, [taken.documentId, placed?.orderId]) };
}

/**
 * Waits (at most `waitMs`) for the pipeline to decide the order, then answers it (AP or CA accepted,
 * AB held, RE rejected), unless it was answered for that outcome already: the answer is recorded
 * as the pipeline's own would be (business-answers), so it is never sent twice.
 */
async function answerOnceDecided(deps: ReceiveUblDependencies, orderId: string, waitMs: number): Promise<void> {
  await deps.waiter.waitForSettled(orderId, waitMs);
  try {
    await answerOrderOutcome({ db: deps.db, logger: deps.logger, answerers: { ubl: ublOrderAnswerer(deps) } }, orderId);
  } catch (error) {
    // The order is taken in and kept whatever happens here (the ERP away for the items' units, say):
    // the sender is answered 202, and the OrderResponse follows when the order changes next, or on request.
    deps.logger.warn('UBL OrderResponse not written while the sender waited', {
      orderId,
      error: coerceError(error).message,
    });
  }
}

/**
 * A copy of an order taken in before places nothing and is refused as the duplicate it is, naming
 * the first document, its order and the OrderResponse that answered it, if one did.
 */
async function refuseCopy(
  deps: WebhookDependencies,
  order: UblOrder,
  documentId: string,
  placed?: InboundOrderOutcome,
): Promise<never> {
  const first =
    placed ??
    (await deps.db.inboundDocumentOrder.findFirst({ where: { documentId }, select: { orderId: true } })) ??
    undefined;
  const response = await orderResponseFor(deps.db, [documentId, ...(first?.orderId ? [first.orderId] : [])]);
  const received = placed
    ? `UBL Order ${order.id} is order ${placed.orderId}, taken in before with the same content; this copy was kept as inbound document ${documentId}`
    : `UBL Order ${order.id} was received before as inbound document ${documentId}` +
      (first?.orderId ? ` and is order ${first.orderId}` : '');
  throw new ConflictError(
    'duplicate-document',
    'The order was received before',
    `${received}${response ? `; it was answered with OrderResponse ${response.id}` : ''}. Nothing was placed again.`,
  );
}

async function responseOf(
  deps: WebhookDependencies,
  references: (string | undefined)[],
): Promise<OutboundDocument | undefined> {
  const found = await orderResponseFor(
    deps.db,
    references.filter((reference): reference is string => Boolean(reference)),
  );
  return found ? getOutboundDocument(deps.db, found.id) : undefined;
}

/** Keeps a refused document (status rejected, with the reason), so what a partner sent is never lost. */
async function keepRefused(
  deps: WebhookDependencies,
  part: DocumentPart,
  error: UnreadableDocumentError | DocumentRejectedError,
): Promise<string> {
  const stored = await storeDocument(deps.db, { channel: 'ubl', kind: UBL_ORDER_KIND, parts: [part] });
  await settleDocument(deps, stored.id, 'rejected', [{ problem: problemOf(error) }]);
  return stored.id;
}
