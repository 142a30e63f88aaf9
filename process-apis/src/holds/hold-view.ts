import type { ProcessHold } from '@crossdock/shared-contracts/contracts/process-holds';
import type { Principal } from '@crossdock/shared-contracts/context/request-context';
import { NotFoundError } from '@crossdock/shared-contracts/errors/errors';
import type { HoldStatus } from '@crossdock/shared-contracts/model/hold';
import type { ProcessDatabase } from '../database';
import type { Prisma } from '../generated/prisma/client';
import { QUEUE_ORDER_SELECT, queueOrderFields } from '../work-queue/queue-order';

export const HOLD_VIEW_INCLUDE = {
  order: { select: QUEUE_ORDER_SELECT },
} as const satisfies Prisma.HoldInclude;

export type HoldRow = Prisma.HoldGetPayload<{ include: typeof HOLD_VIEW_INCLUDE }>;

/** A hold as the process API shows it. */
export function toProcessHold(row: HoldRow): ProcessHold {
  return {
    id: row.id,
    orderId: row.orderId,
    ...queueOrderFields(row.order),
    orderStatus: row.order.status as ProcessHold['orderStatus'],
    reasonCode: row.reasonCode,
    detail: row.detail,
    step: row.step,
    status: row.status as HoldStatus,
    createdAt: row.createdAt.toISOString(),
    resolvedAt: row.resolvedAt?.toISOString(),
    resolvedBy: row.resolvedBy ?? undefined,
    resolution: row.resolution ?? undefined,
    duplicateOfOrderId: row.duplicateOfOrderId ?? undefined,
  };
}

/** One hold; a customer-scoped caller asking for another customer's hold is told it does not exist. */
export async function findHold(db: ProcessDatabase, principal: Principal, holdId: string): Promise<HoldRow> {
  const row = await db.hold.findUnique({ where: { id: holdId }, include: HOLD_VIEW_INCLUDE });
  if (!row || (principal.customerId && row.order.customerId !== principal.customerId))
    throw new NotFoundError(`Hold ${holdId} does not exist.`);
  return row;
}
