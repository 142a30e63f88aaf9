import type { Address } from '@crossdock/shared-contracts/contracts/model/address';
import type { CustomerOrderStatus } from '../../shared/order-status';

/** An order a rep takes for a customer. */
export interface MobileOrderRequest {
  /** The customer's purchase order number, when they give one. */
  purchaseOrderNumber?: string;
  /** @format date */
  requestedDeliveryDate?: string;
  /** Defaults to the account's ship-to address. */
  shipTo?: Address;
  /** @minItems 1 */
  lines: MobileOrderLineRequest[];
}

export interface MobileOrderLineRequest {
  sku: string;
  /**
   * In `uom`.
   * @isInt
   * @minimum 1
   */
  quantity: number;
  /** Defaults to the item's base unit. */
  uom?: string;
}

/** The order as the app confirms it to the rep. */
export interface MobileOrder {
  orderId: string;
  customerId: string;
  orderNumber?: string;
  status: CustomerOrderStatus;
  statusText: string;
  currency?: string;
  lines: { lineNumber: number; sku: string; quantity: number; uom?: string; unitPrice?: string; lineTotal?: string }[];
  subtotal?: string;
  tax?: string;
  total?: string;
}
