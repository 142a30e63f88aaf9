import { randomUUID } from 'node:crypto';
import { runWithContext } from '@crossdock/shared-contracts/platform/context/request-context';
import type { Order } from '../generated/prisma/client';
import type { ClaimedJob } from './job-queue';
import { settleExceptions } from './order-exceptions';
import {
  leaseFrom,
  pipelineContext,
  PIPELINE_ACTOR,
  sagaOf,
  SETTLED_STATUSES,
  type PipelineDeps,
} from './pipeline-deps';
import { observedStep } from './observed-step';
import { recordStepsDone } from './record-outcomes';
import { inFlight, recordUnrecorded, stepsDone, withChanges, withStep, type Running } from './running-orders';
import { stepAfter } from './saga';
import { outcomeOfError, type PipelineStep, type StepId, type StepOutcome } from './step';

/**
 * Runs a batch of claimed jobs from their steps onwards. Each step runs for all orders of the batch
 * that are at it, with one call to the ERP where the ERP allows, and records their outcomes in one
 * transaction; the orders that went on take the next step together. A crash between steps repeats
 * at most the step that was running, and every step is safe to repeat. What is out of the ordinary
 * (holds, retries, dead letters, compensation, new plans) is handled order by order.
 */
export async function runBatch(deps: PipelineDeps, jobs: readonly ClaimedJob[]): Promise<void> {
  if (jobs.length === 0) return;
  const stepOf = new Map(jobs.map((job) => [job.orderId, job]));
  let running: Running[] = (await loadLive(deps, [...stepOf.keys()])).map((order) => ({
    ...inFlight(order, stepOf.get(order.id)!.attempts),
    step: stepOf.get(order.id)!.step as StepId,
    replans: 0,
  }));
  // Calls for the whole batch carry a correlation id of their own; each order's writes in the ERP
  // are still audited under the order's correlation id (see the batch calls of the system API).
  const context = {
    correlationId: `pipeline-batch-${randomUUID()}`,
    principal: { subject: PIPELINE_ACTOR, scopes: [] },
  };
  while (running.length > 0) {
    const replanned: Running[] = [];
    for (const step of sagaOf(deps)) {
      let here = running.filter((entry) => entry.step === step.id);
      // What the orders were planned to get is stored before anything is reserved for them.
      if (!step.readsOnly) here = await recordUnrecorded(deps, here);
      if (here.length === 0) continue;
      const outcomes = await runWithContext(context, () =>
        observedStep(
          step.id,
          here.map((entry) => entry.order.traceparent),
          deps.metrics,
          () => step.invoke(pipelineContext(deps), here),
        ),
      ).catch((error: unknown) => here.map(() => outcomeOfError(error)));
      const advanced = await settleStep(deps, step, here, outcomes, replanned);
      running = [...running.filter((entry) => entry.step !== step.id), ...advanced];
    }
    running = replanned;
    // Orders racing for the same stock would otherwise plan again in lockstep.
    if (running.length > 0)
      await new Promise((resolve) =>
        setTimeout(resolve, Math.random() * 50 * Math.max(...running.map((entry) => entry.replans))),
      );
  }
}

/**
 * Settles a step's outcomes. The orders that went on are recorded in one transaction, or, after a
 * step that only reads, together with the steps after it: repeating such a step after a crash
 * repeats only reads. The others are handled one by one. Answers those that went on.
 */
async function settleStep(
  deps: PipelineDeps,
  step: PipelineStep,
  here: Running[],
  outcomes: StepOutcome[],
  replanned: Running[],
): Promise<Running[]> {
  const next = stepAfter(step.id, sagaOf(deps));
  const deferred = Boolean(step.readsOnly) && next !== undefined;
  const now = deps.clock.now();
  const done = here.flatMap((entry, index) => {
    const outcome = outcomes[index]!;
    return outcome.kind === 'next' ? [{ entry, outcome, unrecorded: withStep(entry, step.id, outcome, now) }] : [];
  });
  const recorded = deferred
    ? new Set(done.map(({ entry }) => entry.order.id))
    : await recordStepsDone(
        deps.db,
        done.map(({ entry, unrecorded }) => stepsDone(entry, unrecorded, next)),
        now,
        leaseFrom(deps),
        deps.workerId,
      );
  for (const { entry } of done) {
    if (!recorded.has(entry.order.id))
      deps.logger.info('pipeline job taken away; its result is dropped', { orderId: entry.order.id, step: step.id });
    else if (!deferred) deps.onOrderChanged?.(entry.order.id);
  }
  await settleExceptions(
    deps,
    step.id,
    here.flatMap((entry, index) => (outcomes[index]!.kind === 'next' ? [] : [{ entry, outcome: outcomes[index]! }])),
    replanned,
  );
  // What the step stored is applied to the order in hand, rather than read back: the next step
  // sees the order as stored, without a query per step.
  return next
    ? done
        .filter(({ entry }) => recorded.has(entry.order.id))
        .map(({ entry, outcome, unrecorded }) => ({
          ...entry,
          ...inFlight(withChanges(entry.order, outcome), 1),
          step: next,
          unrecorded: deferred ? unrecorded : undefined,
        }))
    : [];
}

/** The orders of `ids` the pipeline still has work for; the jobs of the others are done. */
async function loadLive(deps: PipelineDeps, ids: string[]): Promise<Order[]> {
  const orders = await deps.db.order.findMany({ where: { id: { in: ids } } });
  const live = orders.filter((order) => !SETTLED_STATUSES.has(order.status));
  const finished = ids.filter((id) => !live.some((order) => order.id === id));
  if (finished.length > 0)
    await deps.db.pipelineJob.updateMany({
      where: { orderId: { in: finished }, state: 'ready' },
      data: { state: 'done', leasedUntil: null },
    });
  return live;
}
