import type { EdifactIdentifiers } from '@crossdock/shared-contracts/contracts/api/process-partners';
import { BusinessRuleError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ReadOrder } from '../../inbound-documents/channel-order-draft';
import { firstPart } from '../../inbound-documents/document-part';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import type { InboundChannel, RefusalAnswer, RejectedOrder } from '../../inbound-documents/inbound-channel';
import type { PartnerRow } from '../../partners/partner-view';
import { isoDateOf } from '../outbound-documents/partner-order';
import { keepOutboundDocument } from '../outbound-documents/outbound-documents';
import type { ControlNumberAllocator } from '../x12/control-numbers';
import type { EdifactParty } from '../edifact/parse-interchange';
import { writeOrdrspRejection } from '../edifact/write-ordrsp';
import {
  ordersToTake,
  readEdifactInterchange,
  type InboundEdifactInterchange,
} from '../edifact/read-inbound-interchange';
import { refusalReason } from '../../inbound-documents/refusal-reason';

/** The document kind an EDIFACT interchange is stored and read again as. */
export const EDIFACT_INTERCHANGE_KIND = 'edifact-interchange';

export interface EdifactChannelDependencies {
  /** Where the ORDRSPs refusing orders get their UNB references (one sequence per pair of ids, as CONTRLs). */
  controlNumbers: ControlNumberAllocator;
  clock: Clock;
}

/**
 * UN/EDIFACT with the inbound-documents core: an interchange gives the ORDERS messages its CONTRL
 * acknowledges (taking one in first goes through receive-edifact-interchange, which checks the
 * envelope and answers the CONTRL; this reader serves replays and dry runs), and an order refused
 * is answered with an ORDRSP, BGM 1225 27 (not accepted), kept for the partner.
 */
export function edifactChannel(deps: EdifactChannelDependencies): InboundChannel {
  return {
    channel: 'edifact',
    readers: {
      [EDIFACT_INTERCHANGE_KIND]: (parts, partner) =>
        interchangeOrders(readEdifactInterchange(firstPart(parts)), partner),
    },
    answerRefusals: (partner, refused) => rejectionsOrdrsp(deps, partner, refused),
  };
}

/** UNB sender and recipient of what we send the partner: from its recipient id (us) to its sender id. */
export function envelopePartiesOf(ids: EdifactIdentifiers): { from: EdifactParty; to: EdifactParty } {
  return {
    from: { id: ids.recipientId, qualifier: ids.recipientQualifier ?? '' },
    to: { id: ids.senderId, qualifier: ids.senderQualifier ?? '' },
  };
}

/** The ORDRSP refusing each order, kept as an outbound document (undefined where it names no order). */
async function rejectionsOrdrsp(
  deps: EdifactChannelDependencies,
  partner: PartnerRow,
  rejected: readonly RejectedOrder[],
): Promise<(RefusalAnswer | undefined)[]> {
  const ids = partner.edifact as EdifactIdentifiers | null;
  const answers: (RefusalAnswer | undefined)[] = [];
  for (const order of rejected) {
    const purchaseOrderNumber = order.purchaseOrderNumber ?? order.sourceOrderId;
    // Without its BGM order number there is nothing an ORDRSP could refer to (the CONTRL refused that message).
    if (!ids || !purchaseOrderNumber) {
      answers.push(undefined);
      continue;
    }
    const { from, to } = envelopePartiesOf(ids);
    const numbers = await deps.controlNumbers.allocate(
      `edifact:${from.qualifier}:${from.id}>${to.qualifier}:${to.id}`,
      0,
    );
    const now = deps.clock.now();
    const refusal = {
      purchaseOrderNumber,
      ...(order.orderedOn ? { orderedOn: order.orderedOn } : {}),
      answeredOn: isoDateOf(now),
      reasonCode: order.code,
      reason: refusalReason(order.problem),
    };
    const envelope = {
      syntax: { identifier: 'UNOC', version: '3' },
      from,
      to,
      controlReference: String(numbers.interchange),
      at: now,
    };
    const written = writeOrdrspRejection(refusal, envelope);
    answers.push((tx, documentId) =>
      keepOutboundDocument(tx, { kind: 'ORDRSP', partnerId: partner.id, reference: documentId, written }),
    );
  }
  return answers;
}

/** A test interchange (UNB 0035 = 1) places orders only for a partner in test mode. */
export function interchangeOrders(inbound: InboundEdifactInterchange, partner: PartnerRow | undefined): ReadOrder[] {
  const orders = ordersToTake(inbound.orders);
  if (!partner || !inbound.interchange.test || testModeOf(partner)) return orders;
  return orders.map((order) => ({
    sourceOrderId: order.sourceOrderId,
    problem: new BusinessRuleError(
      'TEST_INTERCHANGE',
      'A test interchange (UNB 0035 = 1) places no order: the partner is not in test mode.',
    ),
  }));
}

export function testModeOf(partner: PartnerRow): boolean {
  return (partner.edifact as EdifactIdentifiers | null)?.testMode === true;
}
