import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { openErpDatabase, type ErpDatabase } from '../database';
import { createReferenceErp } from '../erp/reference/reference-erp';
import type { ErpAdapter } from '../erp/ports/erp-adapter';
import { availabilityOf } from './availability';

let db: ErpDatabase;
let erp: ErpAdapter;

beforeAll(async () => {
  db = await openErpDatabase(await createTestDatabase('availability', 'demoErp'));
  erp = createReferenceErp(db);
});
afterAll(() => erp.close());

describe('availabilityOf', () => {
  it('sums each item over its warehouses, in the order asked, leaving out items without stock positions', async () => {
    const positions = (await erp.inventory.listPositions({ skus: ['HXB-004', 'GLV-002'], limit: 1000 })).items;

    const availability = await availabilityOf(erp.inventory, ['GLV-002', 'NO-SUCH-SKU', 'HXB-004']);

    expect(availability.map((item) => item.sku)).toEqual(['GLV-002', 'HXB-004']);
    for (const item of availability) {
      const own = positions.filter((position) => position.sku === item.sku);
      expect(item.available).toBe(own.reduce((sum, position) => sum + Math.max(0, position.available), 0));
      expect(item.onOrder).toBe(own.reduce((sum, position) => sum + position.onOrder, 0));
      expect(item.uom).toBe(own[0]!.uom);
    }
  });

  it('names the earliest receipt on order', async () => {
    const [first, second] = (await erp.inventory.listPositions({ sku: 'HXB-004', limit: 1000 })).items;
    await db.inventoryPosition.update({
      where: { sku_warehouseId: { sku: 'HXB-004', warehouseId: first!.warehouseId } },
      data: { onOrder: 30, expectedDate: new Date('2026-12-20') },
    });
    await db.inventoryPosition.update({
      where: { sku_warehouseId: { sku: 'HXB-004', warehouseId: second!.warehouseId } },
      data: { onOrder: 10, expectedDate: new Date('2026-12-05') },
    });

    const [bolts] = await availabilityOf(erp.inventory, ['HXB-004']);

    expect(bolts!.nextReceiptDate).toBe('2026-12-05');
    expect(bolts!.onOrder).toBeGreaterThanOrEqual(40);
  });
});
