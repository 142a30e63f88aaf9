import { randomUUID } from 'node:crypto';
import { CrossdockError } from '@crossdock/shared-contracts/errors/crossdock-error';
import type { HoldReasonCode } from '@crossdock/shared-contracts/model/hold';
import type { SalesOrderInput } from '@crossdock/shared-contracts/model/order-input';
import type { Logger } from '@crossdock/shared-contracts/logging/logger';
import type { ProcessDatabase } from '../database';
import type { Prisma } from '../generated/prisma/client';
import type { SystemApi } from '../system-api/system-api';
import { recordStep } from '../timeline/record-step';
import { priceMismatches, priceOrder } from './steps/price-order';
import { submitOrder } from './steps/submit-order';
import { validateOrder, type HoldReason } from './steps/validate-order';

export interface OrderPipelineDeps {
  db: ProcessDatabase;
  systemApi: SystemApi;
  logger: Logger;
}

const PIPELINE_ACTOR = 'pipeline';

/**
 * Takes a received order through validate → price → submit, recording each step on its timeline.
 * Business problems put the order on hold with reasons; a technical failure leaves it where it
 * stopped, recorded on its timeline. Nothing takes such an order up again yet: the durable,
 * job-driven pipeline (retries, dead letters) is the next piece of work on this file.
 * It never throws for a problem of the order: the order is stored, and its state says what happened.
 */
export async function processOrder(deps: OrderPipelineDeps, orderId: string): Promise<void> {
  const row = await deps.db.order.findUniqueOrThrow({ where: { id: orderId } });
  if (row.status !== 'RECEIVED') return;
  // Until the job runner claims orders, a request that received the order is the only one to run it.
  const order = row.received as unknown as SalesOrderInput;
  let step = 'validate';
  try {
    const reasons = await validateOrder(deps.systemApi, order);
    if (reasons.length > 0) return await holdOrder(deps.db, orderId, step, reasons);
    await deps.db.$transaction(async (tx) => {
      await tx.order.update({ where: { id: orderId }, data: { status: 'VALIDATED' } });
      await recordStep(tx, { orderId, step, outcome: 'succeeded', actor: PIPELINE_ACTOR });
    });

    step = 'price';
    const priced = await priceOrder(deps.systemApi, order);
    const mismatches = priceMismatches(order, priced);
    if (mismatches.length > 0) return await holdOrder(deps.db, orderId, step, mismatches);
    await deps.db.$transaction(async (tx) => {
      await tx.order.update({
        where: { id: orderId },
        data: { currency: priced.currency, pricedLines: priced.lines as unknown as Prisma.InputJsonValue, subtotal: priced.subtotal },
      });
      await recordStep(tx, { orderId, step, outcome: 'succeeded', detail: `subtotal ${priced.subtotal} ${priced.currency}`, actor: PIPELINE_ACTOR });
    });

    step = 'submit';
    const erpOrderId = await submitOrder(deps.systemApi, orderId, order, priced.lines);
    await deps.db.$transaction(async (tx) => {
      await tx.order.update({ where: { id: orderId }, data: { status: 'SUBMITTED', erpOrderId } });
      await recordStep(tx, { orderId, step, outcome: 'succeeded', detail: `ERP order ${erpOrderId}`, actor: PIPELINE_ACTOR });
    });
  } catch (error) {
    await recordFailure(deps, orderId, step, error);
  }
}

async function holdOrder(db: ProcessDatabase, orderId: string, step: string, reasons: HoldReason[]): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.order.update({ where: { id: orderId }, data: { status: 'HELD' } });
    await tx.hold.createMany({ data: reasons.map((reason) => ({ id: randomUUID(), orderId, reasonCode: reason.reasonCode, detail: reason.detail })) });
    await recordStep(tx, { orderId, step, outcome: 'held', detail: reasons.map((reason) => reason.reasonCode).join(', '), actor: PIPELINE_ACTOR });
  });
}

async function recordFailure(deps: OrderPipelineDeps, orderId: string, step: string, error: unknown): Promise<void> {
  // A business answer from the ERP (for example no price for this customer) is a hold, not a failure.
  if (error instanceof CrossdockError && error.kind === 'business' && error.reasonCode) {
    return holdOrder(deps.db, orderId, step, [{ reasonCode: error.reasonCode as HoldReasonCode, detail: error.message }]);
  }
  const transient = error instanceof CrossdockError ? error.transient : true;
  deps.logger.warn('order step failed', { orderId, step, transient, error: error instanceof Error ? error.message : String(error) });
  const detail = error instanceof CrossdockError ? error.message : 'Unexpected error; see the logs under this correlation id.';
  await recordStep(deps.db, { orderId, step, outcome: 'failed', detail, actor: PIPELINE_ACTOR });
}
