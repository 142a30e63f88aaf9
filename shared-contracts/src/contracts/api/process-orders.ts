import type { z } from 'zod';
import { addressSchema, type Address, type AddressAsSent } from '../model/address';
import { salesOrderInputSchema, type SalesOrderFields } from '../model/order-input';
import type { SalesChannel, SalesOrderStatus } from '../model/sales-order';
import { assertTypesMatch, type Equals } from '../model/type-equality';

/**
 * An order as the process API takes it: the canonical order, whose ship-to a caller may leave out
 * when it does not have one (a portal order taken while the ERP is away). Validation then ships it
 * to the customer's default delivery address from the ERP, or holds it ADDRESS_INCOMPLETE, as it
 * does for a channel document without one.
 */
export interface PlaceOrderRequest extends SalesOrderFields {
  /** Complete when sent; absent, the customer's default delivery address once validated. */
  shipTo?: Address;
}

/** Runtime check for {@link PlaceOrderRequest}: the canonical order's rules, a ship-to complete or absent. */
export const placeOrderRequestSchema = salesOrderInputSchema.extend({ shipTo: addressSchema.optional() });

assertTypesMatch<Equals<z.infer<typeof placeOrderRequestSchema>, PlaceOrderRequest>>();

/** An order as process-apis holds it: what was received, what became of it, and every step on the way. */
export interface ProcessOrder {
  id: string;
  channel: SalesChannel;
  /** The order's id in its channel; always a string. */
  sourceOrderId: string;
  customerId: string;
  purchaseOrderNumber?: string;
  status: SalesOrderStatus;
  currency?: string;
  /**
   * Where it ships to: complete once validated. A channel order may arrive without one (validation
   * then takes the customer's default delivery address) or with an incomplete one (held
   * ADDRESS_INCOMPLETE), and shows what it has until then.
   */
  shipTo?: AddressAsSent;
  lines: ProcessOrderLine[];
  /** Decimal string, once priced. */
  subtotal?: string;
  /** Sales tax for the ship-to's jurisdiction; decimal string, once priced. */
  tax?: string;
  /** subtotal + tax; decimal string, once priced. */
  total?: string;
  /** Where each line ships from and what is backordered, once planned. */
  plan?: FulfilmentPlanView;
  /** The ERP's order number, once submitted. */
  erpOrderId?: string;
  holds: ProcessOrderHold[];
  /** Times the pipeline gave up on the order after its retries, and whether each was replayed. */
  deadLetters: ProcessOrderDeadLetter[];
  timeline: TimelineEntry[];
  /** @format date-time */
  createdAt: string;
  /** @format date-time */
  updatedAt: string;
}

export interface ProcessOrderLine {
  lineNumber: number;
  sku: string;
  quantity: number;
  uom?: string;
  /**
   * Price per `uom`, an exact decimal string: Crossdock's price once priced; before that, the price
   * the order was sent with, when it had one.
   * @example "0.1900"
   */
  unitPrice?: string;
  /** The currency of `unitPrice` and `lineTotal` (the order's), when known. */
  currency?: string;
  /** Decimal string, once priced. */
  lineTotal?: string;
  /** Which pricing rule gave `unitPrice`. */
  priceRule?: string;
  /** The line ships nothing (a download, a service): priced and invoiced, never reserved, planned or shipped. */
  shipsNothing?: true;
}

export interface ProcessOrderHold {
  id: string;
  /** e.g. `UNKNOWN_ITEM`, `CUSTOMER_ON_HOLD` */
  reasonCode: string;
  detail: string;
  /** open | released | overridden | rejected */
  status: string;
  /** The pipeline step that stopped; the order resumes there. */
  step: string;
  /** @format date-time */
  createdAt: string;
  /** @format date-time */
  resolvedAt?: string;
  resolvedBy?: string;
  /** The note given on release, or the reason given to override or reject. */
  resolution?: string;
  /** For a `POSSIBLE_DUPLICATE` hold: the first order with the same customer and PO number. */
  duplicateOfOrderId?: string;
}

/** A technical failure that outlasted its retries. */
export interface ProcessOrderDeadLetter {
  id: string;
  /** The step that kept failing. */
  step: string;
  lastError: string;
  /** @format date-time */
  createdAt: string;
  /** Set once the dead letter was replayed. @format date-time */
  replayedAt?: string;
}

/** Cancelling an order before it ships. */
export interface CancelOrderRequest {
  /**
   * Why; it goes to the ERP, the timeline and the order.cancelled event.
   * @minLength 1
   * @maxLength 500
   * @example "Customer ordered twice by mistake"
   */
  reason: string;
}

/** One step of an order's journey. */
export interface TimelineEntry {
  /** received | validate | enrich | ... | submit, or what a person did: release | override | reject | cancel */
  step: string;
  /** succeeded | held | failed | duplicate | replayed */
  outcome: string;
  detail?: string;
  correlationId: string;
  actor: string;
  /** @format date-time */
  at: string;
}

/** The fulfilment plan: per line, the warehouses that ship it (in base units) and what is backordered. */
export interface FulfilmentPlanView {
  lines: PlannedLineView[];
  hasBackorders: boolean;
}

export interface PlannedLineView {
  lineNumber: number;
  sku: string;
  /** The line's quantity in the item's base unit. */
  baseQuantity: number;
  allocations: WarehouseAllocation[];
  backordered: number;
}

export interface WarehouseAllocation {
  warehouseId: string;
  quantity: number;
}
