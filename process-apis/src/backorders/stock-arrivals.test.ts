/**
 * Stock arriving through the inventory relay serves backorders, against a real PostgreSQL, the
 * system tier's feed and the ERP behind small doubles: an allocation the ERP fails is not lost
 * (it is served on the next pass, with no further receipt), and one item failing does not keep the
 * others from being served.
 */
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { InventoryMovement } from '@crossdock/shared-contracts/contracts/api/system-inventory';
import { UpstreamUnavailableError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProcessDatabase, type ProcessDatabase } from '../database';
import { relayInventoryChanges, type InventoryFeed } from '../events/inventory-relay';
import { orderColumns } from '../orders/order-columns';
import type { FulfilmentPlan } from '../pipeline/planning/plan-fulfilment';
import { serveStockArrivals, type BackorderDependencies } from './allocate-backorders';

let db: ProcessDatabase;

beforeAll(async () => {
  db = await openProcessDatabase(await createTestDatabase('stock-arrivals'));
});
afterAll(async () => {
  await db?.$disconnect();
});

/** The system tier's change feed: the movements given, read after a cursor as the real one is. */
function feedOf(movements: InventoryMovement[]): InventoryFeed {
  return {
    changesAfter: async (after, limit) => {
      const items = movements.filter((movement) => Number(movement.id) > Number(after)).slice(0, limit);
      return { items, cursor: items.at(-1)?.id ?? after };
    },
  };
}

const receipt = (id: number, sku: string, quantity: number): InventoryMovement => ({
  id: String(id),
  sku,
  warehouseId: 'WH-DAL',
  kind: 'receipt',
  quantity,
  reason: 'PO arrived',
  actor: 'receiving',
  correlationId: `corr-${id}`,
  at: '2026-11-28T09:00:00.000Z',
  onHandAfter: quantity,
  allocatedAfter: 0,
});

/** The ERP: `available` per item in WH-DAL, taken by reservations; a reservation of an item in `failOnce` fails the first time. */
function erp(available: Record<string, number>, failOnce: string[] = []) {
  const failed = new Set<string>();
  const reserved: { sku: string; quantity: number }[] = [];
  const systemApi: BackorderDependencies['systemApi'] = {
    stockOf: async (sku) => [
      {
        sku,
        warehouseId: 'WH-DAL',
        uom: 'EA',
        onHand: available[sku] ?? 0,
        allocated: 0,
        available: available[sku] ?? 0,
        onOrder: 0,
        asOf: '2026-11-28T09:00:00.000Z',
      },
    ],
    reserve: async (request) => {
      if (failOnce.includes(request.sku) && !failed.has(request.sku)) {
        failed.add(request.sku);
        throw new UpstreamUnavailableError('system-apis', 'The ERP is down (test).');
      }
      available[request.sku] = (available[request.sku] ?? 0) - request.quantity;
      reserved.push({ sku: request.sku, quantity: request.quantity });
      return {
        id: randomUUID(),
        sku: request.sku,
        warehouseId: request.warehouseId,
        quantity: request.quantity,
        reference: request.reference,
        status: 'active',
        createdAt: '2026-11-28T09:00:00.000Z',
      };
    },
  };
  return { systemApi, reserved };
}

/** A submitted order backordering `quantity` of `sku`. */
async function backorder(sku: string, quantity: number): Promise<string> {
  const id = randomUUID();
  const plan: FulfilmentPlan = {
    lines: [{ lineNumber: 1, sku, baseQuantity: quantity, allocations: [], backordered: quantity }],
    hasBackorders: true,
  };
  await db.order.create({
    data: {
      id,
      channel: 'api',
      sourceOrderId: id,
      customerId: 'C-1001',
      status: 'SUBMITTED',
      received: {},
      plan: plan as object,
      erpOrderId: `SO-${id}`,
      correlationId: `corr-${id}`,
      createdBy: 'test',
    },
  });
  return id;
}

const stillBackordered = async (orderId: string) =>
  orderColumns.plan.read((await db.order.findUniqueOrThrow({ where: { id: orderId } })).plan)!.lines[0]!.backordered;

describe('serving backorders when stock arrives', () => {
  it('an allocation the ERP fails once is served on the next pass without another receipt, and the other item is served at once', async () => {
    const warnings: Record<string, unknown>[] = [];
    const logStream = new Writable({
      write: (chunk: Buffer, _encoding, done) => (
        warnings.push(JSON.parse(chunk.toString()) as Record<string, unknown>),
        done()
      ),
    });
    const logger = createLogger({ service: 'test', level: 'warn', stream: logStream });
    const failing = `SKU-A-${randomUUID()}`;
    const fine = `SKU-B-${randomUUID()}`;
    const failingOrder = await backorder(failing, 4);
    const fineOrder = await backorder(fine, 3);
    // The failing item comes first, in the feed and in the order items are served.
    const feed = feedOf([receipt(1, failing, 10), receipt(2, fine, 10)]);
    const { systemApi, reserved } = erp({ [failing]: 10, [fine]: 10 }, [failing]);
    const serve = () => serveStockArrivals({ db, systemApi }, logger, 'backorders');

    await relayInventoryChanges(db, feed, serve);

    expect(await stillBackordered(fineOrder)).toBe(0);
    expect(await stillBackordered(failingOrder)).toBe(4);
    expect(warnings).toEqual([
      expect.objectContaining({ message: expect.stringContaining('backorders not served'), sku: failing }),
    ]);
    expect(await db.outboxEvent.count({ where: { type: 'com.crossdock.inventory.changed' } })).toBe(2);

    // No new movement: the next pass serves what the failure left.
    expect(await relayInventoryChanges(db, feed, serve)).toBe(0);

    expect(await stillBackordered(failingOrder)).toBe(0);
    expect(reserved).toEqual([
      { sku: fine, quantity: 3 },
      { sku: failing, quantity: 4 },
    ]);
    expect(await db.stockArrival.count()).toBe(0);
  });
});
