import { pageSize, toPage, type Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { ProcessDeadLetter } from '@crossdock/shared-contracts/contracts/api/process-dead-letters';
import type { Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProcessDatabase } from '../database';
import type { Prisma } from '../generated/prisma/client';
import { newestFirst, newestFirstAfter, newestFirstKey } from '../orders/newest-first';
import { DEAD_LETTER_VIEW_INCLUDE, findDeadLetter, toProcessDeadLetter } from './dead-letter-view';

export interface DeadLetterFilter {
  step?: string;
  orderId?: string;
  customerId?: string;
  /** true: only replayed ones; false: only those still waiting for a replay. */
  replayed?: boolean;
  cursor?: string;
  limit?: number;
}

/** Dead letters newest first, cursor-paginated, filtered by all that is given; a customer-scoped caller sees only its own. */
export async function listDeadLetters(
  db: ProcessDatabase,
  principal: Principal,
  filter: DeadLetterFilter,
): Promise<Page<ProcessDeadLetter>> {
  const take = pageSize(filter.limit);
  const where: Prisma.DeadLetterWhereInput = { ...newestFirstAfter(filter.cursor) };
  if (filter.step) where.step = filter.step;
  if (filter.orderId) where.orderId = filter.orderId;
  if (filter.replayed !== undefined) where.replayedAt = filter.replayed ? { not: null } : null;
  const customerId = principal.customerId ?? filter.customerId;
  if (customerId) where.order = { customerId };
  const rows = await db.deadLetter.findMany({
    where,
    orderBy: newestFirst(),
    take: take + 1,
    include: DEAD_LETTER_VIEW_INCLUDE,
  });
  const page = toPage(rows, take, newestFirstKey);
  return { ...page, items: page.items.map(toProcessDeadLetter) };
}

export async function getDeadLetter(
  db: ProcessDatabase,
  principal: Principal,
  deadLetterId: string,
): Promise<ProcessDeadLetter> {
  return toProcessDeadLetter(await findDeadLetter(db, principal, deadLetterId));
}
