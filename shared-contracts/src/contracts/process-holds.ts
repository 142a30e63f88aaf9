import type { Address } from '../model/address';
import type { HoldStatus } from '../model/hold';
import type { SalesOrderStatus } from '../model/sales-order';

/**
 * A hold as the hold queue shows it: the business problem that stopped an order, the step it
 * stopped at, and, once someone acted, who resolved it, when and how.
 */
export interface ProcessHold {
  id: string;
  orderId: string;
  customerId: string;
  /** The order's channel, its id there and its PO number: what support finds the order by. */
  channel?: string;
  sourceOrderId?: string;
  purchaseOrderNumber?: string;
  /** The order's status now: HELD while any of its holds is open. */
  orderStatus: SalesOrderStatus;
  /** e.g. `UNKNOWN_ITEM`, `CREDIT_LIMIT`, `PRICE_MISMATCH` */
  reasonCode: string;
  /** What exactly is wrong, for the person resolving it. */
  detail: string;
  /** The pipeline step that stopped (`validate`, `enrich`, `credit`, ...); the order resumes there. */
  step: string;
  status: HoldStatus;
  /** @format date-time */
  createdAt: string;
  /** When the hold left `open`. @format date-time */
  resolvedAt?: string;
  /** Who resolved it. */
  resolvedBy?: string;
  /** The note given on release, or the reason given to override or reject. */
  resolution?: string;
  /** For a `POSSIBLE_DUPLICATE` hold: the first order with the same customer and PO number. */
  duplicateOfOrderId?: string;
}

/** Releasing a hold: the cause was fixed (the item created, the customer taken off hold, ...). */
export interface ReleaseHoldRequest {
  /**
   * What was fixed, for the audit trail.
   * @maxLength 500
   * @example "Item HX-9999 created in the ERP"
   */
  note?: string;
  /**
   * For an ADDRESS_INCOMPLETE hold only: the complete address to ship the order to, when the order
   * named none or an incomplete one. It replaces the order's ship-to (the timeline says who set it).
   */
  shipTo?: Address;
}

/** Overriding a hold: the order goes on as it is, and the pipeline no longer stops it for this reason. */
export interface OverrideHoldRequest {
  /**
   * Why the order may go on as it is; it is kept on the hold and the order's timeline.
   * @minLength 1
   * @maxLength 500
   * @example "Credit manager approved the overrun for the season opening"
   */
  reason: string;
}

/** Rejecting a held order: it will not be fulfilled. */
export interface RejectHoldRequest {
  /**
   * Why the order is rejected; it is kept on the holds, the timeline and the order.rejected event.
   * @minLength 1
   * @maxLength 500
   * @example "Customer closed the account"
   */
  reason: string;
}
