import { BusinessRuleError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ReadOrder } from '../../inbound-documents/channel-order-draft';
import type { InboundPurchaseOrder } from './read-inbound-interchange';

/** BEG01 (X12 element 353) codes a partner sends on an 850, in the words of the standard. */
const PURPOSES: Readonly<Record<string, string>> = {
  '00': 'original',
  '01': 'cancellation',
  '04': 'change',
  '05': 'replace',
  '06': 'confirmation',
  '07': 'duplicate',
  '22': 'information copy',
};

/**
 * What becomes of each 850 the 997 accepts: an original (BEG01 00, or none) is taken in. Any other
 * purpose speaks of an order sent before; taken as a new order, a cancellation repeating the lines
 * would be recognised as a duplicate and swallowed, and a replacement refused as a conflict. So it
 * goes to a person, as the order's problem in the inbound document, while the 997 still
 * acknowledges its receipt (the 997 speaks of syntax, not of what the business does with an order).
 */
export function purchaseOrdersToTake(orders: InboundPurchaseOrder[]): ReadOrder[] {
  return orders.map((order) => {
    const purpose = order.purposeCode ?? '00';
    if (purpose === '00') return order.draft;
    const named = PURPOSES[purpose] ? `${purpose} (${PURPOSES[purpose]})` : purpose;
    return {
      sourceOrderId: order.draft.sourceOrderId,
      problem: new BusinessRuleError(
        'PURPOSE_NOT_ORIGINAL',
        `BEG01 ${named} is not taken automatically: only originals (00) are. Purchase order ${order.draft.sourceOrderId} needs a person to apply it to the order placed before.`,
      ),
    };
  });
}
