import type { Order, Prisma } from '../generated/prisma/client';
import { enqueueJob } from '../pipeline/job-queue';
import { compensateOrder } from '../pipeline/saga';
import { STEP_IDS, type StepId } from '../pipeline/step';
import type { ProcessServices } from '../process-services';

/** Where a stopped order picks up again, and the status it has there. */
export interface ResumePoint {
  step: StepId;
  status: 'RECEIVED' | 'VALIDATED' | 'PLANNED';
}

/** The status an order has when it is about to run a step: the one the steps before it left. */
const STATUS_BEFORE: Record<StepId, ResumePoint['status']> = {
  validate: 'RECEIVED',
  enrich: 'VALIDATED',
  credit: 'VALIDATED',
  plan: 'VALIDATED',
  reserve: 'PLANNED',
  submit: 'PLANNED',
};

type ResumeServices = Pick<ProcessServices, 'db' | 'systemApi' | 'logger' | 'clock'>;

/**
 * Where an order that stopped at `stoppedAt` (a hold's or a dead letter's step) goes on. Up to
 * planning, at that step. An order that stopped at reserve or submit gave its reservations back
 * when it stopped, or failed to (the ERP was down): they are given back now, and it holds its stock
 * again from reserve under a new plan version. Except when the ERP has the order after all (a
 * submit whose answer was lost): then submit runs again and, idempotent on the order key, answers
 * that order. This may call the system API, so it runs before the transaction that resumes.
 */
export async function prepareResume(services: ResumeServices, order: Order, stoppedAt: string): Promise<ResumePoint> {
  // A step id the pipeline does not know any more: run it all again; every step is safe to repeat.
  const step: StepId = (STEP_IDS as readonly string[]).includes(stoppedAt) ? (stoppedAt as StepId) : 'validate';
  if (step !== 'reserve' && step !== 'submit') return { step, status: STATUS_BEFORE[step] };
  if (step === 'submit' && (await services.systemApi.findSalesOrderByKey(order.id)))
    return { step: 'submit', status: 'PLANNED' };
  // Back through the saga from where it stopped to reserve, where it starts again.
  await compensateOrder(services, order, { from: step, downTo: 'reserve' });
  return { step: 'reserve', status: 'PLANNED' };
}

/** Puts the order back on the pipeline at `point`, attempts counted afresh. In the caller's transaction. */
export async function resumeOrder(
  tx: Prisma.TransactionClient,
  orderId: string,
  point: ResumePoint,
  now: Date,
): Promise<void> {
  await tx.order.update({ where: { id: orderId }, data: { status: point.status } });
  await enqueueJob(tx, orderId, point.step, now);
}

/**
 * Locks the order's row for the rest of the transaction and reads it. Every action a person takes
 * on an order (release, override, reject, replay, cancel) takes this lock first, so two of them
 * on one order run one after the other: two holds released at once cannot both see the other one
 * still open and leave the order held with nothing open.
 */
export async function lockOrder(tx: Prisma.TransactionClient, orderId: string): Promise<Order> {
  await tx.$queryRaw`select "id" from "Order" where "id" = ${orderId} for update`;
  return tx.order.findUniqueOrThrow({ where: { id: orderId } });
}
