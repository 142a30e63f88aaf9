import type { Address } from '../model/address';

/** A sales order as the ERP holds it. */
export interface ErpSalesOrder {
  /** The ERP's order number, e.g. `SO-000042`. */
  id: string;
  /** The caller's key: creating with the same key again gives this same order. */
  orderKey: string;
  customerId: string;
  purchaseOrderNumber?: string;
  /** open | cancelled */
  status: string;
  currency: string;
  shipTo: Address;
  lines: ErpSalesOrderLine[];
  /** Decimal string. */
  subtotal: string;
  /** @format date-time */
  createdAt: string;
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
}
