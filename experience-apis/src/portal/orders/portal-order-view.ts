import type { ProcessOrder } from '@crossdock/shared-contracts/contracts/process-orders';
import type { SalesOrderStatus } from '@crossdock/shared-contracts/model/sales-order';
import type { PortalOrder } from './portal-order';

// The customer sees where their order is, in their words; internal steps and hold reasons stay inside.
const CUSTOMER_STATUS: Record<SalesOrderStatus, [status: string, text: string]> = {
  RECEIVED: ['received', 'We have your order.'],
  VALIDATED: ['processing', 'We are preparing your order.'],
  PLANNED: ['processing', 'We are preparing your order.'],
  SUBMITTED: ['confirmed', 'Your order is confirmed.'],
  PARTIALLY_SHIPPED: ['shipped', 'Part of your order has shipped.'],
  SHIPPED: ['shipped', 'Your order has shipped.'],
  INVOICED: ['invoiced', 'Your order has been invoiced.'],
  CLOSED: ['invoiced', 'Your order is complete.'],
  HELD: ['needs-attention', 'Our team is reviewing your order and will contact you if anything is needed.'],
  REJECTED: ['cancelled', 'We could not accept this order. Please contact us.'],
  CANCELLED: ['cancelled', 'This order was cancelled.'],
  FAILED: ['processing', 'We are preparing your order.'],
};

export function toPortalOrder(order: ProcessOrder): PortalOrder {
  const [status, statusText] = CUSTOMER_STATUS[order.status];
  return {
    orderId: order.id,
    orderNumber: order.erpOrderId,
    purchaseOrderNumber: order.purchaseOrderNumber,
    status,
    statusText,
    currency: order.currency,
    lines: order.lines.map((line) => ({ lineNumber: line.lineNumber, sku: line.sku, quantity: line.quantity, uom: line.uom, unitPrice: line.unitPrice, lineTotal: line.lineTotal })),
    subtotal: order.subtotal,
    tax: order.tax,
    total: order.total,
    shipTo: order.shipTo,
    placedAt: order.createdAt,
  };
}
