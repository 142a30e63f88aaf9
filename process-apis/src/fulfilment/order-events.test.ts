/**
 * One rule for the correlation id of an order's events, whoever writes them: the request's that
 * caused them when there is one, else the order's (the pipeline worker, the inventory relay).
 */
import { randomUUID } from 'node:crypto';
import { runWithContext } from '@crossdock/shared-contracts/platform/context/request-context';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProcessDatabase, type ProcessDatabase } from '../database';
import type { Order } from '../generated/prisma/client';
import { writeEvent } from '../pipeline/order-events';
import { writeEvents } from './order-events';

let db: ProcessDatabase;

beforeAll(async () => {
  db = await openProcessDatabase(await createTestDatabase('order-events'));
});
afterAll(async () => {
  await db?.$disconnect();
});

const anOrder = (): Promise<Order> => {
  const id = randomUUID();
  return db.order.create({
    data: {
      id,
      channel: 'api',
      sourceOrderId: id,
      customerId: 'C-1001',
      status: 'SUBMITTED',
      received: {},
      correlationId: `placed-${id}`,
      createdBy: 'test',
    },
  });
};

const correlationIdsOf = async (subject: string) =>
  (await db.outboxEvent.findMany({ where: { subject }, orderBy: { position: 'asc' } })).map((event) => [
    event.type,
    event.correlationId,
  ]);

describe("an order's events", () => {
  it('carry the correlation id of the request that caused them, from either writer', async () => {
    const order = await anOrder();
    await runWithContext({ correlationId: 'cancel-request' }, () =>
      db.$transaction(async (tx) => {
        await writeEvent(tx, order, 'cancelled', { reason: 'customer asked' });
        await writeEvents(
          tx,
          [{ entity: 'order', change: 'closed', subject: order.id, data: { orderId: order.id } }],
          order,
        );
      }),
    );
    expect(await correlationIdsOf(order.id)).toEqual([
      ['com.crossdock.order.cancelled', 'cancel-request'],
      ['com.crossdock.order.closed', 'cancel-request'],
    ]);
  });

  it("carry the order's correlation id when no request caused them, from either writer", async () => {
    const order = await anOrder();
    await db.$transaction(async (tx) => {
      await writeEvent(tx, order, 'held', { reasons: ['CREDIT_LIMIT'] });
      await writeEvents(
        tx,
        [{ entity: 'backorder', change: 'allocated', subject: order.id, data: { orderId: order.id } }],
        order,
      );
    });
    expect(await correlationIdsOf(order.id)).toEqual([
      ['com.crossdock.order.held', order.correlationId],
      ['com.crossdock.backorder.allocated', order.correlationId],
    ]);
  });
});
