import { randomUUID } from 'node:crypto';
import type { AuditEntry } from '@crossdock/shared-contracts/contracts/process-work-queue';
import { currentCorrelationId } from '@crossdock/shared-contracts/context/request-context';
import type { Prisma, SupportAction } from '../generated/prisma/client';

type AuditWriter = Pick<Prisma.TransactionClient, 'supportAction'>;

/** One support action as it is recorded; see the SupportAction model. */
export interface SupportActionRecord {
  action:
    | 'release'
    | 'override'
    | 'reject'
    | 'replay'
    | 'bulk-release'
    | 'bulk-replay'
    | 'edit-order'
    | 'fix-cross-reference';
  actor: string;
  comment?: string;
  orderId?: string;
  subjectType: 'hold' | 'dead-letter' | 'order' | 'partner-item-reference' | 'filter';
  subjectId?: string;
  details?: Record<string, unknown>;
  /** Given when other records point to this one before it is written (a bulk action's). */
  id?: string;
}

/**
 * Records who did what and why, under the request's correlation id. Called in the transaction of
 * the change itself, so an action is never done without its record, nor recorded and undone.
 */
export async function recordSupportAction(db: AuditWriter, record: SupportActionRecord): Promise<string> {
  const id = record.id ?? randomUUID();
  await db.supportAction.create({
    data: {
      id,
      ...record,
      comment: record.comment ?? null,
      details: JSON.parse(JSON.stringify(record.details ?? {})) as Prisma.InputJsonValue,
      correlationId: currentCorrelationId() ?? 'none',
    },
  });
  return id;
}

export function toAuditEntry(row: SupportAction): AuditEntry {
  return {
    id: row.id,
    action: row.action,
    actor: row.actor,
    comment: row.comment ?? undefined,
    orderId: row.orderId ?? undefined,
    subjectType: row.subjectType,
    subjectId: row.subjectId ?? undefined,
    details: (row.details ?? {}) as Record<string, unknown>,
    correlationId: row.correlationId,
    at: row.createdAt.toISOString(),
  };
}
