import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import type { ProcessDatabase } from '../../database';
import type { SystemApi } from '../../system-api/system-api';
import type { AcknowledgedLine } from '../x12/write-855';
import { orderAcknowledgement } from '../outbound-documents/order-acknowledgement';
import type { OutboundDocument } from '../outbound-documents/outbound-documents';
import { partnerById, partnerOrder, receivedOf } from '../outbound-documents/partner-order';
import { outcomeReason, type OrderAnswerer } from '../outbound-documents/business-answers';
import { keepOrderResponse } from './order-responses';
import { readUblOrder, type UblOrder } from './read-ubl-order';
import { unitCodeOf } from './ubl-order-draft';
import type { OrderResponseCode, OrderResponseLine } from './write-order-response';

export interface AnswerOrderDependencies {
  db: ProcessDatabase;
  systemApi: SystemApi;
  clock: Clock;
}

/**
 * Writes the OrderResponse for an order a UBL partner sent, from where the order stands, the way an
 * 855 is written for an X12 partner (see order-acknowledgement): AP when every line is promised as
 * ordered; CA when a line is backordered or our price or unit differs, each line with its status
 * (5 accepted, 3 changed with what we will deliver); RE for an order rejected or cancelled. Kept as an
 * outbound document referring to the order.
 *
 * @throws NotFoundError (404) when the partner sent no such order; ValidationError (400) for a partner that is not UBL;
 *   ConflictError (409) while the order is not planned yet (what can be promised is not known).
 */
export async function answerOrder(
  deps: AnswerOrderDependencies,
  partnerId: string,
  orderId: string,
): Promise<OutboundDocument> {
  const partner = await partnerById(deps.db, partnerId);
  if (partner.channel !== 'ubl')
    throw new ValidationError(`Partner ${partnerId} sends ${partner.channel}, not UBL: it gets no OrderResponse.`, [
      { field: 'partnerId', message: 'not a UBL partner' },
    ]);
  const order = await partnerOrder(deps.db, partner, { orderId });
  const items = await deps.systemApi.findItems(receivedOf(order).lines.map((line) => line.sku));
  const acknowledgement = orderAcknowledgement(order, partner, items, deps.clock.now());
  const sent = await ublOrderOf(deps.db, order.id);
  const answer = responseOf(acknowledgement.lines, sent, order.status);
  return keepOrderResponse(deps.db, {
    partnerId: partner.id,
    order: sent,
    ...answer,
    salesOrderId: order.erpOrderId ?? order.id,
    reference: order.id,
    at: deps.clock.now(),
  });
}

/**
 * The OrderResponse a UBL partner gets once its order is decided, with no one asking: AP or CA when
 * accepted (as answerOrder writes it), AB (received, held for a decision) with the hold's reasons,
 * RE with the reason when rejected. Kept in the transaction that records the answer.
 */
export function ublOrderAnswerer(deps: AnswerOrderDependencies): OrderAnswerer {
  return {
    async prepare(order, partner, outcome) {
      const sent = await ublOrderOf(deps.db, order.id);
      let answer: { code: OrderResponseCode; note?: string; lines?: OrderResponseLine[] };
      if (outcome === 'accepted') {
        const items = await deps.systemApi.findItems(receivedOf(order).lines.map((line) => line.sku));
        answer = responseOf(orderAcknowledgement(order, partner, items, deps.clock.now()).lines, sent, order.status);
      } else {
        const reason = await outcomeReason(deps.db, order, outcome);
        answer = { code: outcome === 'held' ? 'AB' : 'RE', note: `${reason.code}: ${reason.text}` };
      }
      return (tx) =>
        keepOrderResponse(tx, {
          partnerId: partner.id,
          order: sent,
          ...answer,
          ...(outcome === 'accepted' ? { salesOrderId: order.erpOrderId ?? order.id } : {}),
          reference: order.id,
          at: deps.clock.now(),
        });
    },
  };
}

/** The UBL Order the order came in, as kept. */
async function ublOrderOf(db: ProcessDatabase, orderId: string): Promise<UblOrder> {
  const link = await db.inboundDocumentOrder.findFirstOrThrow({ where: { orderId }, select: { documentId: true } });
  const part = await db.inboundDocumentPart.findFirstOrThrow({
    where: { documentId: link.documentId },
    orderBy: { seq: 'asc' },
  });
  return readUblOrder(part.body);
}

/** AP, CA or RE, with the lines and the note a CA or RE needs. */
export function responseOf(
  lines: readonly AcknowledgedLine[],
  sent: UblOrder,
  status: string,
): { code: OrderResponseCode; note?: string; lines?: OrderResponseLine[] } {
  if (lines.every((line) => line.acknowledgements.every((ack) => ack.status === 'rejected')))
    return { code: 'RE', note: `The order is ${status.toLowerCase()}.` };
  const answered = lines.map((line, index) =>
    lineAnswer(line, sent.lines[index]?.id ?? String(line.lineNumber), sent, index),
  );
  if (answered.every((line) => line.answer.status === 'accepted')) return { code: 'AP' };
  return {
    code: 'CA',
    note: answered
      .map((line) => line.note)
      .filter(Boolean)
      .join(' '),
    lines: answered.map((line) => line.answer),
  };
}

function lineAnswer(
  line: AcknowledgedLine,
  lineId: string,
  sent: UblOrder,
  index: number,
): { answer: OrderResponseLine; note?: string } {
  const promised = line.acknowledgements.filter((ack) => ack.status === 'accepted' || ack.status === 'changed');
  const backordered = line.acknowledgements.filter((ack) => ack.status === 'backordered');
  if (backordered.length === 0 && promised.every((ack) => ack.status === 'accepted'))
    return { answer: { lineId, status: 'accepted' } };
  const uom = promised[0]?.uom ?? backordered[0]?.uom ?? line.uom;
  const quantity = promised.reduce((sum, ack) => sum + ack.quantity, 0);
  const sentLine = sent.lines[index];
  const answer: OrderResponseLine = {
    lineId,
    // Changed: what is delivered now, the rest follows as it arrives (backordered).
    status: 'changed',
    quantity: { value: String(quantity), unitCode: unitCodeOf(uom, sentLine?.unitCode) },
  };
  if (line.unitPrice !== undefined) answer.priceAmount = line.unitPrice;
  const short = backordered.reduce((sum, ack) => sum + ack.quantity, 0);
  return { answer, note: short > 0 ? `Line ${lineId}: ${short} ${uom} backordered.` : undefined };
}
