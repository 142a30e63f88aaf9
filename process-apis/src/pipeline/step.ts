import type { Logger } from '@crossdock/shared-contracts/logging/logger';
import type { HoldReasonCode } from '@crossdock/shared-contracts/model/hold';
import type { SalesOrderInput } from '@crossdock/shared-contracts/model/order-input';
import type { ProcessDatabase } from '../database';
import type { Order, Prisma } from '../generated/prisma/client';
import type { SystemApi } from '../system-api/system-api';
import type { Clock } from './clock';

/** The pipeline's steps, in order. Their ids are stable: they are stored on jobs, holds and timelines. */
export const STEP_IDS = ['validate', 'enrich', 'credit', 'plan', 'reserve', 'submit'] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface HoldReason {
  reasonCode: HoldReasonCode;
  detail: string;
}

export interface StepContext {
  db: ProcessDatabase;
  systemApi: SystemApi;
  logger: Logger;
  clock: Clock;
  /** The order as stored when the step starts. */
  order: Order;
  /** The order as it was received, in the canonical shape. */
  received: SalesOrderInput;
  /** Attempts at this step so far, this one included. */
  attempt: number;
}

/**
 * What a step decided. `next`: done, with what to store (in the same transaction that moves the
 * job on and writes the timeline). `hold`: a business problem for a person. `replan`: go back to
 * planning (stock moved under us). Technical failures are thrown; the runner retries them.
 */
export type StepOutcome =
  | { kind: 'next'; detail?: string; save?: (tx: Prisma.TransactionClient) => Promise<void> }
  | { kind: 'hold'; reasons: HoldReason[] }
  | { kind: 'replan'; detail: string };

/**
 * One step of the order saga: `invoke` does it, `compensate` undoes what it left in other systems
 * (reservations) and does nothing when there is nothing to undo, so it may run more than once.
 */
export interface PipelineStep {
  id: StepId;
  invoke(context: StepContext): Promise<StepOutcome>;
  compensate?(context: Omit<StepContext, 'attempt'>): Promise<void>;
}

/** Reasons a person overrode on this order no longer stop it. */
export function withoutOverridden(order: Order, reasons: HoldReason[]): HoldReason[] {
  return reasons.filter((reason) => !order.overriddenReasons.includes(reason.reasonCode));
}
