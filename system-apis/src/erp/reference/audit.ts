import type { Prisma } from '../../generated/prisma/client';
import type { WriteActor } from '../ports/common';

type AuditWriter = { erpAudit: { create(args: { data: Prisma.ErpAuditCreateInput }): Promise<unknown> } };

/** Every ERP write leaves one row: what, which record, who, under which correlation id. */
export async function recordAudit(
  tx: AuditWriter,
  entity: string,
  entityId: string,
  action: string,
  by: WriteActor,
  data?: Prisma.InputJsonValue,
): Promise<void> {
  await tx.erpAudit.create({
    data: { entity, entityId, action, actor: by.actor, correlationId: by.correlationId, data },
  });
}
