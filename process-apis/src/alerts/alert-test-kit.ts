/**
 * Test support for the alerts' own tests (not a test file): orders of a trading partner stored as
 * the pipeline leaves them (received, some held), at known times.
 */
import { randomUUID } from 'node:crypto';
import type { ProcessDatabase } from '../database';

/** A trading partner (with the mapping it needs), as the partners API stores it. */
export async function storePartner(db: ProcessDatabase, id: string, name: string, channel: string): Promise<void> {
  const mapping = { name: `mapping-${id}`, version: 1 };
  await db.mappingVersion.create({
    data: { ...mapping, description: 'test', rules: {}, createdBy: 'test' },
  });
  await db.tradingPartner.create({
    data: { id, name, channel, customerId: 'C-1001', mappingName: mapping.name, mappingVersion: mapping.version },
  });
}

/**
 * An order the partner sent, received at `at` (its inbound document too, which is how an order is
 * known to be the partner's), held for `holdReason` when given; answers its id and its hold's.
 */
export async function storePartnerOrder(
  db: ProcessDatabase,
  partner: { id: string; channel: string },
  at: Date,
  holdReason?: string,
): Promise<{ orderId: string; holdId?: string }> {
  const orderId = randomUUID();
  const documentId = randomUUID();
  await db.order.create({
    data: {
      id: orderId,
      channel: partner.channel,
      sourceOrderId: orderId,
      customerId: 'C-1001',
      status: holdReason ? 'HELD' : 'SUBMITTED',
      received: {},
      correlationId: `corr-${orderId}`,
      createdBy: 'test',
      createdAt: at,
    },
  });
  await db.inboundDocument.create({
    data: {
      id: documentId,
      channel: partner.channel,
      kind: 'order',
      partnerId: partner.id,
      status: 'processed',
      sha256: documentId,
      correlationId: `corr-${orderId}`,
      receivedAt: at,
      orders: {
        create: {
          orderId,
          partnerId: partner.id,
          sourceOrderId: orderId,
          mappingName: `mapping-${partner.id}`,
          mappingVersion: 1,
          createdAt: at,
        },
      },
    },
  });
  if (!holdReason) return { orderId };
  const holdId = randomUUID();
  await db.hold.create({
    data: { id: holdId, orderId, reasonCode: holdReason, detail: 'test', createdAt: at },
  });
  return { orderId, holdId };
}
