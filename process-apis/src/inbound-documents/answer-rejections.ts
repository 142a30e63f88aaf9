import type { InboundOrderOutcome } from '@crossdock/shared-contracts/contracts/process-inbound-documents';
import { isoDateOf } from '../channels/outbound-documents/partner-order';
import { keepOutboundDocument } from '../channels/outbound-documents/outbound-documents';
import { controlNumberScope, envelopeFor, partiesOf } from '../channels/edi/partner-envelope';
import type { ControlNumberAllocator } from '../channels/x12/control-numbers';
import type { WrittenInterchange } from '../channels/x12/write-interchange';
import { write855Rejection } from '../channels/x12/write-855';
import type { ProcessDatabase } from '../database';
import { writeEvents, type EventToWrite } from '../fulfilment/order-events';
import type { PartnerRow } from '../partners/partner-view';
import { outcomesColumn } from './document-columns';
import { storableJson } from './storable-text';
import type { Clock } from '@crossdock/shared-contracts/time/clock';

/** An order of a document, acknowledged as received, that the business refuses: it is told so. */
export interface RejectedOrder {
  sourceOrderId?: string;
  purchaseOrderNumber?: string;
  /** YYYY-MM-DD, the order's own date when the document gave one. */
  orderedOn?: string;
  /** A short code for the reason (the problem's slug, e.g. "validation-failed"). */
  code: string;
  problem: NonNullable<InboundOrderOutcome['problem']>;
}

export interface AnswerDependencies {
  db: ProcessDatabase;
  clock: Clock;
  /** Where an X12 partner's 855s get their control numbers; without it (a test's) none is written. */
  controlNumbers?: ControlNumberAllocator;
}

/**
 * Records what became of a document and tells the sender of every order refused, in one
 * transaction: an acknowledged order never ends in silence. Each refusal is an event
 * (com.crossdock.inbound_order.rejected, which web shops' and API callers' integrations follow, with
 * the document's status and outcomes); an X12 partner also gets an 855 with BAK02 RJ and the reason,
 * kept as an outbound document like the other 855s. Control numbers are allocated first: a crash
 * after that leaves a gap in them, never an answer sent twice.
 */
export async function settleAndAnswer(
  deps: AnswerDependencies,
  documentId: string,
  partner: PartnerRow,
  status: string,
  outcomes: InboundOrderOutcome[],
  refused: readonly RejectedOrder[],
): Promise<void> {
  // A replay that refuses an order again tells nobody again: each refusal is sent once per document.
  const told = await refusalsToldFor(deps.db, documentId);
  const rejected = refused.filter((order) => !told.has(order.sourceOrderId ?? ''));
  const answers = await rejectionsFor(deps, partner, rejected);
  await deps.db.$transaction(async (tx) => {
    await tx.inboundDocument.update({
      where: { id: documentId },
      data: {
        status,
        outcome: outcomesColumn.write(storableJson(outcomes)),
        processedAt: deps.clock.now(),
      },
    });
    const events: EventToWrite[] = [];
    for (const [index, order] of rejected.entries()) {
      const written = answers[index];
      const kept = written
        ? await keepOutboundDocument(tx, { kind: '855', partnerId: partner.id, reference: documentId, written })
        : undefined;
      events.push({
        entity: 'inbound_order',
        change: 'rejected',
        subject: documentId,
        data: storableJson(eventData(documentId, partner, order, kept?.id)),
      });
    }
    await writeEvents(tx, events);
  });
}

/** The orders of a document whose refusal was told already (by their source order id; '' for the document's own). */
async function refusalsToldFor(db: ProcessDatabase, documentId: string): Promise<Set<string>> {
  const events = await db.outboxEvent.findMany({
    where: { type: 'com.crossdock.inbound_order.rejected', subject: documentId },
    select: { data: true },
  });
  return new Set(events.map((event) => String((event.data as { sourceOrderId?: string } | null)?.sourceOrderId ?? '')));
}

/** The 855 RJ for each refused order of an X12 partner (undefined where none can be written). */
async function rejectionsFor(
  deps: AnswerDependencies,
  partner: PartnerRow,
  rejected: readonly RejectedOrder[],
): Promise<(WrittenInterchange | undefined)[]> {
  if (partner.channel !== 'x12' || !deps.controlNumbers || rejected.length === 0) return rejected.map(() => undefined);
  const { ours, theirs } = partiesOf(partner);
  const today = isoDateOf(deps.clock.now());
  const answers: (WrittenInterchange | undefined)[] = [];
  for (const order of rejected) {
    const purchaseOrderNumber = order.purchaseOrderNumber ?? order.sourceOrderId;
    // Without BEG03 there is nothing an 855 could refer to (the 997 has refused that set already).
    if (!purchaseOrderNumber) {
      answers.push(undefined);
      continue;
    }
    const controlNumbers = await deps.controlNumbers.allocate(controlNumberScope(ours, theirs));
    const input = {
      purchaseOrderNumber,
      purchaseOrderDate: order.orderedOn ?? today,
      acknowledgedOn: today,
      reasonCode: order.code,
      reason: reasonText(order.problem),
    };
    answers.push(write855Rejection(input, envelopeFor(partner, controlNumbers, deps.clock.now())));
  }
  return answers;
}

/** The reason in words: the title, then what exactly (the detail, or the fields at fault). */
function reasonText(problem: RejectedOrder['problem']): string {
  const what = problem.errors?.length
    ? problem.errors.map((error) => `${error.field}: ${error.message}`).join('; ')
    : problem.detail;
  return what ? `${problem.title}: ${what}` : problem.title;
}

function eventData(
  documentId: string,
  partner: PartnerRow,
  order: RejectedOrder,
  answerId: string | undefined,
): Record<string, unknown> {
  return {
    documentId,
    partnerId: partner.id,
    channel: partner.channel,
    ...(order.sourceOrderId ? { sourceOrderId: order.sourceOrderId } : {}),
    reason: order.problem.title,
    ...(order.problem.detail ? { detail: order.problem.detail } : {}),
    errors: order.problem.errors ?? [],
    ...(answerId ? { answerDocumentId: answerId } : {}),
  };
}
