import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openErpDatabase, type ErpDatabase } from '../database';
import { resolvePrices, STANDARD_PRICE_LIST_ID } from '../erp/reference/pricing';
import { demoCatalogue } from './demo-catalogue';
import { seedDemoData } from './seed-demo-data';

let db: ErpDatabase;
let firstSeed: boolean;

beforeAll(async () => {
  db = await openErpDatabase(await createTestDatabase('seed_demo'));
  firstSeed = await seedDemoData(db);
});
afterAll(async () => {
  await db?.$disconnect();
});

/** Every seeded row, in a stable order, so two snapshots compare equal only when nothing changed. */
async function snapshot(database: ErpDatabase) {
  return {
    customers: await database.customer.findMany({ orderBy: { id: 'asc' } }),
    warehouses: await database.warehouse.findMany({ orderBy: { id: 'asc' } }),
    items: await database.item.findMany({ orderBy: { sku: 'asc' } }),
    uoms: await database.itemUom.findMany({ orderBy: [{ sku: 'asc' }, { uom: 'asc' }] }),
    priceLists: await database.priceList.findMany({ orderBy: { id: 'asc' } }),
    priceEntries: await database.priceListEntry.findMany({ orderBy: { id: 'asc' } }),
    stock: await database.inventoryPosition.findMany({ orderBy: [{ sku: 'asc' }, { warehouseId: 'asc' }] }),
  };
}

describe('seeding an empty reference ERP', () => {
  it('reports that it seeded', () => {
    expect(firstSeed).toBe(true);
  });

  it('gives at least 50 items, each sold in its base unit and in every pack the catalogue names', async () => {
    const catalogue = demoCatalogue();
    const items = await db.item.findMany({ include: { uoms: true }, orderBy: { sku: 'asc' } });
    expect(items.length).toBeGreaterThanOrEqual(50);
    expect(items.map((item) => item.sku)).toEqual(catalogue.map((item) => item.sku).sort());

    for (const expected of catalogue) {
      const item = items.find((row) => row.sku === expected.sku)!;
      const units = Object.fromEntries(item.uoms.map((uom) => [uom.uom, uom.factorToBase]));
      expect(units, expected.sku).toEqual({ [expected.baseUom]: 1, ...Object.fromEntries(expected.packs.map((pack) => [pack.uom, pack.factor])) });
    }
    // The catalogue does sell most items in cases: the check above is not vacuous.
    expect(items.filter((item) => item.uoms.length > 1).length).toBeGreaterThanOrEqual(50);
  });

  it('gives at least two warehouses, each holding positive stock', async () => {
    const warehouses = await db.warehouse.findMany();
    expect(warehouses.length).toBeGreaterThanOrEqual(2);
    for (const warehouse of warehouses) {
      const stock = await db.inventoryPosition.aggregate({ where: { warehouseId: warehouse.id }, _sum: { onHand: true } });
      expect(Number(stock._sum.onHand), warehouse.id).toBeGreaterThan(0);
    }
    const negative = await db.inventoryPosition.count({ where: { onHand: { lt: 0 } } });
    expect(negative).toBe(0);
  });

  it('gives customers credit limits, one of them a contract price list and one of them on hold', async () => {
    const customers = await db.customer.findMany({ orderBy: { id: 'asc' } });
    expect(customers.length).toBeGreaterThanOrEqual(2);
    for (const customer of customers) expect(Number(customer.creditLimit), customer.id).toBeGreaterThan(0);

    const withContract = customers.filter((customer) => customer.priceListId && customer.priceListId !== STANDARD_PRICE_LIST_ID);
    expect(withContract.map((customer) => customer.id)).toEqual(['C-1001']);
    const contractEntries = await db.priceListEntry.count({ where: { priceListId: withContract[0]!.priceListId! } });
    expect(contractEntries).toBeGreaterThan(0);
    expect(customers.find((customer) => customer.id === 'C-1003')?.status).toBe('on_hold');
  });

  it('gives every item a standard price per base unit', async () => {
    const items = await db.item.findMany();
    const standard = await db.priceListEntry.findMany({ where: { priceListId: STANDARD_PRICE_LIST_ID, minQuantity: 1 } });
    for (const item of items) {
      const entry = standard.find((row) => row.sku === item.sku && row.uom === item.baseUom);
      expect(entry, item.sku).toBeDefined();
      expect(Number(entry!.unitPrice), item.sku).toBeGreaterThan(0);
    }
  });

  it('lets a customer without a contract be quoted for every item in the catalogue', async () => {
    const skus = demoCatalogue().map((item) => item.sku);
    const resolution = await resolvePrices(db, { customerId: 'C-1002', date: '2026-06-01', lines: skus.map((sku) => ({ sku, quantity: 1 })) });
    expect(resolution.prices).toHaveLength(skus.length);
    expect(resolution.prices.every((price) => price.priceListId === STANDARD_PRICE_LIST_ID)).toBe(true);
  });
});

describe('seeding again', () => {
  it('changes nothing and reports that it did not seed', async () => {
    const before = await snapshot(db);
    const again = await seedDemoData(db);
    expect(again).toBe(false);
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves an ERP that already has customers of its own alone', async () => {
    const own = await openErpDatabase(await createTestDatabase('seed_own'));
    try {
      await own.customer.create({
        data: {
          id: 'C-OWN',
          name: 'Our only customer',
          creditLimit: '1000.00',
          paymentTerms: 'NET30',
          taxJurisdiction: 'US-TX',
          billTo: { name: 'Own', line1: '1 Main St', city: 'Austin', postalCode: '78701', country: 'US' },
          shipTo: { name: 'Own', line1: '1 Main St', city: 'Austin', postalCode: '78701', country: 'US' },
        },
      });
      expect(await seedDemoData(own)).toBe(false);
      expect(await own.item.count()).toBe(0);
      expect(await own.customer.count()).toBe(1);
    } finally {
      await own.$disconnect();
    }
  });

  it('seeds once when two replicas start on the same empty ERP at the same time', async () => {
    const url = await createTestDatabase('seed_race');
    const [first, second] = [await openErpDatabase(url), await openErpDatabase(url)];
    try {
      const results = await Promise.all([seedDemoData(first), seedDemoData(second)]);
      expect(results.sort()).toEqual([false, true]);
      expect(await first.customer.count()).toBe(3);
    } finally {
      await Promise.all([first.$disconnect(), second.$disconnect()]);
    }
  });
});
