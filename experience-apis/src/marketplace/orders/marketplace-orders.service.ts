import type { ProcessOrder } from '@crossdock/shared-contracts/contracts/api/process-orders';
import type { Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import { NotFoundError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { actForCustomer } from '../../confinement/act-for-customer';
import { customerStatusOf, customerStatusWithShipping } from '../../shared/order-status';
import { shipmentStatusOf, trackingUrlOf } from '../../shared/tracking';
import type { ProcessOrdersApi } from '../../upstreams/process-orders-api';
import type { SystemFulfilmentApi } from '../../upstreams/system-fulfilment-api';
import { partnerCalling } from '../partners/marketplace-partner';
import { ourSkuOf, partnerSkuOf, type MarketplacePartner, type PartnerDirectory } from '../partners/partner-directory';
import type { MarketplaceOrder, MarketplaceOrderRequest, MarketplaceShipment } from './marketplace-order';

export interface MarketplaceOrderDeps {
  processOrders: ProcessOrdersApi;
  systemFulfilment: SystemFulfilmentApi;
  partners: PartnerDirectory;
}

// A partner's order ids are unique within the partner: two partners may use the same one.
const sourceOrderIdOf = (partner: MarketplacePartner, partnerOrderId: string) => `${partner.id}:${partnerOrderId}`;

function toMarketplaceOrder(
  partner: MarketplacePartner,
  partnerOrderId: string,
  order: ProcessOrder,
  status = customerStatusOf(order.status),
): MarketplaceOrder {
  return {
    partnerOrderId,
    ...status,
    orderNumber: order.erpOrderId,
    currency: order.currency,
    lines: order.lines.map((line) => ({
      lineNumber: line.lineNumber,
      partnerSku: partnerSkuOf(partner, line.sku),
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      lineTotal: line.lineTotal,
    })),
    subtotal: order.subtotal,
    tax: order.tax,
    total: order.total,
    receivedAt: order.createdAt,
    updatedAt: order.updatedAt,
  };
}

/**
 * Takes a partner's order: its SKUs through its cross-reference, on its customer account, into the
 * process API as every channel's orders go, keyed by the partner's order id so a resubmission is
 * answered with the order already taken. The partner is answered at once (202); it follows the
 * order by its own id.
 */
export async function submitMarketplaceOrder(
  deps: MarketplaceOrderDeps,
  principal: Principal,
  request: MarketplaceOrderRequest,
  idempotencyKey: string | undefined,
): Promise<{ order: MarketplaceOrder; replayed: boolean }> {
  const partner = await partnerCalling(deps.partners, principal);
  const unknown = request.lines
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => !ourSkuOf(partner, line.partnerSku));
  if (unknown.length > 0) {
    throw new ValidationError(
      'Some SKUs are not in your cross-reference with us.',
      unknown.map(({ line, index }) => ({
        field: `lines.${index}.partnerSku`,
        message: `${line.partnerSku} is not cross-referenced`,
      })),
    );
  }
  const placed = await actForCustomer(partner.customerId, async () => {
    const customer = {
      customerId: partner.customerId,
      channel: 'marketplace' as const,
      sourceOrderId: sourceOrderIdOf(partner, request.partnerOrderId),
    };
    const lines = request.lines.map((line) => ({
      lineNumber: line.lineNumber,
      sku: ourSkuOf(partner, line.partnerSku)!,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      customerPartNumber: line.partnerSku,
    }));
    return deps.processOrders.placeOrder(
      {
        ...customer,
        purchaseOrderNumber: request.purchaseOrderNumber ?? request.partnerOrderId,
        requestedDeliveryDate: request.requestedDeliveryDate,
        shipTo: request.shipTo,
        lines,
      },
      idempotencyKey,
      0,
    );
  });
  return { order: toMarketplaceOrder(partner, request.partnerOrderId, placed.order), replayed: placed.replayed };
}

async function findPartnerOrder(
  deps: MarketplaceOrderDeps,
  partner: MarketplacePartner,
  partnerOrderId: string,
): Promise<ProcessOrder> {
  const page = await deps.processOrders.listOrders({
    customerId: partner.customerId,
    channel: 'marketplace',
    sourceOrderId: sourceOrderIdOf(partner, partnerOrderId),
    limit: 1,
  });
  const order = page.items[0];
  if (!order) throw new NotFoundError(`Order ${partnerOrderId} does not exist.`);
  return order;
}

/** The partner's order by its own id, with its status in the partner's terms. */
export async function getMarketplaceOrder(
  deps: MarketplaceOrderDeps,
  principal: Principal,
  partnerOrderId: string,
): Promise<MarketplaceOrder> {
  const partner = await partnerCalling(deps.partners, principal);
  return actForCustomer(partner.customerId, async () => {
    const order = await findPartnerOrder(deps, partner, partnerOrderId);
    if (!order.erpOrderId) return toMarketplaceOrder(partner, partnerOrderId, order);
    const [salesOrder, shipments] = await Promise.all([
      deps.systemFulfilment.getSalesOrder(order.erpOrderId),
      deps.systemFulfilment.listShipments({
        customerId: partner.customerId,
        salesOrderId: order.erpOrderId,
        limit: 200,
      }),
    ]);
    return toMarketplaceOrder(
      partner,
      partnerOrderId,
      order,
      customerStatusWithShipping(order.status, { salesOrder, shipments: shipments.items }),
    );
  });
}

/** The shipments of the partner's order, with tracking, in its line numbers and SKUs. */
export async function listMarketplaceShipments(
  deps: MarketplaceOrderDeps,
  principal: Principal,
  partnerOrderId: string,
): Promise<MarketplaceShipment[]> {
  const partner = await partnerCalling(deps.partners, principal);
  return actForCustomer(partner.customerId, async () => {
    const order = await findPartnerOrder(deps, partner, partnerOrderId);
    if (!order.erpOrderId) return [];
    const shipments = await deps.systemFulfilment.listShipments({
      customerId: partner.customerId,
      salesOrderId: order.erpOrderId,
      limit: 200,
    });
    return shipments.items.map((shipment) => ({
      shipmentId: shipment.id,
      status: shipmentStatusOf(shipment),
      carrier: shipment.carrier,
      trackingNumber: shipment.trackingNumber,
      trackingUrl: trackingUrlOf(shipment),
      shippedAt: shipment.milestones.shippedAt,
      deliveredAt: shipment.milestones.deliveredAt,
      // The order keeps the partner's line numbers all the way to the ERP.
      lines: shipment.lines.map((line) => ({
        lineNumber: line.orderLineNumber,
        partnerSku: partnerSkuOf(partner, line.sku),
        quantity: line.quantity,
      })),
    }));
  });
}
