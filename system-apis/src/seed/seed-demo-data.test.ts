import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openErpDatabase, type ErpDatabase } from '../database';
import { resolvePrices, STANDARD_PRICE_LIST_ID } from '../erp/reference/pricing';
import { demoCatalogue } from './demo-catalogue';
import { demoCustomers, demoPriceEntries } from './demo-customers';
import { DEMO_WAREHOUSES, demoStock } from './demo-stock';
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

  it('gives at least 500 items, each sold in its base unit and in every pack the catalogue names', async () => {
    const catalogue = demoCatalogue();
    const items = await db.item.findMany({ include: { uoms: true }, orderBy: { sku: 'asc' } });
    expect(items.length).toBeGreaterThanOrEqual(500);
    expect(items.map((item) => item.sku)).toEqual(catalogue.map((item) => item.sku).sort());

    const bySku = new Map(items.map((item) => [item.sku, item]));
    for (const expected of catalogue) {
      const item = bySku.get(expected.sku)!;
      const units = Object.fromEntries(item.uoms.map((uom) => [uom.uom, uom.factorToBase]));
      expect(units, expected.sku).toEqual({
        [expected.baseUom]: 1,
        ...Object.fromEntries(expected.packs.map((pack) => [pack.uom, pack.factor])),
      });
    }
    // The catalogue does sell most items in cases: the check above is not vacuous.
    expect(items.filter((item) => item.uoms.length > 1).length).toBeGreaterThanOrEqual(450);
    // Some items are cut to length and counted in feet.
    expect(items.filter((item) => item.baseUom === 'FT').length).toBeGreaterThan(0);
  });

  it('keeps the first families exactly as tests and demos quote them', () => {
    const bySku = new Map(demoCatalogue().map((item) => [item.sku, item]));
    expect(['HXB-001', 'HXB-002', 'HXB-003', 'HXB-004'].map((sku) => bySku.get(sku)?.listPrice)).toEqual([
      '0.18',
      '0.20',
      '0.22',
      '0.24',
    ]);
    expect(bySku.get('GLV-002')).toMatchObject({
      listPrice: '3.41',
      packs: [
        { uom: 'CS', factor: 12 },
        { uom: 'PL', factor: 1440 },
      ],
    });
    expect(bySku.get('WSH-001')?.listPrice).toBe('0.04');
    expect(bySku.get('LAD-001')?.packs).toEqual([]);
    expect(bySku.has('PVC-003')).toBe(true);
  });

  it('builds the same demo data on every call: nothing is random', () => {
    expect(demoCatalogue()).toEqual(demoCatalogue());
    expect(demoCustomers()).toEqual(demoCustomers());
    expect(demoPriceEntries(demoCatalogue())).toEqual(demoPriceEntries(demoCatalogue()));
    expect(demoStock(demoCatalogue())).toEqual(demoStock(demoCatalogue()));
  });

  it('gives three warehouses, each holding positive stock', async () => {
    const warehouses = await db.warehouse.findMany({ orderBy: { id: 'asc' } });
    expect(warehouses.map((warehouse) => warehouse.id)).toEqual(['WH-ATL', 'WH-DAL', 'WH-PHX']);
    for (const warehouse of warehouses) {
      const stock = await db.inventoryPosition.aggregate({
        where: { warehouseId: warehouse.id },
        _sum: { onHand: true },
      });
      expect(Number(stock._sum.onHand), warehouse.id).toBeGreaterThan(0);
    }
    const negative = await db.inventoryPosition.count({ where: { onHand: { lt: 0 } } });
    expect(negative).toBe(0);
    // Phoenix carries a subset; some stock is on order with a date it is expected.
    expect(await db.inventoryPosition.count({ where: { warehouseId: 'WH-PHX' } })).toBeLessThan(await db.item.count());
    expect(
      await db.inventoryPosition.count({ where: { onOrder: { gt: 0 }, expectedDate: { not: null } } }),
    ).toBeGreaterThan(0);
  });

  it('keeps the stock of the first items in Dallas and Atlanta as before, and only there', async () => {
    const positions = await db.inventoryPosition.findMany({
      where: { sku: { in: ['HXB-001', 'HXB-004'] } },
      orderBy: [{ sku: 'asc' }, { warehouseId: 'asc' }],
    });
    expect(positions.map(({ sku, warehouseId, onHand, onOrder }) => ({ sku, warehouseId, onHand, onOrder }))).toEqual([
      { sku: 'HXB-001', warehouseId: 'WH-ATL', onHand: 0, onOrder: 0 },
      { sku: 'HXB-001', warehouseId: 'WH-DAL', onHand: 200, onOrder: 500 },
      { sku: 'HXB-004', warehouseId: 'WH-ATL', onHand: 360, onOrder: 0 },
      { sku: 'HXB-004', warehouseId: 'WH-DAL', onHand: 650, onOrder: 0 },
    ]);
    expect(DEMO_WAREHOUSES.find((warehouse) => warehouse.id === 'WH-PHX')?.timeZone).toBe('America/Phoenix');
  });

  it('gives customers credit limits, at least ten of them a contract price list and a few of them on hold', async () => {
    const customers = await db.customer.findMany({ orderBy: { id: 'asc' } });
    expect(customers.length).toBeGreaterThanOrEqual(50);
    for (const customer of customers) expect(Number(customer.creditLimit), customer.id).toBeGreaterThan(0);

    const withContract = customers.filter(
      (customer) => customer.priceListId && customer.priceListId !== STANDARD_PRICE_LIST_ID,
    );
    expect(withContract.length).toBeGreaterThanOrEqual(10);
    for (const customer of withContract) {
      const contractEntries = await db.priceListEntry.count({ where: { priceListId: customer.priceListId! } });
      expect(contractEntries, customer.id).toBeGreaterThan(0);
    }
    const onHold = customers.filter((customer) => customer.status === 'on_hold').map((customer) => customer.id);
    expect(onHold).toContain('C-1003');
    expect(onHold.length).toBeLessThan(customers.length / 5);
    expect(new Set(customers.map((customer) => customer.paymentTerms))).toEqual(
      new Set(['NET15', 'NET30', 'NET45', 'NET60']),
    );
    expect(new Set(customers.map((customer) => customer.preferredWarehouseId))).toEqual(
      new Set([null, 'WH-ATL', 'WH-DAL', 'WH-PHX']),
    );
  });

  it('keeps the first three customers as tests and demos know them', async () => {
    const [acme, brightline, coastal] = await db.customer.findMany({
      where: { id: { in: ['C-1001', 'C-1002', 'C-1003'] } },
      orderBy: { id: 'asc' },
    });
    expect(acme).toMatchObject({
      name: 'Acme Hardware',
      priceListId: 'PL-ACME-2026',
      preferredWarehouseId: 'WH-DAL',
      status: 'active',
    });
    expect(brightline).toMatchObject({ name: 'Brightline Supply', priceListId: null, status: 'active' });
    expect(coastal).toMatchObject({ name: 'Coastal Builders', status: 'on_hold', allowBackorders: false });
    // Acme's contract is the bolts at 90 % with 80 % from 500, and its case price on gloves: nothing more.
    const acmeEntries = await db.priceListEntry.findMany({ where: { priceListId: 'PL-ACME-2026' } });
    expect(acmeEntries).toHaveLength(8 * 2 + 1);
    expect(
      acmeEntries.every((entry) => entry.sku.startsWith('HXB-') || (entry.sku === 'GLV-002' && entry.uom === 'CS')),
    ).toBe(true);
  });

  it('prices a directory contract customer from its list, with a deeper break at ten cases', async () => {
    // BLV-001 (ball valve, 1/4 in, threaded) lists at 6.90, CS = 10 EA. Lone Star's contract: 88 % (6.07), 83 % from 100 EA (5.73).
    const resolution = await resolvePrices(db, {
      customerId: 'C-1004',
      date: '2026-06-01',
      lines: [
        { sku: 'BLV-001', quantity: 5 },
        { sku: 'BLV-001', quantity: 100 },
        { sku: 'WSH-001', quantity: 1 },
      ],
    });
    expect(resolution.prices.map((price) => [price.unitPrice, price.rule])).toEqual([
      ['6.0700', 'price-list:PL-LONESTAR-2026'],
      ['5.7300', 'price-list:PL-LONESTAR-2026 break>=100 EA'],
      ['0.0400', 'price-list:PL-STANDARD'],
    ]);
  });

  it('never gives a contract price above the standard list price', () => {
    const entries = demoPriceEntries(demoCatalogue());
    const list = new Map(
      entries
        .filter((entry) => entry.priceListId === STANDARD_PRICE_LIST_ID)
        .map((entry) => [entry.sku, Number(entry.unitPrice)]),
    );
    for (const entry of entries.filter((row) => row.priceListId !== STANDARD_PRICE_LIST_ID && row.uom !== 'CS')) {
      expect(Number(entry.unitPrice), `${entry.priceListId} ${entry.sku}`).toBeLessThanOrEqual(list.get(entry.sku)!);
      expect(Number(entry.unitPrice), `${entry.priceListId} ${entry.sku}`).toBeGreaterThan(0);
    }
  });

  it('gives every item a standard price per base unit', async () => {
    const items = await db.item.findMany();
    const standard = await db.priceListEntry.findMany({
      where: { priceListId: STANDARD_PRICE_LIST_ID, minQuantity: 1 },
    });
    const bySkuAndUnit = new Map(standard.map((row) => [`${row.sku} ${row.uom}`, row]));
    for (const item of items) {
      const entry = bySkuAndUnit.get(`${item.sku} ${item.baseUom}`);
      expect(entry, item.sku).toBeDefined();
      expect(Number(entry!.unitPrice), item.sku).toBeGreaterThan(0);
    }
  });

  it('lets a customer without a contract be quoted for every item in the catalogue', async () => {
    const skus = demoCatalogue().map((item) => item.sku);
    const resolution = await resolvePrices(db, {
      customerId: 'C-1002',
      date: '2026-06-01',
      lines: skus.map((sku) => ({ sku, quantity: 1 })),
    });
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
      expect(await first.customer.count()).toBe(demoCustomers().length);
    } finally {
      await Promise.all([first.$disconnect(), second.$disconnect()]);
    }
  });
});
