import { randomUUID } from 'node:crypto';
import { runWithContext } from '@crossdock/shared-contracts/context/request-context';
import { CrossdockError } from '@crossdock/shared-contracts/errors/crossdock-error';
import type { Logger } from '@crossdock/shared-contracts/logging/logger';
import type { HoldReasonCode } from '@crossdock/shared-contracts/model/hold';
import type { SalesOrderInput } from '@crossdock/shared-contracts/model/order-input';
import type { ProcessDatabase } from '../database';
import type { Order, Prisma } from '../generated/prisma/client';
import type { SystemApi } from '../system-api/system-api';
import { recordStep } from '../timeline/record-step';
import type { Clock } from './clock';
import { advanceJob, parkJob, scheduleRetry, type ClaimedJob } from './job-queue';
import { stepAfter, stepById } from './saga';
import type { HoldReason, StepContext, StepId } from './step';
import { writeEvent } from './order-events';
import { reserveStep } from './steps/reserve';

export interface PipelineDeps {
  db: ProcessDatabase;
  systemApi: SystemApi;
  logger: Logger;
  clock: Clock;
  retry: RetryPolicy;
  /** Told whenever an order's state moved, so a request waiting for the outcome can look. */
  onOrderChanged?: (orderId: string) => void;
}

export interface RetryPolicy {
  /** Attempts per step before the order is dead-lettered. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** How long a claim lasts before another worker may take the job (a crashed worker's). */
  leaseMs: number;
}

/** Statuses in which the pipeline has nothing more to do for an order. */
export const SETTLED_STATUSES: ReadonlySet<string> = new Set(['SUBMITTED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'INVOICED', 'CLOSED', 'HELD', 'REJECTED', 'CANCELLED', 'FAILED']);

const PIPELINE_ACTOR = 'pipeline';
// Stock that keeps moving under an order (a rush on one item) stops it after this many new plans.
const MAX_REPLANS = 3;

/**
 * Runs a claimed job from its step onwards: each step's outcome, the job's progress and the
 * timeline entry are written in one transaction, so a crash between steps repeats at most the
 * step that was running — and every step is safe to repeat.
 */
export async function runJob(deps: PipelineDeps, job: ClaimedJob): Promise<void> {
  const order = await deps.db.order.findUnique({ where: { id: job.orderId } });
  if (!order) return parkJob(deps.db, job.orderId, 'done');
  // Calls to the ERP carry the order's correlation id and name the user who placed it.
  const context = { correlationId: order.correlationId, principal: { subject: PIPELINE_ACTOR, scopes: [], actingFor: order.createdBy } };
  // The lease is renewed while the job runs, so a slow ERP never lets a second worker take a job
  // this one is still working on; a worker that dies stops renewing, and the lease runs out.
  const heartbeat = setInterval(() => void renewLease(deps, job.orderId), Math.max(250, deps.retry.leaseMs / 3));
  try {
    await runWithContext(context, () => (job.step === COMPENSATE ? finishCompensation(deps, job.orderId) : runSteps(deps, job)));
  } catch (error) {
    if (!(error instanceof JobTakenAway)) throw error;
    deps.logger.info('pipeline job taken away; its result is dropped', { orderId: job.orderId, reason: error.message });
  } finally {
    clearInterval(heartbeat);
  }
}

async function renewLease(deps: PipelineDeps, orderId: string): Promise<void> {
  await deps.db.pipelineJob
    .updateMany({ where: { orderId, state: 'ready', leasedUntil: { not: null } }, data: { leasedUntil: leaseFrom(deps) } })
    .catch((error: unknown) => deps.logger.warn('could not renew a pipeline lease', { orderId, error: error instanceof Error ? error.message : String(error) }));
}

/** The job's step while an order's reservations still wait to be given back after a failure. */
const COMPENSATE = 'compensate';

async function runSteps(deps: PipelineDeps, job: ClaimedJob): Promise<void> {
  let stepId = job.step as StepId;
  let attempt = job.attempts;
  let replans = 0;
  for (;;) {
    const order = await deps.db.order.findUniqueOrThrow({ where: { id: job.orderId } });
    if (SETTLED_STATUSES.has(order.status)) return parkJob(deps.db, order.id, 'done');
    const context: StepContext = { db: deps.db, systemApi: deps.systemApi, logger: deps.logger, clock: deps.clock, order, received: order.received as unknown as SalesOrderInput, attempt };
    let outcome;
    try {
      outcome = await stepById(stepId).invoke(context);
    } catch (error) {
      if (error instanceof CrossdockError && error.kind === 'business' && error.reasonCode) {
        outcome = { kind: 'hold' as const, reasons: [{ reasonCode: error.reasonCode as HoldReasonCode, detail: error.message }] };
      } else {
        return failTechnically(deps, context, stepId, error);
      }
    }
    if (outcome.kind === 'hold') return holdOrder(deps, context, stepId, outcome.reasons);
    if (outcome.kind === 'replan') {
      try {
        await compensate(deps, context);
      } catch (error) {
        return failTechnically(deps, context, stepId, error);
      }
      if (++replans > MAX_REPLANS) return holdOrder(deps, context, stepId, [{ reasonCode: 'INSUFFICIENT_STOCK', detail: `Stock kept moving while the order was planned: ${outcome.detail}` }]);
      await deps.db.$transaction(async (tx) => {
        await lockLiveJob(tx, order.id, stepId);
        await recordStep(tx, { orderId: order.id, step: stepId, outcome: 'failed', detail: `${outcome.detail}; planning again.`, actor: PIPELINE_ACTOR });
        await advanceJob(tx, order.id, 'plan', leaseFrom(deps));
      });
      // Orders racing for the same stock would otherwise plan again in lockstep.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * replans));
      stepId = 'plan';
      attempt = 1;
      continue;
    }
    const next = stepAfter(stepId);
    await deps.db.$transaction(async (tx) => {
      await lockLiveJob(tx, order.id, stepId);
      await outcome.save?.(tx);
      await recordStep(tx, { orderId: order.id, step: stepId, outcome: 'succeeded', detail: outcome.detail, actor: PIPELINE_ACTOR });
      if (next) await advanceJob(tx, order.id, next, leaseFrom(deps));
      else await parkJob(tx, order.id, 'done');
    });
    deps.onOrderChanged?.(order.id);
    if (!next) return;
    stepId = next;
    attempt = 1;
  }
}

const leaseFrom = (deps: PipelineDeps) => new Date(deps.clock.now().getTime() + deps.retry.leaseMs);

/** The job was taken from this worker (cancelled, rejected, or its lease went to another worker). */
class JobTakenAway extends Error {}

/**
 * Locks the job row for the transaction that records a step, and checks it is still running here:
 * a cancel or reject that happened meanwhile wins, and this worker's result is dropped.
 */
async function lockLiveJob(tx: Prisma.TransactionClient, orderId: string, step: string): Promise<void> {
  const [job] = await tx.$queryRaw<{ state: string; step: string }[]>`select "state", "step" from "PipelineJob" where "orderId" = ${orderId} for update`;
  // A release, replay or cancel meanwhile moved the job elsewhere: this worker's result is stale.
  if (job?.state !== 'ready' || job.step !== step) throw new JobTakenAway(`The job of order ${orderId} is ${job ? `${job.state} at ${job.step}` : 'gone'}.`);
}

/** Gives back what the order holds in other systems (its reservations). Safe to repeat. */
async function compensate(deps: PipelineDeps, context: StepContext): Promise<void> {
  await reserveStep.compensate?.(context);
}

async function holdOrder(deps: PipelineDeps, context: StepContext, stepId: StepId, reasons: HoldReason[]): Promise<void> {
  try {
    await compensate(deps, context);
  } catch (error) {
    // Not held with stock still reserved: the step is tried again, and holds once the ERP answers.
    return failTechnically(deps, context, stepId, error);
  }
  const orderId = context.order.id;
  await deps.db.$transaction(async (tx) => {
    await lockLiveJob(tx, orderId, stepId);
    await tx.order.update({ where: { id: orderId }, data: { status: 'HELD' } });
    await tx.hold.createMany({ data: reasons.map((reason) => ({ id: randomUUID(), orderId, reasonCode: reason.reasonCode, detail: reason.detail, step: stepId })) });
    await recordStep(tx, { orderId, step: stepId, outcome: 'held', detail: reasons.map((reason) => reason.reasonCode).join(', '), actor: PIPELINE_ACTOR });
    await parkJob(tx, orderId, 'held');
    await writeEvent(tx, context.order, 'held', { reasons: reasons.map((reason) => reason.reasonCode), step: stepId });
  });
  deps.onOrderChanged?.(orderId);
}

/**
 * A technical failure: retried later with backoff while attempts are left; then the order goes to
 * the dead-letter queue with the last error, its reservations given back so no stock is stranded.
 */
async function failTechnically(deps: PipelineDeps, context: StepContext, stepId: StepId, error: unknown): Promise<void> {
  const orderId = context.order.id;
  const message = error instanceof CrossdockError ? error.message : `Unexpected ${error instanceof Error ? error.name : 'error'}; see the logs under this correlation id.`;
  deps.logger.warn('pipeline step failed', { orderId, step: stepId, attempt: context.attempt, error: error instanceof Error ? error.message : String(error) });
  if (context.attempt < deps.retry.maxAttempts) {
    await deps.db.$transaction(async (tx) => {
      await lockLiveJob(tx, orderId, stepId);
      await recordStep(tx, { orderId, step: stepId, outcome: 'failed', detail: `Attempt ${context.attempt} of ${deps.retry.maxAttempts}: ${message} Retrying.`, actor: PIPELINE_ACTOR });
      await scheduleRetry(tx, orderId, message, deps.clock.now(), { baseMs: deps.retry.baseDelayMs, capMs: deps.retry.maxDelayMs });
    });
    return;
  }
  if (stepId === 'submit') {
    const inErp = await erpOrderFor(deps, orderId);
    if (inErp) return markSubmitted(deps, context.order, inErp, 'found after the answer was lost', stepId);
    // The ERP could not say whether it has the order: its reservations are kept until it can.
    if (inErp === undefined) return deadLetter(deps, context, stepId, message, true);
  }
  const released = await compensate(deps, context).then(
    () => true,
    (compensationError: unknown) => {
      deps.logger.warn('compensation failed; it is retried', { orderId, error: compensationError instanceof Error ? compensationError.message : String(compensationError) });
      return false;
    },
  );
  await deadLetter(deps, context, stepId, message, !released);
}

/**
 * Dead-letters the order with its last error. When its reservations could not be given back yet,
 * the job stays on the queue at the `compensate` step and is retried until they are.
 */
async function deadLetter(deps: PipelineDeps, context: StepContext, stepId: StepId, message: string, compensationPending: boolean): Promise<void> {
  const orderId = context.order.id;
  await deps.db.$transaction(async (tx) => {
    await lockLiveJob(tx, orderId, stepId);
    await tx.order.update({ where: { id: orderId }, data: { status: 'FAILED' } });
    await tx.deadLetter.create({ data: { id: randomUUID(), orderId, step: stepId, lastError: message, attempts: context.attempt } });
    await recordStep(tx, { orderId, step: stepId, outcome: 'failed', detail: `Dead-lettered after ${context.attempt} attempts: ${message}${compensationPending ? ' Its reservations are released as soon as the ERP answers.' : ''}`, actor: PIPELINE_ACTOR });
    if (compensationPending) {
      await advanceJob(tx, orderId, COMPENSATE, leaseFrom(deps));
      await scheduleRetry(tx, orderId, message, deps.clock.now(), { baseMs: deps.retry.baseDelayMs, capMs: deps.retry.maxDelayMs });
    } else {
      await parkJob(tx, orderId, 'dead', message);
    }
    await writeEvent(tx, context.order, 'failed', { step: stepId, error: message });
  });
  deps.onOrderChanged?.(orderId);
}

/**
 * Gives back a failed order's reservations, retried (without limit, with backoff) until done:
 * stock is never stranded. If the ERP turns out to have the order after all, it is submitted.
 */
async function finishCompensation(deps: PipelineDeps, orderId: string): Promise<void> {
  const order = await deps.db.order.findUniqueOrThrow({ where: { id: orderId } });
  const context: StepContext = { db: deps.db, systemApi: deps.systemApi, logger: deps.logger, clock: deps.clock, order, received: order.received as unknown as SalesOrderInput, attempt: 1 };
  try {
    const inErp = await erpOrderFor(deps, orderId);
    if (inErp === undefined) throw new Error('The ERP cannot say whether it has the order.');
    if (inErp) {
      await deps.db.deadLetter.updateMany({ where: { orderId, replayedAt: null }, data: { replayedAt: deps.clock.now(), replayedBy: 'pipeline (the ERP had the order)' } });
      return markSubmitted(deps, order, inErp, 'found while giving back its reservations', COMPENSATE);
    }
    await compensate(deps, context);
    await deps.db.$transaction(async (tx) => {
      await lockLiveJob(tx, orderId, COMPENSATE);
      await parkJob(tx, orderId, 'dead');
    });
  } catch (error) {
    if (error instanceof JobTakenAway) throw error;
    const message = error instanceof Error ? error.message : String(error);
    await deps.db.$transaction(async (tx) => {
      await lockLiveJob(tx, orderId, COMPENSATE);
      await scheduleRetry(tx, orderId, `compensation: ${message}`, deps.clock.now(), { baseMs: deps.retry.baseDelayMs, capMs: deps.retry.maxDelayMs });
    });
  }
}

/** The ERP order made with this order's key; null when there is none; undefined when the ERP cannot say. */
async function erpOrderFor(deps: PipelineDeps, orderId: string): Promise<{ id: string } | null | undefined> {
  try {
    return (await deps.systemApi.findSalesOrderByKey(orderId)) ?? null;
  } catch {
    return undefined;
  }
}

/** The ERP has the order after all (its answer was lost): the order is submitted. */
async function markSubmitted(deps: PipelineDeps, order: Order, erpOrder: { id: string }, how: string, step: string): Promise<void> {
  await deps.db.$transaction(async (tx) => {
    await lockLiveJob(tx, order.id, step);
    await tx.order.update({ where: { id: order.id }, data: { status: 'SUBMITTED', erpOrderId: erpOrder.id } });
    await recordStep(tx, { orderId: order.id, step: 'submit', outcome: 'succeeded', detail: `ERP order ${erpOrder.id} (${how})`, actor: PIPELINE_ACTOR });
    await parkJob(tx, order.id, 'done');
    await writeEvent(tx, order, 'submitted', { erpOrderId: erpOrder.id });
  });
  deps.onOrderChanged?.(order.id);
}
