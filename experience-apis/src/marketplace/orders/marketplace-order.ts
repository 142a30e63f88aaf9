import type { Address } from '@crossdock/shared-contracts/contracts/model/address';
import type { CustomerOrderStatus } from '../../shared/order-status';

/** An order in Crossdock's published marketplace format, in the partner's own SKUs. */
export interface MarketplaceOrderRequest {
  /**
   * The order's id in the partner's system; Crossdock accepts an order once per id.
   * @pattern ^[A-Za-z0-9._:-]{1,64}$
   * @example "NW-2026-118842"
   */
  partnerOrderId: string;
  purchaseOrderNumber?: string;
  /** @format date */
  requestedDeliveryDate?: string;
  shipTo: Address;
  /** @minItems 1 */
  lines: MarketplaceOrderLineRequest[];
}

export interface MarketplaceOrderLineRequest {
  /**
   * The partner's line number, answered back on the order and its shipments.
   * @isInt
   * @minimum 1
   */
  lineNumber: number;
  /** The partner's SKU, as in its cross-reference with us. */
  partnerSku: string;
  /**
   * @isInt
   * @minimum 1
   */
  quantity: number;
  /**
   * The price the partner sold at, per unit; the order is held when it differs from the contract.
   * @pattern ^\d{1,14}(\.\d{1,4})?$
   */
  unitPrice?: string;
}

/** The order as the partner sees it: its id, its line numbers, its SKUs. */
export interface MarketplaceOrder {
  partnerOrderId: string;
  status: CustomerOrderStatus;
  statusText: string;
  /** Crossdock's order number (the ERP's), once confirmed. */
  orderNumber?: string;
  currency?: string;
  lines: MarketplaceOrderLine[];
  subtotal?: string;
  tax?: string;
  total?: string;
  /** @format date-time */
  receivedAt: string;
  /** @format date-time */
  updatedAt: string;
}

export interface MarketplaceOrderLine {
  lineNumber: number;
  partnerSku: string;
  quantity: number;
  unitPrice?: string;
  lineTotal?: string;
}

/** A shipment of the partner's order, in its line numbers and SKUs. */
export interface MarketplaceShipment {
  shipmentId: string;
  /** created | picked | packed | shipped | delivered */
  status: 'created' | 'picked' | 'packed' | 'shipped' | 'delivered';
  carrier: string;
  trackingNumber?: string;
  trackingUrl?: string;
  /** @format date-time */
  shippedAt?: string;
  /** @format date-time */
  deliveredAt?: string;
  lines: { lineNumber: number; partnerSku: string; quantity: number }[];
}
