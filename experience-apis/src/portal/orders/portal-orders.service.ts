import type { Principal } from '@crossdock/shared-contracts/context/request-context';
import { ForbiddenError, ValidationError } from '@crossdock/shared-contracts/errors/errors';
import type { ProcessOrdersApi } from '../../upstreams/process-orders-api';
import type { SystemCustomersApi } from '../../upstreams/system-customers-api';
import type { PortalOrder, PortalOrderPage, PortalOrderRequest } from './portal-order';
import { toPortalOrder } from './portal-order-view';

export interface PortalOrderDeps {
  processOrders: ProcessOrdersApi;
  systemCustomers: SystemCustomersApi;
}

/** A portal token acts for exactly one customer; one without is not a portal user. */
export function portalCustomerOf(principal: Principal): string {
  if (!principal.customerId) throw new ForbiddenError('Portal calls need a customer-scoped token.');
  return principal.customerId;
}

/**
 * Places an order for the portal user's own company. The Idempotency-Key is the portal order's
 * identity in its channel, so a retried click never becomes a second order.
 */
export async function placePortalOrder(deps: PortalOrderDeps, principal: Principal, request: PortalOrderRequest, idempotencyKey: string | undefined): Promise<{ order: PortalOrder; replayed: boolean }> {
  const customerId = portalCustomerOf(principal);
  if (!idempotencyKey || !/^[A-Za-z0-9._:-]{8,128}$/.test(idempotencyKey)) {
    throw new ValidationError('Send an Idempotency-Key header (8 to 128 letters, digits, or . _ : -), a new one per order.', [{ field: 'header.Idempotency-Key', message: 'required, 8 to 128 characters' }]);
  }
  const shipTo = request.shipTo ?? (await deps.systemCustomers.getCustomer(customerId)).shipTo;
  const placed = await deps.processOrders.placeOrder(
    {
      channel: 'portal',
      sourceOrderId: `${customerId}:${idempotencyKey}`,
      customerId,
      purchaseOrderNumber: request.purchaseOrderNumber,
      requestedDeliveryDate: request.requestedDeliveryDate,
      shipTo,
      lines: request.lines.map((line, index) => ({ lineNumber: index + 1, sku: line.sku, quantity: line.quantity, uom: line.uom })),
    },
    idempotencyKey,
  );
  return { order: toPortalOrder(placed.order), replayed: placed.replayed };
}

export async function getPortalOrder(deps: PortalOrderDeps, principal: Principal, orderId: string): Promise<PortalOrder> {
  portalCustomerOf(principal);
  // process-apis answers 404 for another customer's order: the token carries the customer.
  return toPortalOrder(await deps.processOrders.getOrder(orderId));
}

export async function listPortalOrders(deps: PortalOrderDeps, principal: Principal, cursor?: string, limit?: number): Promise<PortalOrderPage> {
  const page = await deps.processOrders.listOrders({ customerId: portalCustomerOf(principal), cursor, limit });
  return { items: page.items.map(toPortalOrder), nextCursor: page.nextCursor };
}
