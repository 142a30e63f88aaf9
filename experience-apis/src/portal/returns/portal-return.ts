import type { ReturnReason, ReturnStatus } from '@crossdock/shared-contracts/model/return';

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
   * @isInt
   * @minimum 1
   */
  quantity: number;
  /** Defaults to the item's base unit. */
  uom?: string;
}

/** A return as the portal shows it. */
export interface PortalReturn {
  /** The RMA number to quote on the parcel. */
  returnId: string;
  /** The order the goods came on (the ERP's order number). */
  orderNumber?: string;
  status: ReturnStatus;
  /** The status in words for the customer. */
  statusText: string;
  reason: ReturnReason;
  note?: string;
  lines: { sku: string; quantity: number; uom: string; receivedQuantity?: number }[];
  /** The credit memo, once credited. */
  creditMemoId?: string;
  /** @format date-time */
  requestedAt: string;
  /** @format date-time */
  updatedAt: string;
}

export interface PortalReturnPage {
  items: PortalReturn[];
  nextCursor?: string;
}
