import type { Principal } from '@crossdock/shared-contracts/context/request-context';
import { ConflictError } from '@crossdock/shared-contracts/errors/errors';
import type { ReturnAuthorisation, ReturnStatus } from '@crossdock/shared-contracts/model/return';
import { ownedBy } from '../../confinement/not-found';
import type { ProcessOrdersApi } from '../../upstreams/process-orders-api';
import type { SystemFulfilmentApi } from '../../upstreams/system-fulfilment-api';
import { portalCustomerOf } from '../portal-customer';
import type { PortalReturn, PortalReturnPage, PortalReturnRequest } from './portal-return';

export interface PortalReturnDeps {
  processOrders: ProcessOrdersApi;
  systemFulfilment: SystemFulfilmentApi;
}

const STATUS_TEXT: Record<ReturnStatus, string> = {
  requested: 'We have your return request and will confirm it shortly.',
  authorised: 'Your return is approved: send the goods back quoting the return number.',
  received: 'We have received the goods and are preparing your credit.',
  credited: 'Your credit has been issued.',
  rejected: 'We could not accept this return. Please contact us.',
};

function toPortalReturn(authorisation: ReturnAuthorisation): PortalReturn {
  return {
    returnId: authorisation.id,
    orderNumber: authorisation.orderId,
    status: authorisation.status,
    statusText: STATUS_TEXT[authorisation.status],
    reason: authorisation.reason,
    note: authorisation.note,
    lines: authorisation.lines.map((line) => ({ sku: line.sku, quantity: line.quantity, uom: line.uom, receivedQuantity: line.receivedQuantity })),
    creditMemoId: authorisation.creditMemoId,
    requestedAt: authorisation.requestedAt,
    updatedAt: authorisation.updatedAt,
  };
}

/**
 * Asks to return goods from one of the customer's orders: a return authorisation (RMA) in the ERP,
 * through the system API. The ERP refuses more than was shipped less what was already returned.
 */
export async function requestPortalReturn(deps: PortalReturnDeps, principal: Principal, request: PortalReturnRequest): Promise<PortalReturn> {
  const customerId = portalCustomerOf(principal);
  // The process API answers 404 for an order of another customer: the token carries the customer.
  const order = await deps.processOrders.getOrder(request.orderId);
  if (!order.erpOrderId) throw new ConflictError('order-not-confirmed', 'The order has not been confirmed', `Order ${request.orderId} has not been confirmed yet, so nothing of it can be returned.`);
  const requested = await deps.systemFulfilment.requestReturn({ customerId, salesOrderId: order.erpOrderId, reason: request.reason, note: request.note, lines: request.lines });
  return toPortalReturn(requested);
}

/** The customer's returns, newest first. */
export async function listPortalReturns(deps: PortalReturnDeps, principal: Principal, query: { status?: ReturnStatus; cursor?: string; limit?: number }): Promise<PortalReturnPage> {
  const page = await deps.systemFulfilment.listReturns({ customerId: portalCustomerOf(principal), ...query });
  return { items: page.items.map(toPortalReturn), nextCursor: page.nextCursor };
}

/** One of the customer's returns; another customer's answers 404, as one that does not exist. */
export async function getPortalReturn(deps: PortalReturnDeps, principal: Principal, returnId: string): Promise<PortalReturn> {
  const authorisation = await ownedBy(portalCustomerOf(principal), 'Return', returnId, () => deps.systemFulfilment.getReturn(returnId), (found) => found.customerId);
  return toPortalReturn(authorisation);
}
