import type { EdifactIdentifiers } from '@crossdock/shared-contracts/contracts/api/process-partners';
import { BusinessRuleError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ReadOrder } from '../../inbound-documents/channel-order-draft';
import { firstPart } from '../../inbound-documents/document-part';
import type { InboundChannel } from '../../inbound-documents/inbound-channel';
import type { PartnerRow } from '../../partners/partner-view';
import {
  ordersToTake,
  readEdifactInterchange,
  type InboundEdifactInterchange,
} from '../edifact/read-inbound-interchange';

/** The document kind an EDIFACT interchange is stored and read again as. */
export const EDIFACT_INTERCHANGE_KIND = 'edifact-interchange';

/**
 * UN/EDIFACT with the inbound-documents core: an interchange gives the ORDERS messages its CONTRL
 * acknowledges (taking one in first goes through receive-edifact-interchange, which checks the
 * envelope and answers the CONTRL; this reader serves replays and dry runs). An order refused is
 * told by its event: the ORDRSP that would tell the partner is not written yet.
 */
export const edifactChannel: InboundChannel = {
  channel: 'edifact',
  readers: {
    [EDIFACT_INTERCHANGE_KIND]: (parts, partner) =>
      interchangeOrders(readEdifactInterchange(firstPart(parts)), partner),
  },
};

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
