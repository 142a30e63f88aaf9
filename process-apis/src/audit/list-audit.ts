import { pageSize, toPage, type Page } from '@crossdock/shared-contracts/contracts/page';
import type { AuditEntry } from '@crossdock/shared-contracts/contracts/process-work-queue';
import type { ProcessDatabase } from '../database';
import type { Prisma } from '../generated/prisma/client';
import { newestFirst, newestFirstAfter, newestFirstKey } from '../orders/newest-first';
import { toAuditEntry } from './record-action';

export interface AuditFilter {
  orderId?: string;
  actor?: string;
  action?: string;
  subjectId?: string;
  from?: Date;
  to?: Date;
  cursor?: string;
  limit?: number;
}

/** The audit trail newest first, cursor-paginated, filtered by all that is given. */
export async function listAudit(db: ProcessDatabase, filter: AuditFilter): Promise<Page<AuditEntry>> {
  const take = pageSize(filter.limit);
  const where: Prisma.SupportActionWhereInput = { ...newestFirstAfter(filter.cursor) };
  if (filter.orderId) where.orderId = filter.orderId;
  if (filter.actor) where.actor = filter.actor;
  if (filter.action) where.action = filter.action;
  if (filter.subjectId) where.subjectId = filter.subjectId;
  if (filter.from || filter.to)
    where.AND = [
      { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } },
    ];
  const rows = await db.supportAction.findMany({ where, orderBy: newestFirst(), take: take + 1 });
  const page = toPage(rows, take, newestFirstKey);
  return { ...page, items: page.items.map(toAuditEntry) };
}

/** An order's support actions, oldest first (as its timeline reads). */
export async function auditOfOrder(db: ProcessDatabase, orderId: string): Promise<AuditEntry[]> {
  const rows = await db.supportAction.findMany({
    where: { orderId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: 500,
  });
  return rows.map(toAuditEntry);
}
