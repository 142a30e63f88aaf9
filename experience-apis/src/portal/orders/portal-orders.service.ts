import type { ProcessOrder } from '@crossdock/shared-contracts/contracts/api/process-orders';
import type { Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import { placeCustomerOrder } from '../../shared/place-customer-order';
import type { ProcessOrdersApi } from '../../upstreams/process-orders-api';
import type { SystemFulfilmentApi } from '../../upstreams/system-fulfilment-api';
import { portalCustomerOf } from '../portal-customer';
import type { PortalOrder, PortalOrderPage, PortalOrderRequest, PortalReorderRequest } from './portal-order';
import { toPortalOrder, type ErpDocuments } from './portal-order-view';

export interface PortalOrderDeps {
  processOrders: ProcessOrdersApi;
  systemFulfilment: SystemFulfilmentApi;
}

// An order's shipments and invoices fit on one page: an order ships in a handful of parcels.
const DOCUMENTS_PER_ORDER = 200;

/** A portal order as placed: `settled` false while it waits to be confirmed (the ERP away, say). */
export interface PlacedPortalOrder {
  order: PortalOrder;
  replayed: boolean;
  settled: boolean;
}

/**
 * Places an order for the portal user's own company. The Idempotency-Key is the portal order's
 * identity in its channel, so a retried click never becomes a second order.
 */
export async function placePortalOrder(
  deps: PortalOrderDeps,
  principal: Principal,
  request: PortalOrderRequest,
  idempotencyKey: string | undefined,
): Promise<PlacedPortalOrder> {
  const placed = await placeCustomerOrder(deps, {
    channel: 'portal',
    customerId: portalCustomerOf(principal),
    idempotencyKey,
    request,
  });
  return { ...placed, order: toPortalOrder(placed.order) };
}

/** One of the customer's orders, with its shipments and invoices once the ERP has it. */
export async function getPortalOrder(
  deps: PortalOrderDeps,
  principal: Principal,
  orderId: string,
): Promise<PortalOrder> {
  const customerId = portalCustomerOf(principal);
  // process-apis answers 404 for another customer's order: the token carries the customer.
  const order = await deps.processOrders.getOrder(orderId);
  return toPortalOrder(
    order,
    order.erpOrderId ? await erpDocumentsOf(deps.systemFulfilment, customerId, order.erpOrderId) : undefined,
  );
}

export async function listPortalOrders(
  deps: PortalOrderDeps,
  principal: Principal,
  cursor?: string,
  limit?: number,
): Promise<PortalOrderPage> {
  const page = await deps.processOrders.listOrders({ customerId: portalCustomerOf(principal), cursor, limit });
  return { items: page.items.map((order) => toPortalOrder(order)), nextCursor: page.nextCursor };
}

/** Places a past order again: its items, quantities and units, priced today. */
export async function reorderPortalOrder(
  deps: PortalOrderDeps,
  principal: Principal,
  orderId: string,
  request: PortalReorderRequest,
  idempotencyKey: string | undefined,
): Promise<PlacedPortalOrder> {
  const past: ProcessOrder = await deps.processOrders.getOrder(orderId);
  const lines = past.lines.map((line) => ({ sku: line.sku, quantity: line.quantity, uom: line.uom }));
  return placePortalOrder(deps, principal, { ...request, lines }, idempotencyKey);
}

async function erpDocumentsOf(
  fulfilment: SystemFulfilmentApi,
  customerId: string,
  salesOrderId: string,
): Promise<ErpDocuments> {
  const [salesOrder, shipments, invoices] = await Promise.all([
    fulfilment.getSalesOrder(salesOrderId),
    fulfilment.listShipments({ customerId, salesOrderId, limit: DOCUMENTS_PER_ORDER }),
    fulfilment.listInvoices({ customerId, salesOrderId, limit: DOCUMENTS_PER_ORDER }),
  ]);
  return { salesOrder, shipments: shipments.items, invoices: invoices.items };
}
