import type { OrderReturnStatus, ProcessReturn } from '@crossdock/shared-contracts/contracts/api/process-returns';
import type { ProcessOrder, ProcessOrderLine } from '@crossdock/shared-contracts/contracts/api/process-orders';
import type { Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import { BusinessRuleError, ConflictError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ReturnReason, ReturnStatus } from '@crossdock/shared-contracts/contracts/model/return';
import type { ProcessOrdersApi } from '../../upstreams/process-orders-api';
import type { ProcessReturnsApi } from '../../upstreams/process-returns-api';
import { ownedBy } from '../../confinement/not-found';
import { portalCustomerOf } from '../portal-customer';
import type { PortalReturn, PortalReturnPage, PortalReturnRequest, PortalReturnRequestLine } from './portal-return';

export interface PortalReturnDeps {
  processOrders: ProcessOrdersApi;
  processReturns: ProcessReturnsApi;
}

// A return waiting for a person's review is, to the customer, a request not yet answered.
const PORTAL_STATUS: Record<OrderReturnStatus, [status: ReturnStatus, text: string]> = {
  review: ['requested', 'We have your return request and will confirm it shortly.'],
  authorised: ['authorised', 'Your return is approved: send the goods back quoting the RMA number.'],
  received: ['received', 'We have received the goods and are preparing your credit.'],
  credited: ['credited', 'Your credit has been issued.'],
  rejected: ['rejected', 'We could not accept this return. Please contact us.'],
};

function processStatusOf(status: ReturnStatus): OrderReturnStatus | undefined {
  return (Object.keys(PORTAL_STATUS) as OrderReturnStatus[]).find((each) => PORTAL_STATUS[each][0] === status);
}

function toPortalReturn(found: ProcessReturn): PortalReturn {
  const [status, statusText] = PORTAL_STATUS[found.status];
  return {
    returnId: found.id,
    rmaNumber: found.erpReturnId,
    orderId: found.orderId,
    status,
    statusText,
    reason: found.reason as ReturnReason,
    lines: found.lines.map((line) => ({ lineNumber: line.lineNumber, sku: line.sku, quantity: line.quantity })),
    creditMemoId: found.creditMemoId,
  };
}

/** The order line a portal return line names: by SKU, narrowed by line number or unit when given. */
function orderLineOf(order: ProcessOrder, wanted: PortalReturnRequestLine, index: number): ProcessOrderLine {
  const candidates = order.lines.filter(
    (line) =>
      line.sku === wanted.sku &&
      (wanted.lineNumber === undefined || line.lineNumber === wanted.lineNumber) &&
      (wanted.uom === undefined || line.uom === wanted.uom),
  );
  if (candidates.length === 0)
    throw new BusinessRuleError(
      'NOT_ON_ORDER',
      `${wanted.sku}${wanted.uom ? ` in ${wanted.uom}` : ''} is not on order ${order.id}.`,
    );
  if (candidates.length > 1)
    throw new ValidationError(`${wanted.sku} is on several lines of order ${order.id}; name the line.`, [
      { field: `lines.${index}.lineNumber`, message: candidates.map((line) => line.lineNumber).join(' | ') },
    ]);
  return candidates[0]!;
}

/**
 * Asks to return goods from one of the customer's orders, through the process API's return rules:
 * refused beyond what shipped less what was returned, authorised at once within the return window
 * for returnable goods, otherwise left for a person to review.
 */
export async function requestPortalReturn(
  deps: PortalReturnDeps,
  principal: Principal,
  request: PortalReturnRequest,
): Promise<PortalReturn> {
  portalCustomerOf(principal);
  // The process API answers 404 for an order of another customer: the token carries the customer.
  const order = await deps.processOrders.getOrder(request.orderId);
  if (!order.erpOrderId)
    throw new ConflictError(
      'order-not-confirmed',
      'The order has not been confirmed',
      `Order ${request.orderId} has not been confirmed yet, so nothing of it can be returned.`,
    );
  const lines = request.lines.map((line, index) => ({
    lineNumber: orderLineOf(order, line, index).lineNumber,
    quantity: line.quantity,
  }));
  const requested = await deps.processReturns.requestReturn({
    orderId: order.id,
    reason: request.reason,
    ...(request.note ? { note: request.note } : {}),
    lines,
  });
  return toPortalReturn(requested);
}

/** The customer's returns, newest first. */
export async function listPortalReturns(
  deps: PortalReturnDeps,
  principal: Principal,
  query: { status?: ReturnStatus; cursor?: string; limit?: number },
): Promise<PortalReturnPage> {
  const page = await deps.processReturns.listReturns({
    customerId: portalCustomerOf(principal),
    status: query.status && processStatusOf(query.status),
    cursor: query.cursor,
    limit: query.limit,
  });
  return { items: page.items.map(toPortalReturn), nextCursor: page.nextCursor };
}

/** One of the customer's returns; another customer's answers 404, as one that does not exist. */
export async function getPortalReturn(
  deps: PortalReturnDeps,
  principal: Principal,
  returnId: string,
): Promise<PortalReturn> {
  const found = await ownedBy(
    portalCustomerOf(principal),
    'Return',
    returnId,
    () => deps.processReturns.getReturn(returnId),
    (each) => each.customerId,
  );
  return toPortalReturn(found);
}
