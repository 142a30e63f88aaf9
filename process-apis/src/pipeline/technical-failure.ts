import { randomUUID } from 'node:crypto';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import { recordStep } from '../timeline/record-step';
import { erpOrderFor, markSubmitted } from './erp-has-order';
import { judgeErpFailure, waitsForErp } from './erp-unavailable';
import { advanceJob, parkJob, scheduleRetry } from './job-queue';
import { inLiveJobTransaction } from './live-job';
import { writeEvent } from './order-events';
import { compensateSaga, leaseFrom, PIPELINE_ACTOR, type PipelineDeps } from './pipeline-deps';
import type { OrderInFlight, StepId } from './step';
import { erpUnavailableSince, waitForErp } from './wait-for-erp';
import { putBack, waitForErpJob } from './waiting-jobs';

/** The job's step while a failed order's saga still waits to be compensated (its reservations given back). */
export const COMPENSATE = 'compensate';

/**
 * A technical failure: retried later with backoff while attempts are left; then the order goes to
 * the dead-letter queue with the last error, the saga compensated from the failed step backwards
 * so no stock is stranded. When the ERP is unavailable (waitsForErp), the order is not at
 * fault: it waits for the ERP without using an attempt, and is dead-lettered only once it has
 * waited longer than the pipeline allows.
 */
export async function failTechnically(
  deps: PipelineDeps,
  entry: OrderInFlight,
  stepId: StepId,
  error: unknown,
): Promise<void> {
  const orderId = entry.order.id;
  const failure = coerceError(error);
  // The timeline and the dead letter are read through the API: our own errors' words, never an unexpected one's.
  const message = failure.error.message;
  deps.logger.warn('pipeline step failed', { orderId, step: stepId, attempt: entry.attempt, error: failure.message });
  const verdict = await judgeErpFailure(deps, error);
  if (verdict === 'away') {
    const wait = await waitForErp(deps, { orderId, step: stepId }, message);
    if (!wait.waiting) await giveUp(deps, entry, stepId, erpUnavailableSince(wait.unavailableSince));
    return;
  }
  if (verdict === 'notSent') {
    const runAt = new Date(deps.clock.now().getTime() + deps.retry.baseDelayMs);
    return inLiveJobTransaction(deps, { orderId, step: stepId }, (tx) => putBack(tx, orderId, message, runAt));
  }
  if (entry.attempt < deps.retry.maxAttempts) return retryLater(deps, entry, stepId, message);
  await giveUp(deps, entry, stepId, message);
}

/** The order is dead-lettered, its saga compensated (or left to its `compensate` job when the ERP cannot take it now). */
async function giveUp(deps: PipelineDeps, entry: OrderInFlight, stepId: StepId, message: string): Promise<void> {
  const orderId = entry.order.id;
  if (stepId === 'submit') {
    const inErp = await erpOrderFor(deps, orderId);
    if (inErp) return markSubmitted(deps, entry.order, inErp, 'found after the answer was lost', stepId);
    // The ERP could not say whether it has the order: its reservations are kept until it can.
    if (inErp === undefined) return deadLetter(deps, entry, stepId, message, 'retry');
  }
  const compensation = await compensateSaga(deps, entry.order, { from: stepId }).then(
    (): Compensation => 'done',
    async (compensationError: unknown): Promise<Compensation> => {
      deps.logger.warn('compensation failed; it is retried', {
        orderId,
        error: coerceError(compensationError).message,
      });
      return (await waitsForErp(deps, compensationError)) ? 'waitForErp' : 'retry';
    },
  );
  await deadLetter(deps, entry, stepId, message, compensation);
}

async function retryLater(deps: PipelineDeps, entry: OrderInFlight, stepId: StepId, message: string): Promise<void> {
  const orderId = entry.order.id;
  await inLiveJobTransaction(deps, { orderId, step: stepId }, async (tx) => {
    await recordStep(tx, {
      orderId,
      step: stepId,
      outcome: 'failed',
      detail: `Attempt ${entry.attempt} of ${deps.retry.maxAttempts}: ${message} Retrying.`,
      actor: PIPELINE_ACTOR,
    });
    await scheduleRetry(tx, orderId, message, deps.clock.now(), {
      baseMs: deps.retry.baseDelayMs,
      capMs: deps.retry.maxDelayMs,
    });
  });
}

/** Whether the failed order's saga was compensated, or is left to its `compensate` job: retried, or waiting for the ERP. */
type Compensation = 'done' | 'retry' | 'waitForErp';

/**
 * Dead-letters the order with its last error. When its saga could not be compensated yet, the job
 * stays on the queue at the `compensate` step and is retried until it is, or waits for the ERP when
 * that is what stopped it (see finishCompensation, which walks back again from the dead letter's step).
 */
async function deadLetter(
  deps: PipelineDeps,
  entry: OrderInFlight,
  stepId: StepId,
  message: string,
  compensation: Compensation,
): Promise<void> {
  const orderId = entry.order.id;
  await inLiveJobTransaction(
    deps,
    { orderId, step: stepId },
    async (tx) => {
      await tx.order.update({ where: { id: orderId }, data: { status: 'FAILED' } });
      await tx.deadLetter.create({
        data: { id: randomUUID(), orderId, step: stepId, lastError: message, attempts: entry.attempt },
      });
      await recordStep(tx, {
        orderId,
        step: stepId,
        outcome: 'failed',
        detail: `Dead-lettered after ${entry.attempt} attempts: ${message}${compensation !== 'done' ? ' Its reservations are released as soon as the ERP answers.' : ''}`,
        actor: PIPELINE_ACTOR,
      });
      if (compensation !== 'done') {
        await advanceJob(tx, orderId, COMPENSATE, leaseFrom(deps));
        if (compensation === 'waitForErp') await waitForErpJob(tx, orderId, message, deps.clock.now());
        else
          await scheduleRetry(tx, orderId, message, deps.clock.now(), {
            baseMs: deps.retry.baseDelayMs,
            capMs: deps.retry.maxDelayMs,
          });
      } else {
        await parkJob(tx, orderId, 'dead', message);
      }
      await writeEvent(tx, entry.order, 'failed', { step: stepId, error: message });
    },
    { announce: true },
  );
}
