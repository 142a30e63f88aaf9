import { randomUUID } from 'node:crypto';
import type { Order, Prisma } from '../generated/prisma/client';

/** Writes `com.crossdock.order.<change>` to the outbox, in the caller's transaction. */
export async function writeEvent(tx: Prisma.TransactionClient, order: Order, change: string, data: Record<string, unknown>): Promise<void> {
  await tx.outboxEvent.create({
    data: {
      id: randomUUID(),
      type: `com.crossdock.order.${change}`,
      source: '/process/v1/orders',
      subject: order.id,
      correlationId: order.correlationId,
      data: { orderId: order.id, customerId: order.customerId, ...data } as Prisma.InputJsonValue,
    },
  });
}
