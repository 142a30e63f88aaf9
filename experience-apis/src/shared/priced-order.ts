import type { ProcessOrder } from '@crossdock/shared-contracts/contracts/api/process-orders';

/** An order's lines and money as a customer sees them: what each line costs, not the rule that priced it. */
export interface CustomerPricedOrder {
  currency?: string;
  lines: { lineNumber: number; sku: string; quantity: number; uom?: string; unitPrice?: string; lineTotal?: string }[];
  subtotal?: string;
  tax?: string;
  total?: string;
}

/** The portal and the mobile app show an order's lines and totals alike. */
export function customerPricedOrder(order: ProcessOrder): CustomerPricedOrder {
  return {
    currency: order.currency,
    lines: order.lines.map((line) => ({
      lineNumber: line.lineNumber,
      sku: line.sku,
      quantity: line.quantity,
      uom: line.uom,
      unitPrice: line.unitPrice,
      lineTotal: line.lineTotal,
    })),
    subtotal: order.subtotal,
    tax: order.tax,
    total: order.total,
  };
}
