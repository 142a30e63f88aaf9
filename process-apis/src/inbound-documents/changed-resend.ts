import type { CrossdockError } from '@crossdock/shared-contracts/contracts/errors/crossdock-error';
import type { ChannelSalesOrder } from '@crossdock/shared-contracts/contracts/model/order-input';
import type { ProcessDatabase } from '../database';
import type { RejectedOrder } from './inbound-channel';

/** The receiver's refusal of an order whose channel, customer and source order id were taken before with other content. */
const SOURCE_ORDER_CONFLICT = 'source-order-conflict';

/**
 * A changed resend: an order whose source order id was taken in before, from another document, with
 * other content. It is refused and told to its sender like any refusal (an event; X12, EDIFACT and UBL
 * also get their refusal document), naming the order taken first, which stands unchanged: a change
 * needs a person. Undefined when the order taken first came from this very document when it was taken
 * in before (a replay after a mapping change: reported in the outcome, told to nobody, the order left
 * alone) or when the 409 is something else (a race between copies).
 */
export async function changedResendRefusal(
  db: ProcessDatabase,
  documentId: string,
  order: Pick<ChannelSalesOrder, 'channel' | 'customerId' | 'sourceOrderId'>,
  error: CrossdockError,
): Promise<Pick<RejectedOrder, 'code' | 'problem' | 'takenFirst'> | undefined> {
  if (!error.type.endsWith(`:${SOURCE_ORDER_CONFLICT}`)) return undefined;
  const first = await db.order.findUnique({
    where: {
      channel_customerId_sourceOrderId: {
        channel: order.channel,
        customerId: order.customerId,
        sourceOrderId: order.sourceOrderId,
      },
    },
    select: {
      id: true,
      sourceOrderId: true,
      documents: { where: { documentId }, select: { document: { select: { processedAt: true } } } },
    },
  });
  // Made by this document when it was taken in before: this is a replay. (Made by it just now, the
  // document repeats the order with other content, and the repeat is refused.)
  if (!first || first.documents.some((link) => link.document.processedAt !== null)) return undefined;
  return {
    code: SOURCE_ORDER_CONFLICT,
    takenFirst: { orderId: first.id, sourceOrderId: first.sourceOrderId },
    problem: {
      title: error.title,
      detail:
        `The ${order.channel} order ${order.sourceOrderId} was taken in before as order ${first.id} with other ` +
        `content; this copy is not taken, and order ${first.id} stands as it was first sent. Changes to an order ` +
        'are not taken this way.',
    },
  };
}
