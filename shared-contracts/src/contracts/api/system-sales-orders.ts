import type { Address } from '../model/address';

/** A sales order as the ERP holds it. */
export interface ErpSalesOrder {
  /** The ERP's order number, e.g. `SO-000042`. */
  id: string;
  /** The caller's key: creating with the same key again gives this same order. */
  orderKey: string;
  customerId: string;
  purchaseOrderNumber?: string;
  /** open | partially_shipped | shipped | cancelled */
  status: string;
  currency: string;
  shipTo: Address;
  lines: ErpSalesOrderLine[];
  /** Decimal string. */
  subtotal: string;
  /** @format date-time */
  createdAt: string;
  /** @format date-time */
  updatedAt: string;
}

export interface ErpSalesOrderLine {
  lineNumber: number;
  sku: string;
  quantity: number;
  uom: string;
  /** The quantity in the item's base unit. */
  baseQuantity: number;
  /** Decimal string per `uom`. */
  unitPrice: string;
  /** Decimal string. */
  lineTotal: string;
  priceRule: string;
  /** Stock held for this line, per warehouse, in the base unit. */
  reservations: LineReservation[];
  /** Shipped so far, in the line's unit. */
  shippedQuantity: number;
}

/** Stock held for an order line in one warehouse. */
export interface LineReservation {
  warehouseId: string;
  /**
   * In the item's base unit.
   * @isInt
   * @minimum 1
   */
  quantity: number;
}

export interface CreateErpSalesOrderRequest {
  /** Idempotency: the same key twice gives the same ERP order. */
  orderKey: string;
  customerId: string;
  purchaseOrderNumber?: string;
  shipTo: Address;
  lines: CreateErpSalesOrderLine[];
}

export interface CreateErpSalesOrderLine {
  /** @isInt @minimum 1 */
  lineNumber: number;
  sku: string;
  /** @isInt @minimum 1 */
  quantity: number;
  uom: string;
  /** Decimal string per `uom`, as priced. @pattern ^-?\d{1,14}(\.\d{1,4})?$ */
  unitPrice: string;
  priceRule: string;
  /**
   * Stock to hold for the line, per warehouse (a fulfilment plan's split). All of the order's
   * reservations are made, or none: the order is refused when any cannot be held.
   */
  reservations?: LineReservation[];
  /**
   * Reservations already held for this line (by `POST /reservations`), to move onto the order
   * instead of holding stock again. All must still be held, for this line's item, or the order is
   * refused (INSUFFICIENT_STOCK).
   */
  reservationIds?: string[];
}

export interface CancelSalesOrderRequest {
  /** @minLength 3 */
  reason: string;
}
