import type { ChannelSalesOrder, SalesOrderInput } from '../model/order-input';
import type { SalesChannel } from '../model/sales-order';
import type { InboundDocumentView } from './process-inbound-documents';
import type { MappingVersionView } from './process-mappings';
import type { ItemCrossReference } from './process-partners';
import type { ProcessHold } from './process-holds';
import type { ProcessOrder } from './process-orders';

/**
 * The work queue's tabs, as integration support reads them. `open`: waiting for a person. `retrying`:
 * a person acted (released, overrode, replayed, corrected) and the order is back on the pipeline.
 * `resolved`: the person's action is done with (the order went on past the pipeline, was rejected
 * or cancelled, or stopped again under a newer hold or dead letter).
 */
export type WorkQueueTab = 'open' | 'retrying' | 'resolved';

/** What holds and dead letters are found by, besides their own fields. */
export interface WorkQueueFilter {
  /** The order's channel. */
  channel?: SalesChannel;
  /** The trading partner whose document the order came in. */
  partnerId?: string;
  customerId?: string;
  /** Only those created before this instant (ISO 8601). */
  olderThan?: Date;
  /**
   * Only those at least this many minutes old.
   * @isInt
   * @minimum 0
   */
  minAgeMinutes?: number;
  /**
   * Text found (any letter case) in the order's source order id or PO number, its customer id, or the
   * hold's detail or dead letter's last error; an order id matches exactly.
   * @maxLength 200
   */
  q?: string;
  tab?: WorkQueueTab;
}

/** Why a bulk action is taken: required to act, not for a dry run. */
interface BulkActionFields {
  /** true: count what matches and show a sample, without acting. */
  dryRun?: boolean;
  /**
   * Why; kept on every hold or dead letter acted on, the orders' timelines and the audit trail.
   * @maxLength 500
   */
  comment?: string;
}

/** Releasing every open hold that matches (the cause was fixed for all of them at once). */
export interface BulkReleaseHoldsRequest extends Omit<WorkQueueFilter, 'tab'>, BulkActionFields {
  /** e.g. UNKNOWN_ITEM once the items were created in the ERP. */
  reasonCode?: string;
}

export interface HoldNotReleased {
  holdId: string;
  orderId: string;
  detail: string;
}

export interface BulkReleaseHoldsResult {
  dryRun: boolean;
  /** How many open holds matched (all of them, not only the first 500). */
  matched: number;
  /** The first few that matched, oldest first. */
  sample: ProcessHold[];
  /** How many were released (0 on a dry run). */
  released: number;
  /** The orders whose holds were released. */
  orderIds: string[];
  notReleased: HoldNotReleased[];
  /** True when more matched than one request acts on: ask again for the rest. */
  more: boolean;
  /** The audit entry of this bulk action (absent on a dry run). */
  auditId?: string;
}

/** A corrected canonical order for a held or failed order, and why. */
export interface EditCanonicalOrderRequest {
  /** The order as it should have arrived. Channel and source order id cannot change (they are its natural key). */
  order: SalesOrderInput;
  /**
   * What was wrong, for the audit trail and the order's timeline.
   * @minLength 1
   * @maxLength 500
   */
  comment: string;
}

/** What a correction changed, and where the order goes on. */
export interface OrderCorrection {
  order: ProcessOrder;
  /** The canonical order before and after the change. */
  before: ChannelSalesOrder;
  after: ChannelSalesOrder;
  /** The pipeline step the order runs again from. */
  resumesAt: string;
  auditId: string;
}

/** A partner's product id mapped to our SKU (added, or fixed), then the partner's stuck orders mapped again. */
export interface FixCrossReferenceRequest extends ItemCrossReference {
  /**
   * Why, for the audit trail.
   * @minLength 1
   * @maxLength 500
   */
  comment: string;
  /** false: only fix the cross-reference. Otherwise, the partner's held or failed orders are mapped again and replayed. */
  replay?: boolean;
}

export interface OrderNotRemapped {
  orderId: string;
  detail: string;
}

export interface FixCrossReferenceResult {
  crossReference: ItemCrossReference;
  /** The partner's version after the change. */
  partnerVersion: number;
  /** The held or failed orders whose mapping came out different, corrected and back on the pipeline. */
  replayedOrderIds: string[];
  /** The held or failed orders whose mapping came out the same: left for a person. */
  unchangedOrderIds: string[];
  notReplayed: OrderNotRemapped[];
  auditId: string;
}

/** One entry of the audit trail of support actions. */
export interface AuditEntry {
  id: string;
  /** release, override, reject, replay, bulk-release, bulk-replay, edit-order or fix-cross-reference */
  action: string;
  /** Who (the token's subject). */
  actor: string;
  /** Why. */
  comment?: string;
  orderId?: string;
  /** What was acted on: hold, dead-letter, order, partner-item-reference or filter. */
  subjectType: string;
  subjectId?: string;
  /** What changed: a correction's before and after, a bulk action's filter and counts, ... */
  details: Record<string, unknown>;
  correlationId: string;
  /** @format date-time */
  at: string;
}

/** A stored document's part, with its text when it is short enough to show beside the canonical order. */
export interface WorkbenchPart {
  /** @isInt */
  seq: number;
  name: string;
  contentType: string;
  /** @isInt */
  sizeBytes: number;
  /** Where its bytes are, as received. */
  href: string;
  /** The part as text (UTF-8), for parts up to 64 KiB. */
  text?: string;
}

/** One document the order came in, with the mapping version that made the order from it. */
export interface WorkbenchSource {
  document: InboundDocumentView;
  parts: WorkbenchPart[];
  /** The mapping version used for this order (absent if it was deleted meanwhile). */
  mapping?: MappingVersionView;
}

/** Everything support needs to judge one order: the order with its timeline, where it came from, and who did what. */
export interface OrderWorkbench {
  order: ProcessOrder;
  /** The canonical order as the pipeline received it (or as last corrected). */
  canonical: ChannelSalesOrder;
  /** The documents it came in (none for an order placed through the API). */
  sources: WorkbenchSource[];
  /** Support actions on this order, oldest first. */
  audit: AuditEntry[];
}
