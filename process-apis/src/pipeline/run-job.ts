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
  await runWithContext(context, () => runSteps(deps, job));
}

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
      await compensate(deps, context);
      if (++replans > MAX_REPLANS) return holdOrder(deps, context, stepId, [{ reasonCode: 'INSUFFICIENT_STOCK', detail: `Stock kept moving while the order was planned: ${outcome.detail}` }]);
      await deps.db.$transaction(async (tx) => {
        await recordStep(tx, { orderId: order.id, step: stepId, outcome: 'failed', detail: `${outcome.detail}; planning again.`, actor: PIPELINE_ACTOR });
        await advanceJob(tx, order.id, 'plan', leaseFrom(deps));
      });
      stepId = 'plan';
      attempt = 1;
      continue;
    }
    const next = stepAfter(stepId);
    await deps.db.$transaction(async (tx) => {
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

/** Gives back what the order holds in other systems (its reservations). Safe to repeat. */
async function compensate(deps: PipelineDeps, context: StepContext): Promise<void> {
  await reserveStep.compensate?.(context);
}

async function holdOrder(deps: PipelineDeps, context: StepContext, stepId: StepId, reasons: HoldReason[]): Promise<void> {
  await compensate(deps, context);
  const orderId = context.order.id;
  await deps.db.$transaction(async (tx) => {
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
      await recordStep(tx, { orderId, step: stepId, outcome: 'failed', detail: `Attempt ${context.attempt} of ${deps.retry.maxAttempts}: ${message} Retrying.`, actor: PIPELINE_ACTOR });
      await scheduleRetry(tx, orderId, message, deps.clock.now(), { baseMs: deps.retry.baseDelayMs, capMs: deps.retry.maxDelayMs });
    });
    return;
  }
  if (stepId === 'submit' && (await submittedAfterAll(deps, context))) return;
  await compensate(deps, context).catch((compensationError: unknown) => {
    // The ERP may be the thing that is down: the reservations stay recorded on the order and are
    // released when the dead letter is replayed.
    deps.logger.error('compensation failed', { orderId, error: compensationError instanceof Error ? compensationError.message : String(compensationError) });
  });
  await deps.db.$transaction(async (tx) => {
    await tx.order.update({ where: { id: orderId }, data: { status: 'FAILED' } });
    await tx.deadLetter.create({ data: { id: randomUUID(), orderId, step: stepId, lastError: message, attempts: context.attempt } });
    await recordStep(tx, { orderId, step: stepId, outcome: 'failed', detail: `Dead-lettered after ${context.attempt} attempts: ${message}`, actor: PIPELINE_ACTOR });
    await parkJob(tx, orderId, 'dead', message);
    await writeEvent(tx, context.order, 'failed', { step: stepId, error: message });
  });
  deps.onOrderChanged?.(orderId);
}

/** A submit whose answer was lost may still have created the ERP order: then the order is submitted. */
async function submittedAfterAll(deps: PipelineDeps, context: StepContext): Promise<boolean> {
  const erpOrder = await deps.systemApi.findSalesOrderByKey(context.order.id).catch(() => undefined);
  if (!erpOrder) return false;
  await deps.db.$transaction(async (tx) => {
    await tx.order.update({ where: { id: context.order.id }, data: { status: 'SUBMITTED', erpOrderId: erpOrder.id } });
    await recordStep(tx, { orderId: context.order.id, step: 'submit', outcome: 'succeeded', detail: `ERP order ${erpOrder.id} (found after the answer was lost)`, actor: PIPELINE_ACTOR });
    await parkJob(tx, context.order.id, 'done');
    await writeEvent(tx, context.order, 'submitted', { erpOrderId: erpOrder.id });
  });
  deps.onOrderChanged?.(context.order.id);
  return true;
}
