import type { Address } from '@crossdock/shared-contracts/model/address';

/** What a portal user sends to place an order for their own company. */
export interface PortalOrderRequest {
  /** The buyer's own purchase order number, printed on documents. */
  purchaseOrderNumber?: string;
  /** @format date */
  requestedDeliveryDate?: string;
  /** Defaults to the account's ship-to address. */
  shipTo?: Address;
  /** @minItems 1 */
  lines: PortalOrderLineRequest[];
}

export interface PortalOrderLineRequest {
  /** @example "HXB-004" */
  sku: string;
  /**
   * In `uom`.
   * @isInt
   * @minimum 1
   */
  quantity: number;
  /** EA, CS, PL...; defaults to the item's base unit. */
  uom?: string;
}

/** An order as the portal shows it to the customer. */
export interface PortalOrder {
  orderId: string;
  /** The ERP's order number, once the order is confirmed. */
  orderNumber?: string;
  purchaseOrderNumber?: string;
  /** received | processing | confirmed | needs-attention | cancelled | shipped | invoiced */
  status: string;
  /** The status in words for the customer. */
  statusText: string;
  currency?: string;
  lines: PortalOrderLine[];
  /** Decimal string. */
  subtotal?: string;
  /** Sales tax for the ship-to; decimal string. */
  tax?: string;
  /** subtotal + tax; decimal string. */
  total?: string;
  shipTo: Address;
  /** @format date-time */
  placedAt: string;
}

export interface PortalOrderLine {
  lineNumber: number;
  sku: string;
  quantity: number;
  uom?: string;
  /** Decimal string. */
  unitPrice?: string;
  /** Decimal string. */
  lineTotal?: string;
}

export interface PortalOrderPage {
  items: PortalOrder[];
  nextCursor?: string;
}
