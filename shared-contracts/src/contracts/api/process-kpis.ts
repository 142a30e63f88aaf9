/** The integration KPIs over a window of time (GET /process/v1/kpis), see docs/operations.md#integration-kpis. */

export type KpiBucket = 'hour' | 'day' | 'week';

/** The figures of one window, for the orders received in it (the backlog: as of the window's end). */
export interface KpiFigures {
  /** Order documents received: new orders and copies refused as duplicates. */
  documentsReceived: number;
  ordersReceived: number;
  /**
   * Order received → accepted by the ERP, nearest-rank percentiles (each an observed duration); null
   * when no order of the window reached the ERP.
   */
  ingestionLatencyMs: { p50: number; p95: number; p99: number } | null;
  /** Orders held or dead-lettered. */
  exceptions: number;
  /** exceptions / ordersReceived (0..1; 0 without orders). */
  exceptionRate: number;
  /** Orders per hold reason code; dead-lettered orders under DEAD_LETTER. */
  exceptionsByReason: { [reasonCode: string]: number };
  duplicatesRefused: number;
  /** duplicatesRefused / documentsReceived (0..1; 0 without documents). */
  duplicateRate: number;
  /** ERP stock change → its last subscriber delivery; null under a channel or partner filter, or with none. */
  inventorySyncDelayMs: { p50: number; p95: number } | null;
  /** Shipment recorded shipped → the partner notified (the 856 written, or the first webhook delivery). */
  shipmentNotificationDelayMs: { p95: number } | null;
  /** Open as of the window's end. */
  openDeadLetters: number;
  openHolds: number;
  oldestOpenExceptionAgeSeconds: number | null;
  /**
   * Orders waiting for the ERP (unavailable) now, not for a person: they go on by themselves when it
   * answers. Only on figures that reach the present (the report's totals, by channel and partner,
   * and an alert's window): a wait is not kept as history.
   */
  ordersWaitingForErp?: number;
  /** Orders whose pipeline step failed and was retried. */
  transientFailures: number;
  /** Of those, orders whose step later went through. */
  transientRecovered: number;
  retrySuccessRate: number | null;
  /** Hold or dead letter opened → released, overridden, rejected or replayed (the window's orders). */
  meanTimeToResolutionSeconds: number | null;
  /** Medians, over the window's orders that got there. */
  orderCycleTimeSeconds: { receivedToShipped: number | null; receivedToInvoiced: number | null };
  /** Releases, overrides, rejections and dead-letter replays by a person on the window's orders. */
  manualActions: number;
  manualActionsPer100Orders: number | null;
}

export interface KpiFilters {
  channel?: string;
  partner?: string;
}

export interface KpiReport {
  /** @format date-time */
  from: string;
  /** @format date-time */
  to: string;
  bucket: KpiBucket;
  filters: KpiFilters;
  totals: KpiFigures;
  /** The same length just before `from`, for comparison. */
  previousPeriod: KpiFigures;
  buckets: { start: string; end: string; figures: KpiFigures }[];
  byChannel: { channel: string; figures: KpiFigures }[];
  byPartner: { partnerId: string; partnerName: string; figures: KpiFigures }[];
}
