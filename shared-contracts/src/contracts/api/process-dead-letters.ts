import type { SalesOrderStatus } from '../model/sales-order';

/** An order whose technical failures outlasted its retries, with the last error; replayable once the cause is fixed. */
export interface ProcessDeadLetter {
  id: string;
  orderId: string;
  customerId: string;
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

/** Which dead letters to replay at once; every one not yet replayed that matches all given fields. */
export interface ReplayDeadLettersRequest {
  /** Only dead letters of this step (`submit`, `reserve`, ...). */
  step?: string;
  /** Only dead letters of this customer's orders. */
  customerId?: string;
  /** Only dead letters created at or after this instant. */
  since?: Date;
}

export interface ReplayDeadLettersResult {
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
