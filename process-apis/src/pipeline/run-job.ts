import { randomUUID } from 'node:crypto';
import { runWithContext } from '@crossdock/shared-contracts/context/request-context';
import { CrossdockError } from '@crossdock/shared-contracts/errors/crossdock-error';
import type { Logger } from '@crossdock/shared-contracts/logging/logger';
import type { SalesOrderInput } from '@crossdock/shared-contracts/model/order-input';
import type { ProcessDatabase } from '../database';
import { Prisma, type Order } from '../generated/prisma/client';
import type { SystemApi } from '../system-api/system-api';
import { recordStep } from '../timeline/record-step';
import type { Clock } from '@crossdock/shared-contracts/time/clock';
import { advanceJob, parkJob, scheduleRetry, type ClaimedJob } from './job-queue';
import { writeEvent } from './order-events';
import { recordStepsDone, type StepFinished, type StepsDone } from './record-outcomes';
import { PIPELINE, stepAfter } from './saga';
import { outcomeOfError, type HoldReason, type OrderChanges, type OrderInFlight, type PipelineContext, type PipelineStep, type StepId, type StepOutcome } from './step';
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

/** The job's step while an order's reservations still wait to be given back after a failure. */
const COMPENSATE = 'compensate';

/** One order on its way through the steps of a batch. */
interface Running extends OrderInFlight {
  step: StepId;
  replans: number;
  /** Steps it finished here that are not recorded yet (steps that only read; see recordUnrecorded). */
  unrecorded?: Unrecorded;
}

/** Finished steps of one order waiting to be recorded together. */
interface Unrecorded {
  /** Where the order's job stands in the database: the first of `steps`. */
  from: StepId;
  steps: StepFinished[];
  changes: OrderChanges;
  events: StepsDone['events'];
}

type Finished = Extract<StepOutcome, { kind: 'next' }>;

/**
 * Runs a batch of claimed jobs from their steps onwards. Each step runs for all orders of the batch
 * that are at it, with one call to the ERP where the ERP allows, and records their outcomes in one
 * transaction; the orders that went on take the next step together. A crash between steps repeats
 * at most the step that was running, and every step is safe to repeat. What is out of the ordinary
 * (holds, retries, dead letters, compensation, new plans) is handled order by order.
 */
export async function runJobs(deps: PipelineDeps, jobs: readonly ClaimedJob[]): Promise<void> {
  // Leases are renewed while the batch runs, so a slow ERP never lets a second worker take a job
  // this one is still working on; a worker that dies stops renewing, and the leases run out.
  const orderIds = jobs.map((job) => job.orderId);
  const heartbeat = setInterval(() => void renewLeases(deps, orderIds), Math.max(250, deps.retry.leaseMs / 3));
  try {
    const compensating = jobs.filter((job) => job.step === COMPENSATE);
    await Promise.all([runBatch(deps, jobs.filter((job) => job.step !== COMPENSATE)), ...compensating.map((job) => finishCompensation(deps, job.orderId))]);
  } catch (error) {
    // Something this worker did not expect (its database connection broke mid-batch): the jobs
    // still leased to it are let go at once, to be claimed again and their step repeated, rather
    // than waiting out the whole lease.
    await releaseLeases(deps, orderIds);
    throw error;
  } finally {
    clearInterval(heartbeat);
  }
}

/** Sets the lease of the jobs still running here; rows locked by another statement are skipped (see renewLeases). */
async function setLeases(deps: PipelineDeps, orderIds: string[], leasedUntil: Date | null): Promise<void> {
  await deps.db.sql.query(
    `update "PipelineJob" set "leasedUntil" = $2::timestamp
      where "orderId" in (select "orderId" from "PipelineJob" where "orderId" = any($1::text[]) and "state" = 'ready' and "leasedUntil" is not null
                           order by "orderId" for update skip locked)`,
    [orderIds, leasedUntil?.toISOString() ?? null],
  );
}

const releaseLeases = (deps: PipelineDeps, orderIds: string[]) => setLeases(deps, orderIds, null).catch(() => undefined);

/** Runs one claimed job: a batch of one. */
export const runJob = (deps: PipelineDeps, job: ClaimedJob): Promise<void> => runJobs(deps, [job]);

/**
 * Renews the leases of a batch's jobs. Rows being recorded at this moment are skipped, not waited
 * for: recording a step takes the batch's job rows in id order, and a renewal taking them in any
 * other order could deadlock with it (PostgreSQL would then abort one, and a batch whose step record
 * was aborted waits out its whole lease). The recording sets a fresh lease itself.
 */
async function renewLeases(deps: PipelineDeps, orderIds: string[]): Promise<void> {
  await setLeases(deps, orderIds, leaseFrom(deps)).catch((error: unknown) => deps.logger.warn('could not renew pipeline leases', { orders: orderIds.length, error: error instanceof Error ? error.message : String(error) }));
}

async function runBatch(deps: PipelineDeps, jobs: readonly ClaimedJob[]): Promise<void> {
  if (jobs.length === 0) return;
  const stepOf = new Map(jobs.map((job) => [job.orderId, job]));
  let running: Running[] = (await loadLive(deps, [...stepOf.keys()])).map((order) => ({ ...inFlight(order, stepOf.get(order.id)!.attempts), step: stepOf.get(order.id)!.step as StepId, replans: 0 }));
  // Calls for the whole batch carry a correlation id of their own; each order's writes in the ERP
  // are still audited under the order's correlation id (see the batch calls of the system API).
  const context = { correlationId: `pipeline-batch-${randomUUID()}`, principal: { subject: PIPELINE_ACTOR, scopes: [] } };
  while (running.length > 0) {
    const replanned: Running[] = [];
    for (const step of PIPELINE) {
      let here = running.filter((entry) => entry.step === step.id);
      // What the orders were planned to get is stored before anything is reserved for them.
      if (!step.readsOnly) here = await recordUnrecorded(deps, here);
      if (here.length === 0) continue;
      const outcomes = await runWithContext(context, () => step.invoke(pipelineContext(deps), here)).catch((error: unknown) => here.map(() => outcomeOfError(error)));
      const advanced = await settleStep(deps, step, here, outcomes, replanned);
      running = [...running.filter((entry) => entry.step !== step.id), ...advanced];
    }
    running = replanned;
    // Orders racing for the same stock would otherwise plan again in lockstep.
    if (running.length > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * Math.max(...running.map((entry) => entry.replans))));
  }
}

/**
 * Settles a step's outcomes. The orders that went on are recorded in one transaction, or, after a
 * step that only reads, together with the steps after it: repeating such a step after a crash
 * repeats only reads. The others are handled one by one. Answers those that went on.
 */
async function settleStep(deps: PipelineDeps, step: PipelineStep, here: Running[], outcomes: StepOutcome[], replanned: Running[]): Promise<Running[]> {
  const next = stepAfter(step.id);
  const deferred = Boolean(step.readsOnly) && next !== undefined;
  const now = deps.clock.now();
  const done = here.flatMap((entry, index) => {
    const outcome = outcomes[index]!;
    return outcome.kind === 'next' ? [{ entry, outcome, unrecorded: withStep(entry, step.id, outcome, now) }] : [];
  });
  const recorded = deferred
    ? new Set(done.map(({ entry }) => entry.order.id))
    : await recordStepsDone(deps.db, done.map(({ entry, unrecorded }) => stepsDone(entry, unrecorded, next)), now, leaseFrom(deps));
  for (const { entry } of done) {
    if (!recorded.has(entry.order.id)) deps.logger.info('pipeline job taken away; its result is dropped', { orderId: entry.order.id, step: step.id });
    else if (!deferred) deps.onOrderChanged?.(entry.order.id);
  }
  await settleExceptions(deps, step.id, here.flatMap((entry, index) => (outcomes[index]!.kind === 'next' ? [] : [{ entry, outcome: outcomes[index]! }])), replanned);
  // What the step stored is applied to the order in hand, rather than read back: the next step
  // sees the order as stored, without a query per step.
  return next
    ? done.filter(({ entry }) => recorded.has(entry.order.id)).map(({ entry, outcome, unrecorded }) => ({ ...entry, ...inFlight(withChanges(entry.order, outcome), 1), step: next, unrecorded: deferred ? unrecorded : undefined }))
    : [];
}

/** Holds, retries, dead letters and new plans, order by order, once the steps before are recorded. */
async function settleExceptions(deps: PipelineDeps, stepId: StepId, exceptions: { entry: Running; outcome: StepOutcome }[], replanned: Running[]): Promise<void> {
  if (exceptions.length === 0) return;
  const live = new Set((await recordUnrecorded(deps, exceptions.map(({ entry }) => entry))).map((entry) => entry.order.id));
  await Promise.all(
    exceptions.map(async ({ entry, outcome }) => {
      if (!live.has(entry.order.id) || outcome.kind === 'next') return;
      await asOrder(entry.order, async () => {
        const recordedEntry = { ...entry, unrecorded: undefined };
        if (outcome.kind === 'hold') return holdOrder(deps, recordedEntry, stepId, outcome.reasons);
        if (outcome.kind === 'failed') return failTechnically(deps, recordedEntry, stepId, outcome.error);
        const again = await replanOrder(deps, recordedEntry, stepId, outcome.detail);
        if (again) replanned.push(again);
      }).catch((error: unknown) => {
        if (!(error instanceof JobTakenAway)) throw error;
        deps.logger.info('pipeline job taken away; its result is dropped', { orderId: entry.order.id, reason: error.message });
      });
    }),
  );
}

/**
 * Records the steps these orders finished without recording them yet, moving their jobs to the
 * step they are at now, in one statement. Answers the orders still running here (one cancelled
 * meanwhile is dropped), none of them with anything left unrecorded.
 */
async function recordUnrecorded(deps: PipelineDeps, entries: Running[]): Promise<Running[]> {
  const pending = entries.filter((entry) => entry.unrecorded);
  if (pending.length === 0) return entries;
  const recorded = await recordStepsDone(deps.db, pending.map((entry) => stepsDone(entry, entry.unrecorded!, entry.step)), deps.clock.now(), leaseFrom(deps));
  for (const entry of pending) {
    if (recorded.has(entry.order.id)) deps.onOrderChanged?.(entry.order.id);
    else deps.logger.info('pipeline job taken away; its result is dropped', { orderId: entry.order.id, step: entry.step });
  }
  return entries.filter((entry) => !entry.unrecorded || recorded.has(entry.order.id)).map((entry) => ({ ...entry, unrecorded: undefined }));
}

/** The order's unrecorded steps with `step` added: its timeline entry, its changes over earlier ones, its event. */
function withStep(entry: Running, step: StepId, outcome: Finished, at: Date): Unrecorded {
  const before = entry.unrecorded ?? { from: entry.step, steps: [], changes: {}, events: [] };
  const changes = { ...before.changes };
  for (const [field, value] of Object.entries(outcome.changes ?? {})) if (value !== undefined) (changes as Record<string, unknown>)[field] = value;
  return { from: before.from, steps: [...before.steps, { step, detail: outcome.detail, at }], changes, events: outcome.event ? [...before.events, outcome.event] : before.events };
}

const stepsDone = (entry: Running, unrecorded: Unrecorded, next: StepId | undefined): StepsDone => ({
  orderId: entry.order.id,
  correlationId: entry.order.correlationId,
  customerId: entry.order.customerId,
  from: unrecorded.from,
  next,
  steps: unrecorded.steps,
  changes: unrecorded.changes,
  events: unrecorded.events,
});

/** The order after a step's changes, as the statement that recorded the step stored them. */
function withChanges(order: Order, outcome: Finished): Order {
  const changes = outcome.changes ?? {};
  const decimal = (value: string | undefined, current: Prisma.Decimal | null) => (value === undefined ? current : new Prisma.Decimal(value));
  return {
    ...order,
    status: changes.status ?? order.status,
    currency: changes.currency ?? order.currency,
    pricedLines: (changes.pricedLines as Order['pricedLines'] | undefined) ?? order.pricedLines,
    subtotal: decimal(changes.subtotal, order.subtotal),
    tax: decimal(changes.tax, order.tax),
    total: decimal(changes.total, order.total),
    plan: (changes.plan as Order['plan'] | undefined) ?? order.plan,
    reservations: (outcome.reservations as Order['reservations'] | undefined) ?? order.reservations,
    erpOrderId: changes.erpOrderId ?? order.erpOrderId,
    received: (changes.received as unknown as Order['received'] | undefined) ?? order.received,
  };
}

/** The orders of `ids` the pipeline still has work for; the jobs of the others are done. */
async function loadLive(deps: PipelineDeps, ids: string[]): Promise<Order[]> {
  const orders = await deps.db.order.findMany({ where: { id: { in: ids } } });
  const live = orders.filter((order) => !SETTLED_STATUSES.has(order.status));
  const finished = ids.filter((id) => !live.some((order) => order.id === id));
  if (finished.length > 0) await deps.db.pipelineJob.updateMany({ where: { orderId: { in: finished }, state: 'ready' }, data: { state: 'done', leasedUntil: null } });
  return live;
}

const inFlight = (order: Order, attempt: number): OrderInFlight => ({ order, received: order.received as unknown as SalesOrderInput, attempt });

const pipelineContext = (deps: PipelineDeps): PipelineContext => ({ db: deps.db, systemApi: deps.systemApi, logger: deps.logger, clock: deps.clock });

/** Runs `fn` under the order's correlation id, acting for the user who placed it (its log lines, its calls to the ERP). */
const asOrder = <T>(order: Order, fn: () => Promise<T>): Promise<T> =>
  runWithContext({ correlationId: order.correlationId, principal: { subject: PIPELINE_ACTOR, scopes: [], actingFor: order.createdBy } }, fn);

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
async function compensate(deps: PipelineDeps, order: Order): Promise<void> {
  await reserveStep.compensate?.(pipelineContext(deps), order);
}

/** Stock moved under the order: what it holds goes back, and it is planned again (a few times at most). */
async function replanOrder(deps: PipelineDeps, entry: Running, stepId: StepId, detail: string): Promise<Running | undefined> {
  try {
    await compensate(deps, entry.order);
  } catch (error) {
    await failTechnically(deps, entry, stepId, error);
    return undefined;
  }
  if (entry.replans + 1 > MAX_REPLANS) {
    await holdOrder(deps, entry, stepId, [{ reasonCode: 'INSUFFICIENT_STOCK', detail: `Stock kept moving while the order was planned: ${detail}` }]);
    return undefined;
  }
  await deps.db.$transaction(async (tx) => {
    await lockLiveJob(tx, entry.order.id, stepId);
    await recordStep(tx, { orderId: entry.order.id, step: stepId, outcome: 'failed', detail: `${detail}; planning again.`, actor: PIPELINE_ACTOR });
    await advanceJob(tx, entry.order.id, 'plan', leaseFrom(deps));
  });
  const order = await deps.db.order.findUniqueOrThrow({ where: { id: entry.order.id } });
  return { ...inFlight(order, 1), step: 'plan', replans: entry.replans + 1 };
}

async function holdOrder(deps: PipelineDeps, entry: OrderInFlight, stepId: StepId, reasons: HoldReason[]): Promise<void> {
  try {
    await compensate(deps, entry.order);
  } catch (error) {
    // Not held with stock still reserved: the step is tried again, and holds once the ERP answers.
    return failTechnically(deps, entry, stepId, error);
  }
  const orderId = entry.order.id;
  await deps.db.$transaction(async (tx) => {
    await lockLiveJob(tx, orderId, stepId);
    await tx.order.update({ where: { id: orderId }, data: { status: 'HELD' } });
    await tx.hold.createMany({ data: reasons.map((reason) => ({ id: randomUUID(), orderId, reasonCode: reason.reasonCode, detail: reason.detail, step: stepId })) });
    await recordStep(tx, { orderId, step: stepId, outcome: 'held', detail: reasons.map((reason) => reason.reasonCode).join(', '), actor: PIPELINE_ACTOR });
    await parkJob(tx, orderId, 'held');
    await writeEvent(tx, entry.order, 'held', { reasons: reasons.map((reason) => reason.reasonCode), step: stepId });
  });
  deps.onOrderChanged?.(orderId);
}

/**
 * A technical failure: retried later with backoff while attempts are left; then the order goes to
 * the dead-letter queue with the last error, its reservations given back so no stock is stranded.
 */
async function failTechnically(deps: PipelineDeps, entry: OrderInFlight, stepId: StepId, error: unknown): Promise<void> {
  const orderId = entry.order.id;
  const message = error instanceof CrossdockError ? error.message : `Unexpected ${error instanceof Error ? error.name : 'error'}; see the logs under this correlation id.`;
  deps.logger.warn('pipeline step failed', { orderId, step: stepId, attempt: entry.attempt, error: error instanceof Error ? error.message : String(error) });
  if (entry.attempt < deps.retry.maxAttempts) {
    await deps.db.$transaction(async (tx) => {
      await lockLiveJob(tx, orderId, stepId);
      await recordStep(tx, { orderId, step: stepId, outcome: 'failed', detail: `Attempt ${entry.attempt} of ${deps.retry.maxAttempts}: ${message} Retrying.`, actor: PIPELINE_ACTOR });
      await scheduleRetry(tx, orderId, message, deps.clock.now(), { baseMs: deps.retry.baseDelayMs, capMs: deps.retry.maxDelayMs });
    });
    return;
  }
  if (stepId === 'submit') {
    const inErp = await erpOrderFor(deps, orderId);
    if (inErp) return markSubmitted(deps, entry.order, inErp, 'found after the answer was lost', stepId);
    // The ERP could not say whether it has the order: its reservations are kept until it can.
    if (inErp === undefined) return deadLetter(deps, entry, stepId, message, true);
  }
  const released = await compensate(deps, entry.order).then(
    () => true,
    (compensationError: unknown) => {
      deps.logger.warn('compensation failed; it is retried', { orderId, error: compensationError instanceof Error ? compensationError.message : String(compensationError) });
      return false;
    },
  );
  await deadLetter(deps, entry, stepId, message, !released);
}

/**
 * Dead-letters the order with its last error. When its reservations could not be given back yet,
 * the job stays on the queue at the `compensate` step and is retried until they are.
 */
async function deadLetter(deps: PipelineDeps, entry: OrderInFlight, stepId: StepId, message: string, compensationPending: boolean): Promise<void> {
  const orderId = entry.order.id;
  await deps.db.$transaction(async (tx) => {
    await lockLiveJob(tx, orderId, stepId);
    await tx.order.update({ where: { id: orderId }, data: { status: 'FAILED' } });
    await tx.deadLetter.create({ data: { id: randomUUID(), orderId, step: stepId, lastError: message, attempts: entry.attempt } });
    await recordStep(tx, { orderId, step: stepId, outcome: 'failed', detail: `Dead-lettered after ${entry.attempt} attempts: ${message}${compensationPending ? ' Its reservations are released as soon as the ERP answers.' : ''}`, actor: PIPELINE_ACTOR });
    if (compensationPending) {
      await advanceJob(tx, orderId, COMPENSATE, leaseFrom(deps));
      await scheduleRetry(tx, orderId, message, deps.clock.now(), { baseMs: deps.retry.baseDelayMs, capMs: deps.retry.maxDelayMs });
    } else {
      await parkJob(tx, orderId, 'dead', message);
    }
    await writeEvent(tx, entry.order, 'failed', { step: stepId, error: message });
  });
  deps.onOrderChanged?.(orderId);
}

/**
 * Gives back a failed order's reservations, retried (without limit, with backoff) until done:
 * stock is never stranded. If the ERP turns out to have the order after all, it is submitted.
 */
async function finishCompensation(deps: PipelineDeps, orderId: string): Promise<void> {
  const order = await deps.db.order.findUnique({ where: { id: orderId } });
  if (!order) return parkJob(deps.db, orderId, 'done');
  await asOrder(order, async () => {
    try {
      const inErp = await erpOrderFor(deps, orderId);
      if (inErp === undefined) throw new Error('The ERP cannot say whether it has the order.');
      if (inErp) {
        await deps.db.deadLetter.updateMany({ where: { orderId, replayedAt: null }, data: { replayedAt: deps.clock.now(), replayedBy: 'pipeline (the ERP had the order)' } });
        return markSubmitted(deps, order, inErp, 'found while giving back its reservations', COMPENSATE);
      }
      await compensate(deps, order);
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
  }).catch((error: unknown) => {
    if (!(error instanceof JobTakenAway)) throw error;
    deps.logger.info('pipeline job taken away; its result is dropped', { orderId, reason: error.message });
  });
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
