import type { Address, AddressAsSent } from '@crossdock/shared-contracts/contracts/model/address';
import type { CustomerOrderStatus, CustomerTimelineEntry } from '../../shared/order-status';
import type { PortalShipment } from '../shipments/portal-shipment';

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
  status: CustomerOrderStatus;
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
  /** Where it ships to; partial or absent only while an EDI or shop order waits for its address. */
  shipTo?: AddressAsSent;
  /** @format date-time */
  placedAt: string;
  /** What happened to the order so far, in the customer's words, oldest first. */
  timeline: CustomerTimelineEntry[];
  /** On the order itself (not in lists), once anything has shipped: the shipments with tracking. */
  shipments?: PortalShipment[];
  /** On the order itself (not in lists), once invoiced. */
  invoices?: PortalOrderInvoice[];
}

/** An invoice of the order, in brief (the invoice itself is at /invoices/{invoiceId}). */
export interface PortalOrderInvoice {
  invoiceId: string;
  /** @format date */
  invoiceDate: string;
  /** @format date */
  dueDate: string;
  total: string;
  balanceDue: string;
}

/** Placing a past order again: the same items and quantities, at today's prices. */
export interface PortalReorderRequest {
  purchaseOrderNumber?: string;
  /** @format date */
  requestedDeliveryDate?: string;
  /** Defaults to the account's ship-to address. */
  shipTo?: Address;
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
