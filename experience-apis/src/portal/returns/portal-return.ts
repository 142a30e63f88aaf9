import type { ReturnReason, ReturnStatus } from '@crossdock/shared-contracts/contracts/model/return';

/** What a portal user sends to ask to return goods from one of their orders. */
export interface PortalReturnRequest {
  /** The portal order the goods came on (its `orderId`). */
  orderId: string;
  reason: ReturnReason;
  /**
   * What is wrong, in the customer's words.
   * @maxLength 500
   */
  note?: string;
  /** @minItems 1 */
  lines: PortalReturnRequestLine[];
}

export interface PortalReturnRequestLine {
  sku: string;
  /**
   * The order line, when the SKU is on more than one.
   * @isInt
   * @minimum 1
   */
  lineNumber?: number;
  /**
   * @isInt
   * @minimum 1
   */
  quantity: number;
  /** The unit the line was ordered in (the quantity counts in it); when given, it must be that unit. */
  uom?: string;
}

/** A return as the portal shows it. */
export interface PortalReturn {
  returnId: string;
  /** The RMA number to quote on the parcel, once the return is authorised. */
  rmaNumber?: string;
  /** The portal order the goods came on (its `orderId`). */
  orderId: string;
  /** requested (waiting for our review), authorised, received, credited or rejected. */
  status: ReturnStatus;
  /** The status in words for the customer. */
  statusText: string;
  reason: ReturnReason;
  /** Each quantity counts in the unit its order line was ordered in. */
  lines: { lineNumber: number; sku: string; quantity: number }[];
  /** The credit memo, once credited. */
  creditMemoId?: string;
}

export interface PortalReturnPage {
  items: PortalReturn[];
  nextCursor?: string;
}
