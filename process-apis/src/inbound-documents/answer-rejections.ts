import type { InboundOrderOutcome } from '@crossdock/shared-contracts/contracts/api/process-inbound-documents';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import type { ProcessDatabase } from '../database';
import { writeEvents, type EventToWrite } from '../fulfilment/order-events';
import type { PartnerRow } from '../partners/partner-view';
import type { InboundChannels } from './channel-registry';
import type { RejectedOrder } from './inbound-channel';
import { outcomesColumn } from './document-columns';
import { storableJson } from './storable-text';

export interface AnswerDependencies {
  db: ProcessDatabase;
  clock: Clock;
  /** The channels: the partner's channel may answer a refusal with a document of its own (see InboundChannel). */
  channels: InboundChannels;
}

/**
 * Records what became of a document and tells the sender of every order refused, in one
 * transaction: an acknowledged order never ends in silence. Each refusal is an event
 * (com.crossdock.inbound_order.rejected, which web shops' and API callers' integrations follow, with
 * the document's status and outcomes); a partner whose channel answers refusals (X12: an 855 with
 * BAK02 RJ and the reason) also gets that answer, kept in the same transaction. The answers are
 * written first: a crash after that leaves a gap in their control numbers, never an answer sent twice.
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
  const answers = await deps.channels.answerRefusals(partner, rejected);
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
      const kept = await answers[index]?.(tx, documentId);
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
    ...(order.takenFirst ? { orderTakenFirst: order.takenFirst } : {}),
    ...(answerId ? { answerDocumentId: answerId } : {}),
  };
}
