import type { InboundOrderOutcome } from '@crossdock/shared-contracts/contracts/api/process-inbound-documents';
import { CrossdockError } from '@crossdock/shared-contracts/contracts/errors/crossdock-error';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import type { SalesChannel } from '@crossdock/shared-contracts/contracts/model/sales-order';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import type { ProcessDatabase } from '../database';
import { receiveOrder } from '../orders/receive-order';
import { mapDraft } from '../partners/map-draft';
import { rulesOf } from '../partners/mapping-versions';
import { termsOfPartner, type ReceivedOrder } from '../partners/partner-terms';
import { mappingDataOf, type PartnerRow } from '../partners/partner-view';
import { settleAndAnswer } from './answer-rejections';
import { changedResendRefusal } from './changed-resend';
import { isOrderCancellation, isOrderNotTaken, type ReadOrder } from './channel-order-draft';
import type { InboundChannels } from './channel-registry';
import type { DocumentPart } from './document-part';
import type { RejectedOrder } from './inbound-channel';
import { outcomesColumn } from './document-columns';
import { storableJson } from './storable-text';
import { storeDocument } from './store-document';
import { cancelledBeforeArrival, takeInCancellation, type CancelOrderPort } from './take-in-cancellation';

/** What ingesting needs: the database, the clock, a way to wake the pipeline worker, a logger, the channels. */
export interface IngestDependencies {
  db: ProcessDatabase;
  clock: Clock;
  /** Called when new orders were placed, so the pipeline takes them up at once. */
  wakePipeline: () => void;
  logger: Logger;
  /** The channels registered with the core: who reads a kind of document, who answers a refusal. */
  channels: InboundChannels;
  /** How a channel's cancellation cancels an order: the process API's own cancel. */
  cancelOrder: CancelOrderPort;
}

/** A document as a channel delivered it, from a partner already recognised (see PartnerDirectory). */
export interface InboundDelivery {
  channel: SalesChannel;
  /** Which channel's reader understands it (see InboundChannel.readers). */
  kind: string;
  partner: PartnerRow;
  deliveryId?: string;
  parts: DocumentPart[];
}

export interface IngestResult {
  documentId: string;
  /** True when this delivery had been taken in before: nothing was done again. */
  duplicate: boolean;
  status: string;
  outcomes: InboundOrderOutcome[];
  /** Set when the document could not be read at all: the 4xx to answer the sender with. */
  unreadable?: CrossdockError;
}

/**
 * The one way a channel document becomes orders: it is stored as received, read into drafts, each
 * draft mapped with the partner's pinned mapping version, received by the pipeline (exactly once:
 * the channel, customer and source order id de-duplicate), and linked to the orders it produced
 * with the mapping version used. A document that cannot be read is kept (status `rejected`) and the
 * reason returned; an order that cannot be mapped is reported in the outcomes while the others go on.
 */
export async function ingestDelivery(deps: IngestDependencies, delivery: InboundDelivery): Promise<IngestResult> {
  const stored = await storeDocument(deps.db, {
    channel: delivery.channel,
    kind: delivery.kind,
    partnerId: delivery.partner.id,
    deliveryId: delivery.deliveryId,
    parts: delivery.parts,
  });
  if (!stored.created && stored.status !== 'received') {
    const previous = await deps.db.inboundDocument.findUniqueOrThrow({
      where: { id: stored.id },
      select: { status: true, outcome: true },
    });
    return {
      documentId: stored.id,
      duplicate: true,
      status: previous.status,
      outcomes: outcomesColumn.read(previous.outcome) ?? [],
    };
  }
  // A new document, or one whose earlier taking-in stopped half-way (it is safe to do again).
  return {
    ...(await ingestStoredDocument(deps, stored.id, delivery.kind, delivery.parts, delivery.partner)),
    duplicate: !stored.created,
  };
}

/** Reads a stored document again and takes in its orders (a replay, or the rest of an interrupted delivery). */
export async function ingestStoredDocument(
  deps: IngestDependencies,
  documentId: string,
  kind: string,
  parts: DocumentPart[],
  partner: PartnerRow,
): Promise<Omit<IngestResult, 'duplicate'>> {
  let drafts: ReadOrder[];
  try {
    drafts = deps.channels.read(kind, parts, partner);
  } catch (error) {
    if (!(error instanceof CrossdockError) || error.status >= 500) throw error;
    const problem = problemOf(error);
    const outcomes: InboundOrderOutcome[] = [{ problem }];
    // Settled and told to the sender in one transaction: a crash between the two would leave a
    // document acknowledged (2xx) and refused in silence.
    await settleAndAnswer(deps, documentId, partner, 'rejected', outcomes, [{ code: 'unreadable', problem }]);
    return { documentId, status: 'rejected', outcomes, unreadable: error };
  }
  return ingestDrafts(deps, documentId, partner, drafts);
}

/**
 * Maps and places drafts already read from a stored document (for readers that need more than the
 * bytes, such as an X12 interchange whose envelope was checked first), and links the orders to it.
 * An order not taken (unreadable, or for a person to look at) is reported while the others go on;
 * one refused is also told to its sender (see answer-rejections): never silence.
 */
export interface IngestNotes {
  /** Merged into the outcome of the draft at the same index (a warning, the test flag). */
  perDraft?: (Partial<InboundOrderOutcome> | undefined)[];
  /** Outcomes about the document as a whole, added after the orders'; they do not change its status. */
  document?: InboundOrderOutcome[];
}

export async function ingestDrafts(
  deps: IngestDependencies,
  documentId: string,
  partner: PartnerRow,
  drafts: ReadOrder[],
  notes: IngestNotes = {},
): Promise<Omit<IngestResult, 'duplicate'>> {
  const mapping = await deps.db.mappingVersion.findUniqueOrThrow({
    where: { name_version: { name: partner.mappingName, version: partner.mappingVersion } },
  });
  const rules = rulesOf(mapping);
  const outcomes: InboundOrderOutcome[] = [];
  const rejected: RejectedOrder[] = [];
  const refuse = (order: Omit<RejectedOrder, 'problem'>, problem: RejectedOrder['problem']) => {
    outcomes.push({ sourceOrderId: order.sourceOrderId, problem });
    rejected.push({ ...order, problem });
  };
  let placed = 0;
  for (const draft of drafts) {
    if (isOrderCancellation(draft)) {
      const taken = await takeInCancellation(deps, documentId, partner, draft);
      outcomes.push(taken.outcome);
      if (taken.refused) rejected.push(taken.refused);
      continue;
    }
    if (isOrderNotTaken(draft)) {
      // One for a person (a cancellation, a change) waits in the document; the rest are refused.
      if (awaitsAPerson(draft.problem))
        outcomes.push({ sourceOrderId: draft.sourceOrderId, problem: problemOf(draft.problem) });
      else refuse({ sourceOrderId: draft.sourceOrderId, code: codeOf(draft.problem) }, problemOf(draft.problem));
      continue;
    }
    const about = {
      sourceOrderId: draft.sourceOrderId,
      purchaseOrderNumber: draft.purchaseOrderNumber,
      orderedOn: draft.orderedOn,
    };
    const cancelledFirst = await cancelledBeforeArrival(deps.db, partner.id, draft.sourceOrderId);
    if (cancelledFirst) {
      refuse({ ...about, code: 'cancelled-before-arrival' }, cancelledFirst);
      continue;
    }
    const mapped = mapDraft(withReusedPurchaseOrder(draft, partner), mappingDataOf(partner), rules);
    if (!mapped.order) {
      refuse(
        { ...about, code: 'not-mappable' },
        { title: 'The order cannot be mapped to a canonical order', errors: mapped.problems },
      );
      continue;
    }
    try {
      // The partner's terms go with the order, so the pipeline applies them (see partner-terms).
      const order: ReceivedOrder = { ...mapped.order, partnerTerms: termsOfPartner(partner) };
      const received = await receiveOrder(deps.db, {
        order,
        consumer: `partner:${partner.id}`,
        actor: `partner:${partner.id}`,
        now: deps.clock.now(),
        reusesPurchaseOrderNumbers: partner.reusesPurchaseOrderNumbers,
      });
      await deps.db.inboundDocumentOrder.createMany({
        data: [
          {
            documentId,
            orderId: received.orderId,
            partnerId: partner.id,
            sourceOrderId: draft.sourceOrderId,
            mappingName: mapping.name,
            mappingVersion: mapping.version,
          },
        ],
        skipDuplicates: true,
      });
      // Woken per order: the first orders of a large interchange need not wait for the last.
      if (!received.replayed) {
        placed++;
        deps.wakePipeline();
      }
      outcomes.push({
        sourceOrderId: draft.sourceOrderId,
        orderId: received.orderId,
        duplicate: received.replayed || undefined,
        possibleDuplicateOf: received.possibleDuplicateOf,
      });
    } catch (error) {
      if (!(error instanceof CrossdockError) || error.status >= 500) throw error;
      // The order exists already with other content: a changed resend is refused and told, naming the
      // order taken first, which is left alone; a replay of the document that made it is only reported.
      if (error.status === 409) {
        const changed = await changedResendRefusal(deps.db, documentId, mapped.order, error);
        if (changed) refuse({ ...about, code: changed.code, takenFirst: changed.takenFirst }, changed.problem);
        else outcomes.push({ sourceOrderId: draft.sourceOrderId, problem: problemOf(error) });
      }
      // A business refusal of this one order: told to its sender, and the others go on.
      else refuse({ ...about, code: codeOf(error) }, problemOf(error));
    }
  }
  // A cancellation carried out (or with nothing to cancel) is the document done, as an order made is.
  const succeeded = outcomes.filter((outcome) => (outcome.orderId || outcome.cancellation) && !outcome.problem).length;
  const status =
    drafts.length > 0 && succeeded === outcomes.length
      ? 'processed'
      : succeeded > 0
        ? 'partially-processed'
        : 'rejected';
  notes.perDraft?.forEach((note, index) => note && outcomes[index] && Object.assign(outcomes[index], note));
  if (drafts.length === 0) outcomes.push({ problem: { title: 'The document holds no order' } });
  outcomes.push(...(notes.document ?? []));
  await settleAndAnswer(deps, documentId, partner, status, outcomes, rejected);
  deps.logger.info('inbound document taken in', {
    documentId,
    partnerId: partner.id,
    status,
    orders: succeeded,
    newOrders: placed,
  });
  return { documentId, status, outcomes };
}

/**
 * A partner that reuses PO numbers sends one number for several orders over time; the PO's date
 * (an 850's BEG05) tells them apart in the natural key, so the same order resent is still that order
 * and a later one under the number is a new order rather than a changed one.
 */
function withReusedPurchaseOrder<T extends { sourceOrderId: string; orderedOn?: string }>(
  draft: T,
  partner: PartnerRow,
): T {
  return partner.reusesPurchaseOrderNumbers && draft.orderedOn
    ? { ...draft, sourceOrderId: `${draft.sourceOrderId}@${draft.orderedOn}` }
    : draft;
}

/** A refusal as an outcome's problem. */
export function problemOf(error: CrossdockError): NonNullable<InboundOrderOutcome['problem']> {
  return {
    title: error.title,
    detail: error.message !== error.title ? error.message : undefined,
    errors: error.fieldErrors,
  };
}

/** A business problem with a reason code is a question for a person, not a refusal (see purchase-order-purpose). */
function awaitsAPerson(error: CrossdockError): boolean {
  return error.kind === 'business' && error.reasonCode !== undefined;
}

/** The problem's short name, e.g. "validation-failed" (the last part of its type URN). */
function codeOf(error: CrossdockError): string {
  return error.type.split(':').pop() || 'refused';
}

/** Records what became of a document. */
export async function settleDocument(
  deps: IngestDependencies,
  documentId: string,
  status: string,
  outcomes: InboundOrderOutcome[],
): Promise<void> {
  await deps.db.inboundDocument.update({
    where: { id: documentId },
    data: {
      status,
      outcome: outcomesColumn.write(storableJson(outcomes)),
      processedAt: deps.clock.now(),
    },
  });
}
