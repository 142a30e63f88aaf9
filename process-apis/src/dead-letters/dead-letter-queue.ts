import type { WorkQueueFilter } from '@crossdock/shared-contracts/contracts/process-work-queue';
import type { Principal } from '@crossdock/shared-contracts/context/request-context';
import type { Prisma } from '../generated/prisma/client';
import { ON_THE_PIPELINE, orderTextMatches, queueFilterParts } from '../work-queue/queue-filter';

export interface DeadLetterQueueFilter extends WorkQueueFilter {
  /** The step that kept failing: the dead letter's reason. */
  step?: string;
  orderId?: string;
  /** true: only replayed ones; false: only those still waiting for a replay. */
  replayed?: boolean;
  /** Created at or after this instant. */
  since?: Date;
}

// Waiting for a replay: not replayed, and the order still FAILED (not cancelled since).
const OPEN: Prisma.DeadLetterWhereInput = { replayedAt: null, order: { status: 'FAILED' } };
const RETRYING: Prisma.DeadLetterWhereInput = {
  replayedAt: { not: null },
  order: { status: { in: ON_THE_PIPELINE } },
};

const TABS: Record<NonNullable<WorkQueueFilter['tab']>, Prisma.DeadLetterWhereInput> = {
  open: OPEN,
  retrying: RETRYING,
  resolved: { AND: [{ NOT: OPEN }, { NOT: RETRYING }] },
};

/** The dead letters a work-queue filter matches, as conditions each of which must hold. */
export function deadLetterQueueWhere(
  filter: DeadLetterQueueFilter,
  principal: Principal,
  now: Date,
): Prisma.DeadLetterWhereInput[] {
  const parts = queueFilterParts(filter, principal, now);
  const all: Prisma.DeadLetterWhereInput[] = [{ order: parts.order }];
  if (filter.step) all.push({ step: filter.step });
  if (filter.orderId) all.push({ orderId: filter.orderId });
  if (filter.replayed !== undefined) all.push({ replayedAt: filter.replayed ? { not: null } : null });
  if (filter.tab) all.push(TABS[filter.tab]);
  if (filter.since) all.push({ createdAt: { gte: filter.since } });
  if (parts.createdBefore) all.push({ createdAt: { lt: parts.createdBefore } });
  if (parts.text)
    all.push({
      OR: [
        { lastError: { contains: parts.text, mode: 'insensitive' } },
        { order: { OR: orderTextMatches(parts.text) } },
      ],
    });
  return all;
}

/** The dead letters a bulk replay may act on: the filter's, still waiting for a replay. */
export function replayableWhere(
  filter: DeadLetterQueueFilter,
  principal: Principal,
  now: Date,
): Prisma.DeadLetterWhereInput {
  return { AND: [...deadLetterQueueWhere({ ...filter, tab: undefined, replayed: undefined }, principal, now), OPEN] };
}
