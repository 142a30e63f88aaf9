import type { ReturnDisposition, ReturnReason } from '../model/return';

export interface RequestReturnRequest {
  customerId: string;
  /** The ERP sales order the goods came from, e.g. `SO-000042`. */
  salesOrderId: string;
  reason: ReturnReason;
  note?: string;
  /** @minItems 1 */
  lines: RequestReturnLine[];
  /**
   * The caller's key for this return: requesting again with the same key (a retry after a lost
   * answer) answers the return opened the first time and claims nothing more.
   */
  returnKey?: string;
}

export interface RequestReturnLine {
  sku: string;
  /** @isInt @minimum 1 */
  quantity: number;
  /** Defaults to the item's base unit. */
  uom?: string;
}

export interface ReceiveReturnRequest {
  /** Where restocked goods go. */
  warehouseId: string;
  /** @minItems 1 */
  lines: ReceiveReturnLine[];
}

export interface ReceiveReturnLine {
  /** @isInt @minimum 1 */
  lineNumber: number;
  /** @isInt @minimum 0 */
  quantity: number;
  disposition: ReturnDisposition;
}

/** The credit given for a received return. */
export interface CreditMemo {
  id: string;
  returnId: string;
  customerId: string;
  currency: string;
  /** Decimal string. */
  amount: string;
  /** @format date-time */
  issuedAt: string;
}
