import type { ImportKind, ImportRow } from '@crossdock/shared-contracts/contracts/api/system-imports';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openErpDatabase, type ErpDatabase } from '../database';
import type { WriteActor } from '../erp/ports/common';
import type { ErpAdapter } from '../erp/ports/erp-adapter';
import { createReferenceErp } from '../erp/reference/reference-erp';
import { importBatch } from './import-batch';

const BY: WriteActor = { actor: 'import-test', correlationId: 'import-batch-test' };

let db: ErpDatabase;
let erp: ErpAdapter;

beforeAll(async () => {
  db = await openErpDatabase(await createTestDatabase('import_batch', 'demoErp'));
  erp = createReferenceErp(db);
});
afterAll(async () => {
  await erp?.close();
});

/** Imports rows of `kind` numbered as in a file whose header is line 1. */
const importing = (kind: ImportKind, ...values: Record<string, string>[]) =>
  importBatch(
    erp,
    kind,
    values.map((row, index): ImportRow => ({ line: index + 2, values: row })),
    BY,
  );
const item = (sku: string, overrides: Record<string, string> = {}) => ({
  sku,
  description: `Imported ${sku}`,
  baseUom: 'EA',
  ...overrides,
});

describe('importing items', () => {
  it('creates new items with their units, replaces changed ones, leaves equal ones alone, and rejects bad rows with line and reason', async () => {
    const first = await importing(
      'items',
      item('IMP-001', { alternateUoms: 'CS=12;PL=480', weightKg: '0.026' }),
      item('IMP-002', { status: 'discontinued', returnable: 'no' }),
    );
    expect(first).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: [] });

    const second = await importing(
      'items',
      item('IMP-001', { alternateUoms: 'PL=480; CS=12', weightKg: '0.0260' }),
      item('IMP-002', { description: 'Renamed', status: 'discontinued', returnable: 'false' }),
      item('IMP-003', { weightKg: 'heavy' }),
      { description: 'No SKU', baseUom: 'EA' },
      item('IMP-004', { alternateUoms: 'CS=twelve' }),
      item('IMP-002'),
      item('IMP-005', { colour: 'red' }),
      item('IMP-006', { alternateUoms: 'EA=10' }),
    );

    expect(second).toEqual({
      created: 0,
      updated: 1,
      unchanged: 1,
      rejected: [
        { line: 4, reason: expect.stringMatching(/^weightKg "heavy" is not a decimal number/) },
        { line: 5, reason: 'sku is missing' },
        {
          line: 6,
          reason: 'alternateUoms "CS=twelve" must be UNIT=factor pairs separated by ";", such as CS=12;PL=480',
        },
        { line: 7, reason: 'duplicate of line 3' },
        { line: 8, reason: expect.stringMatching(/^column "colour" is not a column of items/) },
        { line: 9, reason: 'alternateUoms.0.uom: Unit EA is listed twice' },
      ],
    });
    expect((await erp.items.get('IMP-001'))?.value).toMatchObject({
      baseUom: 'EA',
      alternateUoms: [
        { uom: 'CS', factorToBase: 12 },
        { uom: 'PL', factorToBase: 480 },
      ],
      weightKg: '0.026',
    });
    expect(await erp.items.get('IMP-001')).toMatchObject({ version: '1' });
    expect(await erp.items.get('IMP-002')).toMatchObject({
      version: '2',
      value: { description: 'Renamed', status: 'discontinued', returnable: false },
    });
    for (const rejected of ['IMP-003', 'IMP-004', 'IMP-005', 'IMP-006'])
      expect(await erp.items.get(rejected)).toBeUndefined();
    expect(await db.itemUom.count({ where: { sku: { in: ['IMP-003', 'IMP-004', 'IMP-005', 'IMP-006'] } } })).toBe(0);
  });

  it('replaces the units of an existing seeded item as a set, audits each write, and shows the change in the item feed', async () => {
    const since = new Date();
    const result = await importing(
      'items',
      item('HXB-004', { description: 'Hex bolt, zinc plated, M8 x 40', alternateUoms: 'CS=100' }),
    );

    expect(result).toMatchObject({ updated: 1 });
    expect((await erp.items.get('HXB-004'))?.value.alternateUoms).toEqual([{ uom: 'CS', factorToBase: 100 }]);
    expect(
      await db.erpAudit.findMany({
        where: { entity: 'item', entityId: 'HXB-004', correlationId: BY.correlationId },
        select: { action: true, actor: true },
      }),
    ).toEqual([{ action: 'update', actor: 'import-test' }]);
    const changed: string[] = [];
    for await (const changedItem of erp.items.streamChanged(since)) changed.push(changedItem.sku);
    expect(changed).toEqual(['HXB-004']);
  });
});

describe('importing customers', () => {
  const customer = (id: string, overrides: Record<string, string> = {}) => ({
    id,
    name: `Customer ${id}`,
    creditLimit: '15000',
    taxJurisdiction: 'US-TX',
    billToLine1: '1 Main St',
    billToCity: 'Dallas',
    billToRegion: 'TX',
    billToPostalCode: '75201',
    billToCountry: 'US',
    ...overrides,
  });

  it('creates customers shipped where they are billed unless told otherwise, and rejects unknown price lists and warehouses', async () => {
    const result = await importing(
      'customers',
      customer('C-9001', { priceListId: 'PL-ACME-2026', preferredWarehouseId: 'WH-DAL' }),
      customer('C-9002', {
        shipToLine1: '9 Dock Rd',
        shipToCity: 'Irving',
        shipToPostalCode: '75038',
        shipToCountry: 'US',
        allowBackorders: 'N',
      }),
      customer('C-9003', { preferredWarehouseId: 'WH-NOWHERE' }),
      customer('C-9004', { priceListId: 'PL-NONE' }),
      customer('C-9005', { creditLimit: '1,000.00' }),
      customer('C-9006', { billToCountry: 'USA' }),
    );

    expect(result).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
      rejected: [
        { line: 4, reason: 'preferredWarehouseId "WH-NOWHERE" is not a warehouse of the ERP' },
        { line: 5, reason: 'priceListId "PL-NONE" is not a price list of the ERP' },
        { line: 6, reason: expect.stringMatching(/^creditLimit "1,000.00" is not a decimal number/) },
        { line: 7, reason: expect.stringMatching(/^billTo.country: /) },
      ],
    });
    expect((await erp.customers.get('C-9001'))?.value).toMatchObject({
      priceListId: 'PL-ACME-2026',
      creditLimit: '15000.00',
      paymentTerms: 'NET30',
      currency: 'USD',
      allowBackorders: true,
      shipTo: { name: 'Customer C-9001', line1: '1 Main St', city: 'Dallas' },
    });
    expect((await erp.customers.get('C-9002'))?.value).toMatchObject({
      allowBackorders: false,
      shipTo: { name: 'Customer C-9002', line1: '9 Dock Rd', city: 'Irving' },
      billTo: { line1: '1 Main St' },
    });
    expect(await erp.customers.get('C-9003')).toBeUndefined();

    const again = await importing(
      'customers',
      customer('C-9001', { priceListId: 'PL-ACME-2026', preferredWarehouseId: 'WH-DAL' }),
      customer('C-9002', { creditLimit: '20000.00' }),
    );
    expect(again).toEqual({ created: 0, updated: 1, unchanged: 1, rejected: [] });
    expect(await erp.customers.get('C-9002')).toMatchObject({
      version: '2',
      value: { creditLimit: '20000.00', shipTo: { line1: '1 Main St' } },
    });
  });
});

describe('importing prices', () => {
  const price = (overrides: Record<string, string> = {}) => ({
    priceListId: 'PL-STANDARD',
    sku: 'TAP-002',
    uom: 'CS',
    unitPrice: '151.5',
    effectiveFrom: '2027-02-01',
    ...overrides,
  });

  it('adds entries to their lists once, and rejects unknown lists, unknown items, units the item is not sold in, and bad dates', async () => {
    const result = await importing(
      'prices',
      price(),
      price({ minimumQuantity: '10', unitPrice: '140' }),
      price({ priceListId: 'PL-GONE' }),
      price({ sku: 'NO-SUCH-SKU' }),
      price({ uom: 'KG' }),
      price({ effectiveFrom: '2027-02-30', minimumQuantity: '20' }),
      price({ effectiveTo: '2027-01-01', minimumQuantity: '30' }),
      price({ minimumQuantity: '1' }),
    );

    expect(result).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
      rejected: [
        { line: 4, reason: 'priceListId "PL-GONE" is not a price list of the ERP' },
        { line: 5, reason: 'sku "NO-SUCH-SKU" is not an item of the ERP' },
        { line: 6, reason: 'item TAP-002 is not sold in KG' },
        { line: 7, reason: 'effectiveFrom "2027-02-30" is not a date written YYYY-MM-DD' },
        { line: 8, reason: 'effectiveTo: effectiveTo must not be before effectiveFrom' },
        { line: 9, reason: 'duplicate of line 2' },
      ],
    });
    const list = await erp.pricing.getPriceList('PL-STANDARD');
    expect(list?.entries.filter((entry) => entry.sku === 'TAP-002' && entry.effectiveFrom === '2027-02-01')).toEqual([
      { sku: 'TAP-002', uom: 'CS', minimumQuantity: 1, unitPrice: '151.5000', effectiveFrom: '2027-02-01' },
      { sku: 'TAP-002', uom: 'CS', minimumQuantity: 10, unitPrice: '140.0000', effectiveFrom: '2027-02-01' },
    ]);

    expect(await importing('prices', price({ unitPrice: '151.50' }))).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
      rejected: [],
    });
  });
});

describe('importing inventory snapshots', () => {
  it('sets on hand through adjustment movements, opens new positions, and refuses counts below what is allocated', async () => {
    await erp.inventory.reserve(
      { sku: 'HXB-002', warehouseId: 'WH-DAL', quantity: 40, reference: 'order-under-count' },
      BY,
    );
    const before = (await erp.inventory.listPositions({ sku: 'HXB-001', warehouseId: 'WH-DAL' })).items[0]!;

    const result = await importing(
      'inventory',
      {
        sku: 'HXB-001',
        warehouseId: 'WH-DAL',
        onHand: String(before.onHand + 25),
        reason: 'cycle count 2026-11 aisle 14',
      },
      { sku: 'BRK-002', warehouseId: 'WH-PHX', onHand: '36' },
      { sku: 'HXB-002', warehouseId: 'WH-DAL', onHand: '10' },
      {
        sku: 'HXB-003',
        warehouseId: 'WH-ATL',
        onHand: String((await erp.inventory.listPositions({ sku: 'HXB-003', warehouseId: 'WH-ATL' })).items[0]!.onHand),
      },
      { sku: 'HXB-001', warehouseId: 'WH-NOWHERE', onHand: '5' },
      { sku: 'NO-SUCH-SKU', warehouseId: 'WH-DAL', onHand: '5' },
      { sku: 'HXB-001', warehouseId: 'WH-ATL', onHand: '-3' },
      { sku: 'HXB-001', warehouseId: 'WH-DAL', onHand: '1' },
    );

    expect(result).toEqual({
      created: 1,
      updated: 1,
      unchanged: 1,
      rejected: [
        { line: 4, reason: 'onHand 10 is less than the 40 HXB-002 allocated to orders in WH-DAL' },
        { line: 6, reason: 'warehouseId "WH-NOWHERE" is not a warehouse of the ERP' },
        { line: 7, reason: 'sku "NO-SUCH-SKU" is not an item of the ERP' },
        { line: 8, reason: 'onHand "-3" is not a whole number of at least 0' },
        { line: 9, reason: 'duplicate of line 2' },
      ],
    });
    expect((await erp.inventory.listPositions({ sku: 'HXB-001', warehouseId: 'WH-DAL' })).items[0]).toMatchObject({
      onHand: before.onHand + 25,
      allocated: before.allocated,
    });
    expect((await erp.inventory.listPositions({ sku: 'BRK-002', warehouseId: 'WH-PHX' })).items[0]).toMatchObject({
      onHand: 36,
      allocated: 0,
    });
    const movements = await erp.inventory.listMovements({ sku: 'HXB-001', warehouseId: 'WH-DAL', limit: 1 });
    expect(movements.items[0]).toMatchObject({
      kind: 'adjustment',
      quantity: 25,
      reason: 'cycle count 2026-11 aisle 14',
      reference: 'inventory snapshot',
      onHandAfter: before.onHand + 25,
      actor: 'import-test',
      correlationId: BY.correlationId,
    });
    expect((await erp.inventory.listMovements({ sku: 'BRK-002', warehouseId: 'WH-PHX' })).items).toEqual([
      expect.objectContaining({
        kind: 'adjustment',
        quantity: 36,
        reason: 'inventory snapshot import',
        onHandAfter: 36,
      }),
    ]);
  });

  it('counts down as well as up, and changes nothing when imported twice', async () => {
    const snapshot = { sku: 'HXB-003', warehouseId: 'WH-DAL', onHand: '7' };

    expect(await importing('inventory', snapshot)).toMatchObject({ updated: 1 });
    expect(await importing('inventory', snapshot)).toEqual({ created: 0, updated: 0, unchanged: 1, rejected: [] });
    expect(
      (await erp.inventory.listMovements({ sku: 'HXB-003', warehouseId: 'WH-DAL', limit: 1 })).items[0],
    ).toMatchObject({ kind: 'adjustment', onHandAfter: 7 });
  });
});
