import type { InboundOrderOutcome } from '@crossdock/shared-contracts/contracts/api/process-inbound-documents';
import { CrossdockError } from '@crossdock/shared-contracts/contracts/errors/crossdock-error';
import type { ProcessDatabase } from '../database';
import type { PartnerRow } from '../partners/partner-view';
import { recordStep } from '../timeline/record-step';
import type { OrderCancellation } from './channel-order-draft';
import type { RejectedOrder } from './inbound-channel';

/**
 * Cancels an order the one way the process API's cancel does (orders/cancel-order: the ERP order
 * cancelled, reservations released, the timeline and the order.cancelled event), as the partner.
 */
export type CancelOrderPort = (orderId: string, reason: string, partner: PartnerRow) => Promise<unknown>;

export interface CancellationDependencies {
  db: ProcessDatabase;
  cancelOrder: CancelOrderPort;
}

/** What became of a channel's cancellation: its outcome, and when it could not be done, the refusal to tell. */
export interface CancellationTaken {
  outcome: InboundOrderOutcome;
  refused?: RejectedOrder;
}

const NOT_CANCELLABLE = 'urn:crossdock:problem:order-not-cancellable';
const IN_FLIGHT = 'urn:crossdock:problem:order-in-flight';

/**
 * Takes in a channel's word that one of its orders is cancelled. The order taken in under that source
 * order id from this partner is cancelled; one already cancelled is cancelled once. One that can no
 * longer be cancelled (goods left, the ERP refuses) is refused with the reason, noted on the order's
 * timeline and told by the inbound_order.rejected event: a person arranges the return. A cancellation
 * of an order never taken in cancels nothing and is remembered, so the order is refused if it arrives
 * after it (see cancelledBeforeArrival).
 */
export async function takeInCancellation(
  deps: CancellationDependencies,
  documentId: string,
  partner: PartnerRow,
  cancellation: OrderCancellation,
): Promise<CancellationTaken> {
  const { sourceOrderId } = cancellation;
  const channelReason = cancellation.cancellation.reason;
  const link = await deps.db.inboundDocumentOrder.findFirst({
    where: { partnerId: partner.id, sourceOrderId },
    orderBy: { createdAt: 'asc' },
    select: { orderId: true, order: { select: { status: true } } },
  });
  if (!link) {
    await deps.db.channelCancellation.upsert({
      where: { partnerId_sourceOrderId: { partnerId: partner.id, sourceOrderId } },
      create: { partnerId: partner.id, sourceOrderId, documentId, reason: channelReason },
      update: {},
    });
    return {
      outcome: {
        sourceOrderId,
        cancellation: 'nothing-to-cancel',
        notes: [
          `No order ${sourceOrderId} was taken in from this partner: nothing is cancelled, and it is refused if it arrives.`,
        ],
      },
    };
  }
  const { orderId } = link;
  if (link.order.status === 'REJECTED')
    return {
      outcome: {
        sourceOrderId,
        orderId,
        cancellation: 'nothing-to-cancel',
        notes: [`Order ${orderId} was rejected: nothing to cancel.`],
      },
    };
  const reason = `Cancelled on the ${partner.channel} channel${channelReason ? ` (${channelReason})` : ''}`;
  try {
    await deps.cancelOrder(orderId, reason, partner);
  } catch (error) {
    if (!(error instanceof CrossdockError)) throw error;
    if (error.type === IN_FLIGHT)
      // A pipeline step is running on the order: the document stays to be taken in again (the channel
      // delivers again on the 503; a poll reads the page again).
      throw new CrossdockError({
        slug: 'order-in-flight',
        title: error.title,
        status: 503,
        kind: 'transient',
        detail: error.message,
        retryAfterSeconds: 5,
      });
    if (error.type !== NOT_CANCELLABLE) throw error;
    return tooLate(deps.db, partner, sourceOrderId, orderId, error);
  }
  const already = link.order.status === 'CANCELLED';
  return {
    outcome: {
      sourceOrderId,
      orderId,
      cancellation: already ? 'already-cancelled' : 'cancelled',
      ...(already ? { duplicate: true } : {}),
    },
  };
}

/** The order cannot be cancelled any more: said on its timeline and refused, for a person to act on. */
async function tooLate(
  db: ProcessDatabase,
  partner: PartnerRow,
  sourceOrderId: string,
  orderId: string,
  error: CrossdockError,
): Promise<CancellationTaken> {
  const detail = `The ${partner.channel} channel cancelled order ${sourceOrderId} (our ${orderId}), but it cannot be cancelled: ${error.message}`;
  await recordStep(db, { orderId, step: 'cancel', outcome: 'failed', detail, actor: `partner:${partner.id}` });
  const problem = { title: 'The order cannot be cancelled any more', detail };
  return {
    outcome: { sourceOrderId, cancellation: 'too-late', problem },
    refused: { sourceOrderId, code: 'order-not-cancellable', problem },
  };
}

/**
 * The refusal of an order whose cancellation came first (a shop's webhooks out of order), or nothing:
 * it is not placed, since the buyer no longer wants it.
 */
export async function cancelledBeforeArrival(
  db: ProcessDatabase,
  partnerId: string,
  sourceOrderId: string,
): Promise<RejectedOrder['problem'] | undefined> {
  const kept = await db.channelCancellation.findUnique({
    where: { partnerId_sourceOrderId: { partnerId, sourceOrderId } },
  });
  if (!kept) return undefined;
  return {
    title: 'The order was cancelled before it arrived',
    detail: `Inbound document ${kept.documentId} cancelled order ${sourceOrderId}${kept.reason ? ` (${kept.reason})` : ''} before the order itself arrived: it is not placed.`,
  };
}
