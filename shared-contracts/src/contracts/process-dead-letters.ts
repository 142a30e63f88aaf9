import type { SalesOrderStatus } from '../model/sales-order';
import type { WorkQueueFilter } from './process-work-queue';

/** An order whose technical failures outlasted its retries, with the last error; replayable once the cause is fixed. */
export interface ProcessDeadLetter {
  id: string;
  orderId: string;
  customerId: string;
  /** The order's channel, its id there and its PO number: what support finds the order by. */
  channel?: string;
  sourceOrderId?: string;
  purchaseOrderNumber?: string;
  /** The order's status now: FAILED until the dead letter is replayed (or the order cancelled). */
  orderStatus: SalesOrderStatus;
  /** The pipeline step that kept failing; a replay resumes the order there. */
  step: string;
  lastError: string;
  /** Attempts made at the step before it was dead-lettered. */
  attempts: number;
  /** @format date-time */
  createdAt: string;
  /** @format date-time */
  replayedAt?: string;
  replayedBy?: string;
}

/** Replaying one dead letter: why, for the audit trail (optional here; a bulk replay requires it). */
export interface ReplayDeadLetterRequest {
  /** @maxLength 500 */
  comment?: string;
}

/**
 * Which dead letters to replay at once; every one not yet replayed that matches all given fields.
 * First with `dryRun: true` to see how many match, then with a `comment` (required to act).
 */
export interface ReplayDeadLettersRequest extends Omit<WorkQueueFilter, 'tab'> {
  /** Only dead letters of this step (`submit`, `reserve`, ...). */
  step?: string;
  /** Only dead letters of this customer's orders. */
  customerId?: string;
  /** Only dead letters created at or after this instant. */
  since?: Date;
  /** true: count what matches and show a sample, without replaying. */
  dryRun?: boolean;
  /**
   * Why; kept on the orders' timelines and the audit trail. Required unless `dryRun`.
   * @maxLength 500
   */
  comment?: string;
}

export interface ReplayDeadLettersResult {
  dryRun: boolean;
  /** How many dead letters matched (all of them, not only the first 500). */
  matched: number;
  /** The first few that matched, oldest first. */
  sample: ProcessDeadLetter[];
  /** The audit entry of this bulk replay (absent on a dry run). */
  auditId?: string;
  /** How many dead letters were replayed. */
  replayed: number;
  /** The orders now back on the pipeline. */
  orderIds: string[];
  /** Dead letters that matched but could not be replayed now, and why (the ERP still down, ...). */
  notReplayed: DeadLetterNotReplayed[];
  /** True when more matched than one request replays: ask again for the rest. */
  more: boolean;
}

export interface DeadLetterNotReplayed {
  deadLetterId: string;
  orderId: string;
  detail: string;
}
