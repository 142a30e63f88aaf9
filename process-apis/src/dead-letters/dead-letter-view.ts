import type { ProcessDeadLetter } from '@crossdock/shared-contracts/contracts/process-dead-letters';
import type { Principal } from '@crossdock/shared-contracts/context/request-context';
import { NotFoundError } from '@crossdock/shared-contracts/errors/errors';
import type { ProcessDatabase } from '../database';
import type { Prisma } from '../generated/prisma/client';
import { QUEUE_ORDER_SELECT, queueOrderFields } from '../work-queue/queue-order';

export const DEAD_LETTER_VIEW_INCLUDE = {
  order: { select: QUEUE_ORDER_SELECT },
} as const satisfies Prisma.DeadLetterInclude;

export type DeadLetterRow = Prisma.DeadLetterGetPayload<{ include: typeof DEAD_LETTER_VIEW_INCLUDE }>;

/** A dead letter as the process API shows it. */
export function toProcessDeadLetter(row: DeadLetterRow): ProcessDeadLetter {
  return {
    id: row.id,
    orderId: row.orderId,
    ...queueOrderFields(row.order),
    orderStatus: row.order.status as ProcessDeadLetter['orderStatus'],
    step: row.step,
    lastError: row.lastError,
    attempts: row.attempts,
    createdAt: row.createdAt.toISOString(),
    replayedAt: row.replayedAt?.toISOString(),
    replayedBy: row.replayedBy ?? undefined,
  };
}

/** One dead letter; a customer-scoped caller asking for another customer's is told it does not exist. */
export async function findDeadLetter(
  db: ProcessDatabase,
  principal: Principal,
  deadLetterId: string,
): Promise<DeadLetterRow> {
  const row = await db.deadLetter.findUnique({ where: { id: deadLetterId }, include: DEAD_LETTER_VIEW_INCLUDE });
  if (!row || (principal.customerId && row.order.customerId !== principal.customerId))
    throw new NotFoundError(`Dead letter ${deadLetterId} does not exist.`);
  return row;
}
