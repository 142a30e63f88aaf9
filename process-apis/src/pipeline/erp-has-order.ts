import type { Order } from '../generated/prisma/client';
import { recordStep } from '../timeline/record-step';
import { parkJob } from './job-queue';
import { inLiveJobTransaction } from './live-job';
import { writeEvent } from './order-events';
import { PIPELINE_ACTOR, type PipelineDeps } from './pipeline-deps';

/** The ERP order made with this order's key; null when there is none; undefined when the ERP cannot say. */
export async function erpOrderFor(deps: PipelineDeps, orderId: string): Promise<{ id: string } | null | undefined> {
  try {
    return (await deps.systemApi.findSalesOrderByKey(orderId)) ?? null;
  } catch {
    return undefined;
  }
}

/** The ERP has the order after all (its answer was lost): the order is submitted. */
export async function markSubmitted(
  deps: PipelineDeps,
  order: Order,
  erpOrder: { id: string },
  how: string,
  step: string,
): Promise<void> {
  await inLiveJobTransaction(
    deps,
    { orderId: order.id, step },
    async (tx) => {
      await tx.order.update({ where: { id: order.id }, data: { status: 'SUBMITTED', erpOrderId: erpOrder.id } });
      await recordStep(tx, {
        orderId: order.id,
        step: 'submit',
        outcome: 'succeeded',
        detail: `ERP order ${erpOrder.id} (${how})`,
        actor: PIPELINE_ACTOR,
      });
      await parkJob(tx, order.id, 'done');
      await writeEvent(tx, order, 'submitted', { erpOrderId: erpOrder.id });
    },
    { announce: true },
  );
}
