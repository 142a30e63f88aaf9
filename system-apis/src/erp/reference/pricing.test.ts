import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import type { PriceRequestLine, ResolvedPrice } from '@crossdock/shared-contracts/contracts/api/system-pricing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openErpDatabase, type ErpDatabase } from '../../database';
import { resolvePrices } from './pricing';
import { expectBusinessRefusal } from '@crossdock/shared-contracts/testing/expect-refusal';

// Prices in the seeded demo ERP (see demo-catalogue.ts and seed-demo-data.ts), effective 2026-01-01:
//   HXB-004 list 0.24 EA; Acme contract 0.22 EA (90 %), 0.19 EA from 500 EA (80 %); CS = 100 EA.
//   WSH-001 list 0.04 EA, not on Acme's contract.
//   GLV-002 list 3.41 EA, CS = 12 EA; Acme contract 33.00 per CS.
const ACME = 'C-1001';
const BRIGHTLINE = 'C-1002';
const PRICING_DATE = '2026-06-15';

let db: ErpDatabase;

beforeAll(async () => {
  db = await openErpDatabase(await createTestDatabase('pricing', 'demoErp'));
});
afterAll(async () => {
  await db?.$disconnect();
});

async function priceOne(customerId: string, line: PriceRequestLine, date = PRICING_DATE): Promise<ResolvedPrice> {
  const resolution = await resolvePrices(db, { customerId, date, lines: [line] });
  expect(resolution.prices).toHaveLength(1);
  return resolution.prices[0]!;
}

describe('a customer with a contract price list (Acme, PL-ACME-2026)', () => {
  it('gets its contract price on a bolt below the quantity break', async () => {
    const price = await priceOne(ACME, { sku: 'HXB-004', quantity: 10 });
    expect(price).toEqual({
      sku: 'HXB-004',
      quantity: 10,
      uom: 'EA',
      unitPrice: '0.2200',
      currency: 'USD',
      priceListId: 'PL-ACME-2026',
      rule: 'price-list:PL-ACME-2026',
    });
  });

  it('gets the 500-break price from exactly 500 EA, and the plain contract price at 499', async () => {
    const below = await priceOne(ACME, { sku: 'HXB-004', quantity: 499, uom: 'EA' });
    const atBreak = await priceOne(ACME, { sku: 'HXB-004', quantity: 500, uom: 'EA' });
    const above = await priceOne(ACME, { sku: 'HXB-004', quantity: 2000, uom: 'EA' });
    expect(below.unitPrice).toBe('0.2200');
    expect(atBreak).toMatchObject({
      unitPrice: '0.1900',
      priceListId: 'PL-ACME-2026',
      rule: 'price-list:PL-ACME-2026 break>=500 EA',
    });
    expect(above.unitPrice).toBe('0.1900');
  });

  it('falls back to the standard list for an item not on its contract', async () => {
    const price = await priceOne(ACME, { sku: 'WSH-001', quantity: 50 });
    expect(price).toMatchObject({ unitPrice: '0.0400', priceListId: 'PL-STANDARD', rule: 'price-list:PL-STANDARD' });
  });

  it('gets the case price its contract names for gloves in CS', async () => {
    const price = await priceOne(ACME, { sku: 'GLV-002', quantity: 2, uom: 'CS' });
    expect(price).toMatchObject({
      uom: 'CS',
      unitPrice: '33.0000',
      priceListId: 'PL-ACME-2026',
      rule: 'price-list:PL-ACME-2026',
    });
  });

  it('gets a CS price converted from its EA contract price when the contract has no CS entry', async () => {
    const price = await priceOne(ACME, { sku: 'HXB-004', quantity: 2, uom: 'CS' });
    // 2 CS = 200 EA, under the break: 0.22 EA × 100 EA per case.
    expect(price).toMatchObject({ uom: 'CS', unitPrice: '22.0000', priceListId: 'PL-ACME-2026' });
    expect(price.rule).toBe('price-list:PL-ACME-2026 (per EA, converted to CS)');
  });

  it('reaches the 500-break in EA when ordering cases: 5 CS is 500 EA', async () => {
    const price = await priceOne(ACME, { sku: 'HXB-004', quantity: 5, uom: 'CS' });
    expect(price).toMatchObject({
      unitPrice: '19.0000',
      rule: 'price-list:PL-ACME-2026 break>=500 EA (per EA, converted to CS)',
    });
  });

  it('prices every line of a mixed request in the order asked, each by its own rule', async () => {
    const resolution = await resolvePrices(db, {
      customerId: ACME,
      date: PRICING_DATE,
      lines: [
        { sku: 'HXB-004', quantity: 600 },
        { sku: 'GLV-002', quantity: 2, uom: 'CS' },
        { sku: 'WSH-001', quantity: 1 },
      ],
    });
    expect(resolution).toMatchObject({ customerId: ACME, currency: 'USD' });
    expect(resolution.prices.map((price) => [price.sku, price.unitPrice, price.priceListId])).toEqual([
      ['HXB-004', '0.1900', 'PL-ACME-2026'],
      ['GLV-002', '33.0000', 'PL-ACME-2026'],
      ['WSH-001', '0.0400', 'PL-STANDARD'],
    ]);
  });
});

describe('a customer without a contract (Brightline)', () => {
  it('gets the standard list price on bolts, with no quantity break', async () => {
    const price = await priceOne(BRIGHTLINE, { sku: 'HXB-004', quantity: 600 });
    expect(price).toMatchObject({ unitPrice: '0.2400', priceListId: 'PL-STANDARD', rule: 'price-list:PL-STANDARD' });
  });

  it('gets a case of gloves at the EA list price times the case factor, marked as converted', async () => {
    const price = await priceOne(BRIGHTLINE, { sku: 'GLV-002', quantity: 1, uom: 'CS' });
    // 3.41 EA × 12 EA per case.
    expect(price).toMatchObject({ uom: 'CS', unitPrice: '40.9200', priceListId: 'PL-STANDARD' });
    expect(price.rule).toContain('converted');
  });
});

describe('a request the ERP cannot price is refused with a reason code', () => {
  it('refuses an unknown customer with UNKNOWN_CUSTOMER', async () => {
    const error = await expectBusinessRefusal(
      resolvePrices(db, { customerId: 'C-9999', date: PRICING_DATE, lines: [{ sku: 'HXB-004', quantity: 1 }] }),
    );
    expect(error.reasonCode).toBe('UNKNOWN_CUSTOMER');
    expect(error.message).toContain('C-9999');
  });

  it('refuses an unknown item with UNKNOWN_ITEM', async () => {
    const error = await expectBusinessRefusal(
      resolvePrices(db, {
        customerId: ACME,
        date: PRICING_DATE,
        lines: [
          { sku: 'HXB-004', quantity: 1 },
          { sku: 'NOPE-001', quantity: 1 },
        ],
      }),
    );
    expect(error.reasonCode).toBe('UNKNOWN_ITEM');
    expect(error.message).toContain('NOPE-001');
  });

  it('refuses a unit the item is not sold in with UOM_NOT_CONVERTIBLE', async () => {
    // Ladders are sold one at a time: no case.
    const error = await expectBusinessRefusal(
      resolvePrices(db, { customerId: ACME, date: PRICING_DATE, lines: [{ sku: 'LAD-001', quantity: 1, uom: 'CS' }] }),
    );
    expect(error.reasonCode).toBe('UOM_NOT_CONVERTIBLE');
    expect(error.message).toContain('LAD-001');
  });
});

describe('effective dates', () => {
  it('ignores a contract entry until its effective date, then applies it', async () => {
    const entry = await db.priceListEntry.create({
      data: {
        priceListId: 'PL-ACME-2026',
        sku: 'WSH-002',
        uom: 'EA',
        minQuantity: 1,
        unitPrice: '0.0300',
        effectiveFrom: new Date('2026-09-01'),
      },
    });
    try {
      const before = await priceOne(ACME, { sku: 'WSH-002', quantity: 10 }, '2026-08-31');
      const onTheDay = await priceOne(ACME, { sku: 'WSH-002', quantity: 10 }, '2026-09-01');
      expect(before).toMatchObject({ unitPrice: '0.0500', priceListId: 'PL-STANDARD' });
      expect(onTheDay).toMatchObject({ unitPrice: '0.0300', priceListId: 'PL-ACME-2026' });
    } finally {
      await db.priceListEntry.delete({ where: { id: entry.id } });
    }
  });

  it('ignores an entry whose validity has ended', async () => {
    const entry = await db.priceListEntry.create({
      data: {
        priceListId: 'PL-ACME-2026',
        sku: 'WSH-003',
        uom: 'EA',
        minQuantity: 1,
        unitPrice: '0.0100',
        effectiveFrom: new Date('2026-01-01'),
        effectiveTo: new Date('2026-03-31'),
      },
    });
    try {
      const lastDay = await priceOne(ACME, { sku: 'WSH-003', quantity: 10 }, '2026-03-31');
      const dayAfter = await priceOne(ACME, { sku: 'WSH-003', quantity: 10 }, '2026-04-01');
      expect(lastDay).toMatchObject({ unitPrice: '0.0100', priceListId: 'PL-ACME-2026' });
      expect(dayAfter).toMatchObject({ unitPrice: '0.0600', priceListId: 'PL-STANDARD' });
    } finally {
      await db.priceListEntry.delete({ where: { id: entry.id } });
    }
  });

  it('does not apply a cheaper future price on the same break before its date', async () => {
    const entry = await db.priceListEntry.create({
      data: {
        priceListId: 'PL-ACME-2026',
        sku: 'HXB-001',
        uom: 'EA',
        minQuantity: 1,
        unitPrice: '0.0100',
        effectiveFrom: new Date('2027-01-01'),
      },
    });
    try {
      const price = await priceOne(ACME, { sku: 'HXB-001', quantity: 10 }, '2026-12-31');
      // HXB-001 list 0.18: Acme's contract price is 0.16 (90 %, rounded to the cent).
      expect(price).toMatchObject({ unitPrice: '0.1600', priceListId: 'PL-ACME-2026' });
    } finally {
      await db.priceListEntry.delete({ where: { id: entry.id } });
    }
  });

  it('applies a newer price on the same break once it starts, even when the old one was not end-dated', async () => {
    const entry = await db.priceListEntry.create({
      data: {
        priceListId: 'PL-ACME-2026',
        sku: 'HXB-001',
        uom: 'EA',
        minQuantity: 1,
        unitPrice: '0.1500',
        effectiveFrom: new Date('2026-07-01'),
      },
    });
    try {
      expect(await priceOne(ACME, { sku: 'HXB-001', quantity: 10 }, '2026-06-30')).toMatchObject({
        unitPrice: '0.1600',
      });
      expect(await priceOne(ACME, { sku: 'HXB-001', quantity: 10 }, '2026-08-01')).toMatchObject({
        unitPrice: '0.1500',
      });
    } finally {
      await db.priceListEntry.delete({ where: { id: entry.id } });
    }
  });

  it('finds no price at all before the seeded lists take effect', async () => {
    const error = await expectBusinessRefusal(
      resolvePrices(db, { customerId: BRIGHTLINE, date: '2025-12-31', lines: [{ sku: 'HXB-004', quantity: 1 }] }),
    );
    expect(error.reasonCode).toBe('NO_PRICE');
  });
});

describe('a price check of many items at once (skipUnpriced)', () => {
  it('prices what it can and names each line it cannot, with its reason, instead of refusing all', async () => {
    const resolution = await resolvePrices(db, {
      customerId: ACME,
      date: PRICING_DATE,
      skipUnpriced: true,
      lines: [
        { sku: 'HXB-004', quantity: 600 },
        { sku: 'NO-SUCH-SKU', quantity: 1 },
        { sku: 'LAD-001', quantity: 1, uom: 'PL' },
        { sku: 'GLV-002', quantity: 2, uom: 'CS' },
      ],
    });

    expect(resolution.prices.map((price) => [price.sku, price.unitPrice])).toEqual([
      ['HXB-004', '0.1900'],
      ['GLV-002', '33.0000'],
    ]);
    expect(resolution.unpriced?.map((line) => [line.sku, line.reasonCode])).toEqual([
      ['NO-SUCH-SKU', 'UNKNOWN_ITEM'],
      ['LAD-001', 'UOM_NOT_CONVERTIBLE'],
    ]);
  });

  it('still refuses the whole request without it', async () => {
    const refusal = await expectBusinessRefusal(
      resolvePrices(db, {
        customerId: ACME,
        date: PRICING_DATE,
        lines: [
          { sku: 'HXB-004', quantity: 1 },
          { sku: 'NO-SUCH-SKU', quantity: 1 },
        ],
      }),
    );
    expect(refusal.reasonCode).toBe('UNKNOWN_ITEM');
  });
});
