import type { ReturnDisposition, ReturnReason } from '../model/return';

/** A customer's request to send back goods shipped on an order. */
export interface RequestOrderReturn {
  orderId: string;
  reason: ReturnReason;
  note?: string;
  /** @minItems 1 */
  lines: { lineNumber: number; quantity: number }[];
}

/** review: waiting for a person (see `reviewReasons`); authorised: the RMA may come back; then received, credited. */
export type OrderReturnStatus = 'review' | 'authorised' | 'rejected' | 'received' | 'credited';

export interface ProcessReturn {
  id: string;
  orderId: string;
  customerId: string;
  status: OrderReturnStatus;
  reason: string;
  /** Why it needs a person: OUTSIDE_RETURN_WINDOW, NOT_RETURNABLE. */
  reviewReasons: string[];
  lines: { lineNumber: number; sku: string; quantity: number }[];
  /** The ERP's RMA. */
  erpReturnId?: string;
  creditMemoId?: string;
  creditAmount?: string;
}

/** The goods came back to a warehouse: per RMA line, how many, restocked or scrapped. */
export interface ReceiveOrderReturn {
  warehouseId: string;
  /** @minItems 1 */
  lines: { lineNumber: number; quantity: number; disposition: ReturnDisposition }[];
}
