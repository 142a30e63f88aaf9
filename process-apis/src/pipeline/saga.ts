import type { Order } from '../generated/prisma/client';
import type { PipelineContext, PipelineStep, StepId } from './step';
import { creditStep } from './steps/credit';
import { enrichStep } from './steps/enrich';
import { planStep } from './steps/plan';
import { reserveStep } from './steps/reserve';
import { submitStep } from './steps/submit';
import { validateStep } from './steps/validate';

/** The steps of an order saga, in order. */
export type Saga = readonly PipelineStep[];

/** The saga, in order. Compensation runs backwards through the steps already done. */
export const PIPELINE: Saga = [validateStep, enrichStep, creditStep, planStep, reserveStep, submitStep];

export function stepById(id: string, saga: Saga = PIPELINE): PipelineStep {
  const step = saga.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`No pipeline step "${id}".`);
  return step;
}

/** The step after `id`, or undefined after the last. */
export function stepAfter(id: StepId, saga: Saga = PIPELINE): StepId | undefined {
  const index = saga.findIndex((step) => step.id === id);
  return saga[index + 1]?.id;
}

/** Where a walk back through the saga starts and stops. */
export interface CompensationRange {
  /**
   * The step the order stopped at (failed or held there). Its own compensation runs first: a step
   * works on a batch and may have done part of its work for the order (reserve holding some of its
   * lines) before it failed. Absent, or a step id the saga does not know: the whole saga is walked
   * back, from its last step (an order given up on for good, whatever it ran before).
   */
  from?: string;
  /** The earliest step to compensate (the one the order goes back to); the first step when absent. */
  downTo?: StepId;
}

/**
 * Undoes what the order's saga left in other systems: walks back from `from` through every step
 * before it that has a compensation, in reverse order, down to `downTo`. Compensations are
 * idempotent and do nothing when there is nothing to undo, so a walk that failed halfway (it
 * throws, and stops there) is simply walked again from the same step.
 */
export async function compensateOrder(
  context: PipelineContext,
  order: Order,
  range: CompensationRange,
  saga: Saga = PIPELINE,
): Promise<void> {
  const known = range.from === undefined ? -1 : saga.findIndex((step) => step.id === range.from);
  const last = known === -1 ? saga.length - 1 : known;
  const first = range.downTo
    ? Math.max(
        0,
        saga.findIndex((step) => step.id === range.downTo),
      )
    : 0;
  for (const step of saga.slice(first, last + 1).reverse()) await step.compensate?.(context, order);
}
