/**
 * Test support for the pipeline's own tests (not a test file): an order as receive-order stores it,
 * its job claimed at validate, without going through the HTTP API.
 */
import { randomUUID } from 'node:crypto';
import type { ProcessDatabase } from '../database';
import type { Prisma } from '../generated/prisma/client';

/** A new order of 30 × HXB-004 for C-1001, RECEIVED, its job at validate leased by the test's worker until `leasedUntil`. */
export async function storeClaimedOrder(db: ProcessDatabase, now: Date, leasedUntil: Date): Promise<string> {
  const id = randomUUID();
  const received = {
    channel: 'api',
    sourceOrderId: id,
    customerId: 'C-1001',
    shipTo: { name: 'Store', line1: '1 Elm St', city: 'Dallas', region: 'TX', postalCode: '75226', country: 'US' },
    lines: [{ sku: 'HXB-004', quantity: 30 }],
  };
  await db.order.create({
    data: {
      id,
      channel: 'api',
      sourceOrderId: id,
      customerId: 'C-1001',
      status: 'RECEIVED',
      received: received as Prisma.InputJsonValue,
      correlationId: 'test',
      createdBy: 'test',
    },
  });
  await db.pipelineJob.create({
    data: { orderId: id, step: 'validate', state: 'ready', runAt: now, attempts: 1, leasedUntil },
  });
  return id;
}
