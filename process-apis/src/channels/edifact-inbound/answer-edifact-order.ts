import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import type { ProcessDatabase } from '../../database';
import type { Order } from '../../generated/prisma/client';
import type { PartnerRow } from '../../partners/partner-view';
import type { SystemApi } from '../../system-api/system-api';
import { outcomeReason, type BusinessOutcome, type OrderAnswerer } from '../outbound-documents/business-answers';
import { orderAcknowledgement } from '../outbound-documents/order-acknowledgement';
import { keepOutboundDocument } from '../outbound-documents/outbound-documents';
import { isoDateOf, receivedOf } from '../outbound-documents/partner-order';
import type { ControlNumberAllocator } from '../x12/control-numbers';
import type { AcknowledgedLine } from '../x12/write-855';
import { writeOrdrsp, type AnsweredLine, type OrderAnswer } from '../edifact/write-ordrsp';
import { edifactOrderContext } from './edifact-order-context';

export interface EdifactAnswerDependencies {
  db: ProcessDatabase;
  systemApi: SystemApi;
  clock: Clock;
  controlNumbers: ControlNumberAllocator;
}

/**
 * The ORDRSP an EDIFACT partner gets once its order is decided, after the CONTRL that acknowledged
 * the ORDERS: 29 accepted as ordered, 30 accepted with the lines that change (from the order's plan,
 * as an 855 says it), 12 held for a person (the hold's reasons in FTX AAI), 27 rejected (the reason
 * in FTX AAO). Written in the directory and syntax of the ORDERS, under our next control reference.
 */
export function edifactOrderAnswerer(deps: EdifactAnswerDependencies): OrderAnswerer {
  return {
    async prepare(order, partner, outcome) {
      const answer = await answerOf(deps, order, partner, outcome);
      return async (tx) => {
        const context = await edifactOrderContext(tx, order);
        if (!context) throw new Error(`Order ${order.id} came in no EDIFACT interchange kept.`);
        const written = writeOrdrsp(
          {
            ...answer,
            ...(context.orderedOn ? { orderedOn: context.orderedOn } : {}),
            release: context.release,
          },
          await context.nextEnvelope(deps.controlNumbers, deps.clock.now()),
        );
        return keepOutboundDocument(tx, { kind: 'ORDRSP', partnerId: partner.id, reference: order.id, written });
      };
    },
  };
}

async function answerOf(
  deps: EdifactAnswerDependencies,
  order: Order,
  partner: PartnerRow,
  outcome: BusinessOutcome,
): Promise<OrderAnswer> {
  const answer: OrderAnswer = {
    purchaseOrderNumber: order.purchaseOrderNumber ?? order.sourceOrderId,
    answeredOn: isoDateOf(deps.clock.now()),
    outcome,
    ...(order.erpOrderId ? { salesOrderId: order.erpOrderId } : {}),
  };
  if (outcome !== 'accepted') return { ...answer, reason: await outcomeReason(deps.db, order, outcome) };
  const items = await deps.systemApi.findItems(receivedOf(order).lines.map((line) => line.sku));
  const lines = orderAcknowledgement(order, partner, items, deps.clock.now()).lines.map(answeredLine);
  return lines.every((line) => line.status === 'accepted' && line.backordered === 0) ? answer : { ...answer, lines };
}

/** Per line: accepted as ordered (5), or changed (3) with what is delivered now and what follows. */
function answeredLine(line: AcknowledgedLine): AnsweredLine {
  const promised = line.acknowledgements.filter((ack) => ack.status === 'accepted' || ack.status === 'changed');
  const backordered = line.acknowledgements.filter((ack) => ack.status === 'backordered');
  const sum = (acks: typeof promised) => acks.reduce((total, ack) => total + ack.quantity, 0);
  const answered: AnsweredLine = {
    lineNumber: line.lineNumber,
    sku: line.sku,
    status: backordered.length === 0 && promised.every((ack) => ack.status === 'accepted') ? 'accepted' : 'changed',
    quantity: sum(promised),
    backordered: sum(backordered),
    uom: promised[0]?.uom ?? backordered[0]?.uom ?? line.uom,
  };
  if (line.customerPartNumber) answered.customerPartNumber = line.customerPartNumber;
  if (line.gtin) answered.gtin = line.gtin;
  return answered;
}
