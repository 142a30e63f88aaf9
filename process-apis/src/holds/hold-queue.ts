import type { WorkQueueFilter } from '@crossdock/shared-contracts/contracts/process-work-queue';
import type { Principal } from '@crossdock/shared-contracts/context/request-context';
import type { HoldStatus } from '@crossdock/shared-contracts/model/hold';
import type { Prisma } from '../generated/prisma/client';
import { ON_THE_PIPELINE, orderTextMatches, queueFilterParts } from '../work-queue/queue-filter';

export interface HoldQueueFilter extends WorkQueueFilter {
  status?: HoldStatus;
  reasonCode?: string;
  orderId?: string;
}

// A person let it go on (released or overridden) and the order is back on the pipeline.
const RETRYING: Prisma.HoldWhereInput = {
  status: { in: ['released', 'overridden'] },
  order: { status: { in: ON_THE_PIPELINE } },
};

const TABS: Record<NonNullable<WorkQueueFilter['tab']>, Prisma.HoldWhereInput> = {
  open: { status: 'open' },
  retrying: RETRYING,
  resolved: { AND: [{ status: { not: 'open' } }, { NOT: RETRYING }] },
};

/** The holds a work-queue filter matches, as conditions each of which must hold. */
export function holdQueueWhere(filter: HoldQueueFilter, principal: Principal, now: Date): Prisma.HoldWhereInput[] {
  const parts = queueFilterParts(filter, principal, now);
  const all: Prisma.HoldWhereInput[] = [{ order: parts.order }];
  if (filter.status) all.push({ status: filter.status });
  if (filter.reasonCode) all.push({ reasonCode: filter.reasonCode });
  if (filter.orderId) all.push({ orderId: filter.orderId });
  if (filter.tab) all.push(TABS[filter.tab]);
  if (parts.createdBefore) all.push({ createdAt: { lt: parts.createdBefore } });
  if (parts.text)
    all.push({
      OR: [{ detail: { contains: parts.text, mode: 'insensitive' } }, { order: { OR: orderTextMatches(parts.text) } }],
    });
  return all;
}
