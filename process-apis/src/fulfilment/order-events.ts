import { randomUUID } from 'node:crypto';
import { currentCorrelationId } from '@crossdock/shared-contracts/platform/context/request-context';
import type { Order, Prisma } from '../generated/prisma/client';
import { currentTraceparent } from '@crossdock/shared-contracts/platform/observability/trace-context';

/** One event to write with the change it tells of. */
export interface EventToWrite {
  entity: 'order' | 'shipment' | 'invoice' | 'return' | 'backorder' | 'inbound_order';
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
  inbound_order: '/process/v1/inbound-documents',
};

/**
 * Writes `com.crossdock.<entity>.<change>` events to the outbox, in the caller's transaction, in the
 * order given: the one writer of events one at a time. They carry the correlation id of the request
 * that caused them; without one (the pipeline worker, the inventory relay), that of the order they
 * are about, so an order's events can always be traced with its timeline.
 */
export async function writeEvents(
  tx: Prisma.TransactionClient,
  events: readonly EventToWrite[],
  order?: Pick<Order, 'correlationId'> & { traceparent?: string | null },
): Promise<void> {
  const correlationId = currentCorrelationId() ?? order?.correlationId ?? 'none';
  const traceparent = currentTraceparent() ?? order?.traceparent ?? null;
  for (const event of events) {
    await tx.outboxEvent.create({
      data: {
        id: randomUUID(),
        type: `com.crossdock.${event.entity}.${event.change}`,
        source: SOURCES[event.entity],
        subject: event.subject,
        correlationId,
        traceparent,
        data: event.data as Prisma.InputJsonValue,
      },
    });
  }
}
