/**
 * Allocating a backorder again after a first allocation reserved in the ERP but was not recorded
 * here (its transaction rolled back): against a real PostgreSQL and an ERP (the SystemApi port)
 * that answers a repeated reservation key with the reservation made the first time, as the
 * reference ERP does.
 */
import { randomUUID } from 'node:crypto';
import type { Reservation, ReservationRequest } from '@crossdock/shared-contracts/contracts/api/system-inventory';
import type { InventoryPosition } from '@crossdock/shared-contracts/contracts/model/inventory-position';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProcessDatabase, type ProcessDatabase } from '../database';
import { orderColumns } from '../orders/order-columns';
import type { FulfilmentPlan } from '../pipeline/planning/plan-fulfilment';
import { allocateBackorders, type BackorderDependencies } from './allocate-backorders';

let db: ProcessDatabase;

beforeAll(async () => {
  db = await openProcessDatabase(await createTestDatabase('allocate_backorders'));
});
afterAll(async () => {
  await db?.$disconnect();
});

/** A submitted order of `quantity` of `sku`, all of it backordered. */
async function backorderedOrder(sku: string, quantity: number): Promise<string> {
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
      received: { channel: 'api', sourceOrderId: id, customerId: 'C-1001', lines: [{ sku, quantity }] },
      pricedLines: [
        {
          lineNumber: 1,
          sku,
          quantity,
          uom: 'EA',
          unitPrice: '1.0000',
          lineTotal: `${quantity}.00`,
          priceRule: 'price-list:PL-STANDARD',
        },
      ],
      plan: plan as object,
      erpOrderId: 'SO-000042',
      correlationId: 'test',
      createdBy: 'test',
    },
  });
  return id;
}

/** An ERP whose `sku` has `available` free in Dallas, and where `earlier` keys were reserved before (with their quantity). */
function erp(
  available: number,
  earlier: Map<string, number>,
): { deps: BackorderDependencies; asked: ReservationRequest[] } {
  const asked: ReservationRequest[] = [];
  const position = (sku: string): InventoryPosition => ({
    sku,
    warehouseId: 'WH-DAL',
    uom: 'EA',
    onHand: available,
    allocated: 0,
    available,
    onOrder: 0,
    asOf: new Date().toISOString(),
  });
  return {
    asked,
    deps: {
      db,
      systemApi: {
        stockOf: async (sku) => [position(sku)],
        reserve: async (request): Promise<Reservation> => {
          asked.push(request);
          const quantity = earlier.get(request.reservationKey!) ?? request.quantity;
          return {
            id: randomUUID(),
            sku: request.sku,
            warehouseId: request.warehouseId,
            quantity,
            reference: request.reference,
            status: 'active',
            createdAt: new Date().toISOString(),
          };
        },
      },
    },
  };
}

describe('allocating backorders again after a rolled-back allocation', () => {
  it('records what the ERP’s reservation holds, not what this attempt asked for', async () => {
    const sku = `BO-${randomUUID().slice(0, 8)}`;
    const orderId = await backorderedOrder(sku, 5);
    // The first attempt reserved all 5 under this key; the ERP now shows only 2 more free.
    const { deps, asked } = erp(2, new Map([[`${orderId}:1:backorder:WH-DAL:5`, 5]]));

    const [allocation] = await allocateBackorders(deps, sku, 'test');

    expect(asked).toEqual([
      expect.objectContaining({ quantity: 2, reservationKey: `${orderId}:1:backorder:WH-DAL:5` }),
    ]);
    expect(allocation).toMatchObject({
      orderId,
      lines: [{ lineNumber: 1, allocations: [{ warehouseId: 'WH-DAL', quantity: 5 }], stillBackordered: 0 }],
      released: true,
    });
    const plan = orderColumns.plan.read((await db.order.findUniqueOrThrow({ where: { id: orderId } })).plan);
    expect(plan).toMatchObject({
      hasBackorders: false,
      lines: [{ allocations: [{ warehouseId: 'WH-DAL', quantity: 5 }], backordered: 0 }],
    });
  });
});
