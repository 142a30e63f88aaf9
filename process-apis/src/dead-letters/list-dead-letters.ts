import { pageSize, toPage, type Page } from '@crossdock/shared-contracts/contracts/page';
import type { ProcessDeadLetter } from '@crossdock/shared-contracts/contracts/process-dead-letters';
import type { Principal } from '@crossdock/shared-contracts/context/request-context';
import type { ProcessDatabase } from '../database';
import { newestFirst, newestFirstAfter, newestFirstKey } from '../orders/newest-first';
import { DEAD_LETTER_VIEW_INCLUDE, findDeadLetter, toProcessDeadLetter } from './dead-letter-view';
import { deadLetterQueueWhere, type DeadLetterQueueFilter } from './dead-letter-queue';

export interface DeadLetterFilter extends DeadLetterQueueFilter {
  cursor?: string;
  limit?: number;
}

/** Dead letters newest first, cursor-paginated, filtered by all that is given; a customer-scoped caller sees only its own. */
export async function listDeadLetters(
  db: ProcessDatabase,
  principal: Principal,
  filter: DeadLetterFilter,
  now: Date,
): Promise<Page<ProcessDeadLetter>> {
  const take = pageSize(filter.limit);
  const rows = await db.deadLetter.findMany({
    where: { ...newestFirstAfter(filter.cursor), AND: deadLetterQueueWhere(filter, principal, now) },
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
