import { CrossdockError } from '@crossdock/shared-contracts/contracts/errors/crossdock-error';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import type { HoldReasonCode } from '@crossdock/shared-contracts/contracts/model/hold';
import type { SalesOrderInput } from '@crossdock/shared-contracts/contracts/model/order-input';
import type { ProcessDatabase } from '../database';
import type { Order } from '../generated/prisma/client';
import type { SystemApi } from '../system-api/system-api';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';

/** The pipeline's steps, in order. Their ids are stable: they are stored on jobs, holds and timelines. */
export const STEP_IDS = ['validate', 'enrich', 'credit', 'plan', 'reserve', 'submit'] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface HoldReason {
  reasonCode: HoldReasonCode;
  detail: string;
}

/** What every step may use. */
export interface PipelineContext {
  db: ProcessDatabase;
  systemApi: SystemApi;
  logger: Logger;
  clock: Clock;
}

/** One order a step works on. */
export interface OrderInFlight {
  /** The order as stored when the step starts. */
  order: Order;
  /** The order as it was received, in the canonical shape. */
  received: SalesOrderInput;
  /** Attempts at this step so far, this one included. */
  attempt: number;
}

/** Fields of the order a step sets when it succeeds; what is absent stays as it is. */
export interface OrderChanges {
  status?: string;
  currency?: string;
  pricedLines?: unknown;
  subtotal?: string;
  tax?: string;
  total?: string;
  plan?: unknown;
  erpOrderId?: string;
  /** The order as received, with what the pipeline settled for it (a ship-to from master data). */
  received?: SalesOrderInput;
}

/**
 * What a step decided for one order. `next`: done, with what to store (and, from reserve, the
 * reservations it already stored itself) (in the same transaction that
 * moves the job on, writes the timeline and the event). `hold`: a business problem for a person.
 * `replan`: go back to planning (stock moved under us). `failed`: a technical failure, retried.
 */
export type StepOutcome =
  | {
      kind: 'next';
      detail?: string;
      changes?: OrderChanges;
      event?: { change: string; data: Record<string, unknown> };
      reservations?: unknown;
    }
  | { kind: 'hold'; reasons: HoldReason[] }
  | { kind: 'replan'; detail: string }
  | { kind: 'failed'; error: unknown };

/**
 * One step of the order saga. `invoke` does it for many orders at once (one call to the ERP for
 * all of them where the ERP allows) and answers one outcome per order, in order; it throws only
 * when the step could not be done for any of them (the ERP is down). `compensate` undoes what the
 * step left in other systems (reservations) and does nothing when there is nothing to undo, so it
 * may run more than once.
 */
export interface PipelineStep {
  id: StepId;
  /**
   * The step only reads (from the ERP and the order): done again, it changes nothing anywhere. Its
   * outcome is then recorded together with the steps after it, and a crash before that repeats it.
   */
  readsOnly?: boolean;
  invoke(context: PipelineContext, orders: readonly OrderInFlight[]): Promise<StepOutcome[]>;
  compensate?(context: PipelineContext, order: Order): Promise<void>;
}

/** Reasons a person overrode on this order no longer stop it. */
export function withoutOverridden(order: Order, reasons: HoldReason[]): HoldReason[] {
  return reasons.filter((reason) => !order.overriddenReasons.includes(reason.reasonCode));
}

/** Holds with the reasons left after overrides, or goes on. */
export function holdOr(order: Order, reasons: HoldReason[], next: () => StepOutcome): StepOutcome {
  const remaining = withoutOverridden(order, reasons);
  return remaining.length > 0 ? { kind: 'hold', reasons: remaining } : next();
}

/** An error for one order: a business refusal with a reason code holds it, anything else is retried. */
export function outcomeOfError(error: unknown): StepOutcome {
  if (error instanceof CrossdockError && error.kind === 'business' && error.reasonCode) {
    return { kind: 'hold', reasons: [{ reasonCode: error.reasonCode as HoldReasonCode, detail: error.message }] };
  }
  return { kind: 'failed', error };
}
