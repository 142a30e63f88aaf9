import type { Prisma } from '../../../generated/prisma/client';
import type { WriteActor } from '../../ports/common';

/**
 * A batch is one transaction of a few multi-row statements: big enough to need more than Prisma's
 * five-second default on a busy machine, small enough (thousands of rows) to hold its locks briefly.
 */
export const IMPORT_TRANSACTION = { maxWait: 10_000, timeout: 120_000 } as const;

/** One audit row per record written, in one statement: what, which record, who, which correlation id. */
export async function recordAuditRows(
  tx: Prisma.TransactionClient,
  entity: string,
  written: { id: string; action: string }[],
  by: WriteActor,
): Promise<void> {
  if (written.length === 0) return;
  await tx.$executeRaw`
    insert into "ErpAudit" ("entity", "entityId", "action", "actor", "correlationId", "data")
    select ${entity}, t.id, t.action, ${by.actor}, ${by.correlationId}, '{"via":"import"}'::jsonb
      from unnest(${written.map((each) => each.id)}::text[], ${written.map((each) => each.action)}::text[]) as t(id, action)`;
}

/** Sorts records into new, changed and unchanged against what the ERP holds, by key. */
export function classify<T, E>(
  records: T[],
  keyOf: (record: T) => string,
  existing: Map<string, E>,
  same: (record: T, held: E) => boolean,
): { created: T[]; updated: T[]; unchanged: T[] } {
  const sorted = { created: [] as T[], updated: [] as T[], unchanged: [] as T[] };
  for (const record of records) {
    const held = existing.get(keyOf(record));
    if (held === undefined) sorted.created.push(record);
    else if (same(record, held)) sorted.unchanged.push(record);
    else sorted.updated.push(record);
  }
  return sorted;
}
