import { randomUUID } from 'node:crypto';
import { currentCorrelationId } from '@crossdock/shared-contracts/context/request-context';
import type { Prisma } from '../generated/prisma/client';

/** One event to write with the change it tells of. */
export interface EventToWrite {
  entity: 'order' | 'shipment' | 'invoice' | 'return' | 'backorder';
  change: string;
  subject: string;
  data: Record<string, unknown>;
}

const SOURCES: Record<EventToWrite['entity'], string> = {
  order: '/process/v1/orders',
  shipment: '/process/v1/shipments',
  invoice: '/process/v1/invoices',
  return: '/process/v1/returns',
  backorder: '/process/v1/orders',
};

/** Writes `com.crossdock.<entity>.<change>` events to the outbox, in the caller's transaction, in the order given. */
export async function writeEvents(tx: Prisma.TransactionClient, events: readonly EventToWrite[]): Promise<void> {
  const correlationId = currentCorrelationId() ?? 'none';
  for (const event of events) {
    await tx.outboxEvent.create({
      data: {
        id: randomUUID(),
        type: `com.crossdock.${event.entity}.${event.change}`,
        source: SOURCES[event.entity],
        subject: event.subject,
        correlationId,
        data: event.data as Prisma.InputJsonValue,
      },
    });
  }
}
