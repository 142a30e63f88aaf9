import type { X12Identifiers } from '@crossdock/shared-contracts/contracts/api/process-partners';
import { BusinessRuleError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import type { ReadOrder } from '../../inbound-documents/channel-order-draft';
import { firstPart } from '../../inbound-documents/document-part';
import type { InboundChannel, RefusalAnswer, RejectedOrder } from '../../inbound-documents/inbound-channel';
import type { PartnerRow } from '../../partners/partner-view';
import { isoDateOf } from '../outbound-documents/partner-order';
import { keepOutboundDocument } from '../outbound-documents/outbound-documents';
import type { ControlNumberAllocator } from '../x12/control-numbers';
import { purchaseOrdersToTake } from '../x12/purchase-order-purpose';
import { readInboundInterchange, type InboundInterchange } from '../x12/read-inbound-interchange';
import { write855Rejection } from '../x12/write-855';
import { controlNumberScope, envelopeFor, partiesOf } from './partner-envelope';
import { X12_INTERCHANGE_KIND } from './receive-interchange';
import { refusalReason } from '../../inbound-documents/refusal-reason';

export interface X12ChannelDependencies {
  /** Where the 855s refusing orders get their control numbers (shared with the partner's other documents). */
  controlNumbers: ControlNumberAllocator;
  clock: Clock;
}

/**
 * X12 EDI with the inbound-documents core: an interchange gives the 850s its 997 accepts (taking one
 * in first goes through receive-interchange, which checks the envelope and answers the 997; this
 * reader serves replays and dry runs), and an order refused is answered with an 855, BAK02 RJ.
 */
export function x12Channel(deps: X12ChannelDependencies): InboundChannel {
  return {
    channel: 'x12',
    readers: {
      [X12_INTERCHANGE_KIND]: (parts, partner) => interchangeOrders(readInboundInterchange(firstPart(parts)), partner),
    },
    answerRefusals: (partner, refused) => rejections855(deps, partner, refused),
  };
}

/** Given the partner (to take the orders in), a test interchange places orders only for a partner in test mode. */
function interchangeOrders(inbound: InboundInterchange, partner: PartnerRow | undefined): ReadOrder[] {
  const orders = purchaseOrdersToTake(inbound.purchaseOrders);
  const test = inbound.interchange.header.usage === 'T';
  if (!partner || !test || (partner.x12 as X12Identifiers | null)?.testMode === true) return orders;
  return orders.map((order) => ({
    sourceOrderId: order.sourceOrderId,
    problem: new BusinessRuleError(
      'TEST_INTERCHANGE',
      'A test interchange (ISA15 T) places no order: the partner is not in test mode.',
    ),
  }));
}

/** The 855 RJ for each refused order, kept as an outbound document like the other 855s (undefined where none can be written). */
async function rejections855(
  deps: X12ChannelDependencies,
  partner: PartnerRow,
  rejected: readonly RejectedOrder[],
): Promise<(RefusalAnswer | undefined)[]> {
  const { ours, theirs } = partiesOf(partner);
  const today = isoDateOf(deps.clock.now());
  const answers: (RefusalAnswer | undefined)[] = [];
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
      reason: refusalReason(order.problem),
    };
    const written = write855Rejection(input, envelopeFor(partner, controlNumbers, deps.clock.now()));
    answers.push((tx, documentId) =>
      keepOutboundDocument(tx, { kind: '855', partnerId: partner.id, reference: documentId, written }),
    );
  }
  return answers;
}
