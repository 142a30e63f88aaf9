import { randomUUID } from 'node:crypto';
import { recordStep } from '../timeline/record-step';
import { advanceJob, parkJob } from './job-queue';
import { dropIfTakenAway, inLiveJobTransaction } from './live-job';
import { writeEvent } from './order-events';
import { asOrder, compensateSaga, leaseFrom, PIPELINE_ACTOR, type PipelineDeps } from './pipeline-deps';
import { inFlight, recordUnrecorded, type Running } from './running-orders';
import type { HoldReason, OrderInFlight, StepId, StepOutcome } from './step';
import { failTechnically } from './technical-failure';

// Stock that keeps moving under an order (a rush on one item) stops it after this many new plans.
const MAX_REPLANS = 3;

/**
 * Holds, retries, dead letters and new plans, order by order, once the steps before are recorded.
 * Orders planned again are added to `replanned`.
 */
export async function settleExceptions(
  deps: PipelineDeps,
  stepId: StepId,
  exceptions: { entry: Running; outcome: StepOutcome }[],
  replanned: Running[],
): Promise<void> {
  if (exceptions.length === 0) return;
  const live = new Set(
    (
      await recordUnrecorded(
        deps,
        exceptions.map(({ entry }) => entry),
      )
    ).map((entry) => entry.order.id),
  );
  await Promise.all(
    exceptions.map(async ({ entry, outcome }) => {
      if (!live.has(entry.order.id) || outcome.kind === 'next') return;
      await dropIfTakenAway(deps, entry.order.id, () =>
        asOrder(entry.order, async () => {
          const recordedEntry = { ...entry, unrecorded: undefined };
          if (outcome.kind === 'hold') return holdOrder(deps, recordedEntry, stepId, outcome.reasons);
          if (outcome.kind === 'failed') return failTechnically(deps, recordedEntry, stepId, outcome.error);
          const again = await replanOrder(deps, recordedEntry, stepId, outcome.detail);
          if (again) replanned.push(again);
        }),
      );
    }),
  );
}

/**
 * Stock moved under the order: the saga is walked back to planning (what it holds goes back), and
 * the order is planned again (a few times at most).
 */
async function replanOrder(
  deps: PipelineDeps,
  entry: Running,
  stepId: StepId,
  detail: string,
): Promise<Running | undefined> {
  try {
    await compensateSaga(deps, entry.order, { from: stepId, downTo: 'plan' });
  } catch (error) {
    await failTechnically(deps, entry, stepId, error);
    return undefined;
  }
  if (entry.replans + 1 > MAX_REPLANS) {
    await holdOrder(deps, entry, stepId, [
      { reasonCode: 'INSUFFICIENT_STOCK', detail: `Stock kept moving while the order was planned: ${detail}` },
    ]);
    return undefined;
  }
  await inLiveJobTransaction(deps, { orderId: entry.order.id, step: stepId }, async (tx) => {
    await recordStep(tx, {
      orderId: entry.order.id,
      step: stepId,
      outcome: 'failed',
      detail: `${detail}; planning again.`,
      actor: PIPELINE_ACTOR,
    });
    await advanceJob(tx, entry.order.id, 'plan', leaseFrom(deps));
  });
  const order = await deps.db.order.findUniqueOrThrow({ where: { id: entry.order.id } });
  return { ...inFlight(order, 1), step: 'plan', replans: entry.replans + 1 };
}

/**
 * A business problem for a person: the saga is walked back from the step (a held order holds no
 * stock while it waits), and the order is held with its reasons.
 */
async function holdOrder(
  deps: PipelineDeps,
  entry: OrderInFlight,
  stepId: StepId,
  reasons: HoldReason[],
): Promise<void> {
  try {
    await compensateSaga(deps, entry.order, { from: stepId });
  } catch (error) {
    // Not held with stock still reserved: the step is tried again, and holds once the ERP answers.
    return failTechnically(deps, entry, stepId, error);
  }
  const orderId = entry.order.id;
  await inLiveJobTransaction(
    deps,
    { orderId, step: stepId },
    async (tx) => {
      await tx.order.update({ where: { id: orderId }, data: { status: 'HELD' } });
      await tx.hold.createMany({
        data: reasons.map((reason) => ({
          id: randomUUID(),
          orderId,
          reasonCode: reason.reasonCode,
          detail: reason.detail,
          step: stepId,
        })),
      });
      await recordStep(tx, {
        orderId,
        step: stepId,
        outcome: 'held',
        detail: reasons.map((reason) => reason.reasonCode).join(', '),
        actor: PIPELINE_ACTOR,
      });
      await parkJob(tx, orderId, 'held');
      await writeEvent(tx, entry.order, 'held', { reasons: reasons.map((reason) => reason.reasonCode), step: stepId });
    },
    { announce: true },
  );
}
