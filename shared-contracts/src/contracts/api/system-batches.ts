/**
 * Batch calls on the system APIs, for callers that carry many orders at once (the pipeline).
 * A batch is many independent calls in one request: each item succeeds or fails on its own, and a
 * failed item answers the problem the single call would have answered. The batch itself fails only
 * when it could not be run at all (bad request, ERP down).
 */
import type { ProblemDetails } from '../errors/problem';
import type { Reservation, ReservationRequest } from './system-inventory';
import type { PriceResolution, PriceResolutionRequest } from './system-pricing';
import type { CreateErpSalesOrderRequest, ErpSalesOrder } from './system-sales-orders';

/** Whose business one item of a batch is: kept in the ERP's audit for that item, as a single call would keep it. */
export interface BatchItemTrace {
  /** The correlation id of the order the item belongs to. */
  correlationId?: string;
  /** The end user the calling tier acts for on this item. */
  actingFor?: string;
}

export interface ReservationBatchRequest {
  /**
   * Made one after another, in the order given; each keyed reservation is idempotent on its key.
   * @minItems 1
   * @maxItems 1000
   */
  items: (ReservationRequest & BatchItemTrace)[];
}

export interface ReservationOutcome {
  reservation?: Reservation;
  problem?: ProblemDetails;
}

export interface SalesOrderBatchRequest {
  /**
   * Each idempotent on its `orderKey`.
   * @minItems 1
   * @maxItems 500
   */
  items: (CreateErpSalesOrderRequest & BatchItemTrace)[];
}

export interface SalesOrderOutcome {
  salesOrder?: ErpSalesOrder;
  problem?: ProblemDetails;
}

export interface PriceResolutionBatchRequest {
  /**
   * @minItems 1
   * @maxItems 500
   */
  items: PriceResolutionRequest[];
}

export interface PriceResolutionOutcome {
  resolution?: PriceResolution;
  problem?: ProblemDetails;
}

/** Outcomes of a batch, in the order of its items. */
export interface BatchOutcomes<T> {
  outcomes: T[];
}
