/** Waiting for an order's outcome (`Prefer: wait`), against a real PostgreSQL. */
import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProcessDatabase, type ProcessDatabase } from '../database';
import { createOutcomeWaiter } from './wait-for-outcome';

let db: ProcessDatabase;

beforeAll(async () => {
  db = await openProcessDatabase(await createTestDatabase('wait_for_outcome'));
});
afterAll(async () => {
  await db?.$disconnect();
});

async function orderIn(status: string): Promise<string> {
  const id = randomUUID();
  await db.order.create({
    data: {
      id,
      channel: 'api',
      sourceOrderId: id,
      customerId: 'C-1001',
      status,
      received: {},
      correlationId: 'test',
      createdBy: 'test',
    },
  });
  return id;
}

describe('waiting for an outcome', () => {
  it('answers as soon as the pipeline says the order settled, and counts as waiting from the first moment to the last', async () => {
    const id = await orderIn('RECEIVED');
    const waiter = createOutcomeWaiter(db, 10_000);
    const settled = waiter.waitForSettled(id, 20_000);
    // While it first asks the database too: the pipeline must not pause for anyone then.
    expect(waiter.anyoneWaiting()).toBe(true);

    await db.order.update({ where: { id }, data: { status: 'SUBMITTED' } });
    // Until told, it would look again only after 10 s: being told is what answers it now.
    await new Promise((resolve) => setTimeout(resolve, 100));
    waiter.orderChanged(id);

    expect(await settled).toBe(true);
    expect(waiter.anyoneWaiting()).toBe(false);
  });

  it('gives up after the time asked for, with the order still under way', async () => {
    const id = await orderIn('RECEIVED');
    const waiter = createOutcomeWaiter(db, 50);

    expect(await waiter.waitForSettled(id, 200)).toBe(false);
    expect(waiter.anyoneWaiting()).toBe(false);
  });
});
