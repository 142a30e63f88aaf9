/**
 * Price lists, price resolution and credit exposure through the gateway: which list names which
 * customer, which rule gave a price, prices that start on a future date, and a customer's exposure
 * counted to the cent in decimal strings, never floating point.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { DALLAS_STORE, expectProblem, systemClient, type SystemClient } from './system-api';

let crossdock: TestPlatform;
let api: SystemClient;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = systemClient(crossdock);
});
afterAll(() => crossdock.close());

interface PriceListEntry {
  sku: string;
  uom: string;
  minimumQuantity: number;
  unitPrice: string;
  effectiveFrom: string;
  effectiveTo?: string;
}

function resolve(customerId: string, lines: { sku: string; quantity: number; uom?: string }[], date?: string) {
  return api.post('/pricing/resolve', { customerId, lines, ...(date ? { date } : {}) });
}

describe('price lists', () => {
  it('lists the standard list and every contract list, a contract naming its customer', async () => {
    const answer = await api.get('/price-lists').expect(200);

    const lists: { id: string; customerId?: string; currency: string }[] = answer.body;
    expect(lists.find((list) => list.id === 'PL-ACME-2026')).toMatchObject({ customerId: 'C-1001', currency: 'USD' });
    expect(lists.find((list) => list.id === 'PL-STANDARD')).toMatchObject({ currency: 'USD' });
    expect(lists.find((list) => list.id === 'PL-STANDARD')?.customerId).toBeUndefined();
    expect(lists.every((list) => !('entries' in list))).toBe(true);
  });

  it('reads Acme’s contract list with its prices, quantity breaks and effective dates', async () => {
    const answer = await api.get('/price-lists/PL-ACME-2026').expect(200);

    expect(answer.body).toMatchObject({ id: 'PL-ACME-2026', customerId: 'C-1001', currency: 'USD' });
    const entries: PriceListEntry[] = answer.body.entries;
    expect(entries.filter((entry) => entry.sku === 'HXB-004')).toEqual([
      { sku: 'HXB-004', uom: 'EA', minimumQuantity: 1, unitPrice: '0.2200', effectiveFrom: '2026-01-01' },
      { sku: 'HXB-004', uom: 'EA', minimumQuantity: 500, unitPrice: '0.1900', effectiveFrom: '2026-01-01' },
    ]);
    expect(entries).toContainEqual({
      sku: 'GLV-002',
      uom: 'CS',
      minimumQuantity: 1,
      unitPrice: '33.0000',
      effectiveFrom: '2026-01-01',
    });
  });

  it('answers 404 problem+json for a price list that does not exist, to read or to add to', async () => {
    expectProblem(await api.get('/price-lists/PL-NOPE'), 404);
    expectProblem(
      await api.post('/price-lists/PL-NOPE/entries', {
        sku: 'HXB-001',
        uom: 'EA',
        minimumQuantity: 1,
        unitPrice: '0.10',
        effectiveFrom: '2027-01-01',
      }),
      404,
    );
  });

  it('refuses a price for a unit the item is not sold in with 422 UOM_NOT_CONVERTIBLE', async () => {
    const answer = await api.post('/price-lists/PL-STANDARD/entries', {
      sku: 'LAD-001',
      uom: 'CS',
      minimumQuantity: 1,
      unitPrice: '1000.00',
      effectiveFrom: '2027-01-01',
    });

    expectProblem(answer, 422, 'UOM_NOT_CONVERTIBLE');
  });
});

describe('price resolution', () => {
  it('prices each line with the rule that gave it: contract, quantity break, unit conversion, standard list', async () => {
    const acme = await resolve('C-1001', [
      { sku: 'HXB-004', quantity: 10 },
      { sku: 'HXB-004', quantity: 600 },
      { sku: 'HXB-004', quantity: 6, uom: 'CS' },
      { sku: 'GLV-002', quantity: 2, uom: 'CS' },
    ]).expect(200);

    expect(acme.body).toEqual({
      customerId: 'C-1001',
      currency: 'USD',
      prices: [
        {
          sku: 'HXB-004',
          quantity: 10,
          uom: 'EA',
          unitPrice: '0.2200',
          currency: 'USD',
          priceListId: 'PL-ACME-2026',
          rule: 'price-list:PL-ACME-2026',
        },
        {
          sku: 'HXB-004',
          quantity: 600,
          uom: 'EA',
          unitPrice: '0.1900',
          currency: 'USD',
          priceListId: 'PL-ACME-2026',
          rule: 'price-list:PL-ACME-2026 break>=500 EA',
        },
        {
          sku: 'HXB-004',
          quantity: 6,
          uom: 'CS',
          unitPrice: '19.0000',
          currency: 'USD',
          priceListId: 'PL-ACME-2026',
          rule: 'price-list:PL-ACME-2026 break>=500 EA (per EA, converted to CS)',
        },
        {
          sku: 'GLV-002',
          quantity: 2,
          uom: 'CS',
          unitPrice: '33.0000',
          currency: 'USD',
          priceListId: 'PL-ACME-2026',
          rule: 'price-list:PL-ACME-2026',
        },
      ],
    });
    const brightline = await resolve('C-1002', [{ sku: 'HXB-004', quantity: 600 }]).expect(200);
    expect(brightline.body.prices).toEqual([
      {
        sku: 'HXB-004',
        quantity: 600,
        uom: 'EA',
        unitPrice: '0.2400',
        currency: 'USD',
        priceListId: 'PL-STANDARD',
        rule: 'price-list:PL-STANDARD',
      },
    ]);
  });

  it('applies a newly added future price only from its effective date', async () => {
    const added = await api
      .post('/price-lists/PL-ACME-2026/entries', {
        sku: 'HXB-003',
        uom: 'EA',
        minimumQuantity: 1,
        unitPrice: '0.1750',
        effectiveFrom: '2030-03-01',
      })
      .expect(201);
    expect(added.body.entries).toContainEqual({
      sku: 'HXB-003',
      uom: 'EA',
      minimumQuantity: 1,
      unitPrice: '0.1750',
      effectiveFrom: '2030-03-01',
    });

    const priceOn = async (date?: string) =>
      (await resolve('C-1001', [{ sku: 'HXB-003', quantity: 10 }], date).expect(200)).body.prices[0].unitPrice;

    expect(await priceOn()).toBe('0.2000');
    expect(await priceOn('2030-02-28')).toBe('0.2000');
    expect(await priceOn('2030-03-01')).toBe('0.1750');
    expect(await priceOn('2031-01-01')).toBe('0.1750');
    // The quantity break still beats the new single-unit price, whatever the date.
    expect(
      (await resolve('C-1001', [{ sku: 'HXB-003', quantity: 500 }], '2030-03-01').expect(200)).body.prices[0].unitPrice,
    ).toBe('0.1800');
  });

  it('refuses an unknown customer with 422 UNKNOWN_CUSTOMER and an unknown item with 422 UNKNOWN_ITEM', async () => {
    expectProblem(await resolve('C-0000', [{ sku: 'HXB-004', quantity: 1 }]), 422, 'UNKNOWN_CUSTOMER');
    expectProblem(await resolve('C-1001', [{ sku: 'NO-SUCH-SKU', quantity: 1 }]), 422, 'UNKNOWN_ITEM');
    expectProblem(await resolve('C-1001', [{ sku: 'LAD-001', quantity: 1, uom: 'CS' }]), 422, 'UOM_NOT_CONVERTIBLE');
  });
});

describe('credit exposure', () => {
  it('rises by the subtotal of a new sales order, available being the limit less exposure, to the cent', async () => {
    const before = await api.get('/customers/C-1002/credit').expect(200);
    expect(before.body).toEqual({
      customerId: 'C-1002',
      currency: 'USD',
      creditLimit: '20000.00',
      openInvoices: '0.00',
      openOrders: '0.00',
      exposure: '0.00',
      available: '20000.00',
    });

    // 0.10 + 0.20 is not 0.30 in binary floating point; 7 × 1234.5678 rounds to 8641.97.
    const order = await api
      .post('/sales-orders', {
        orderKey: randomUUID(),
        customerId: 'C-1002',
        shipTo: DALLAS_STORE,
        lines: [
          { lineNumber: 1, sku: 'WSH-001', quantity: 1, uom: 'EA', unitPrice: '0.1000', priceRule: 'agreed' },
          { lineNumber: 2, sku: 'WSH-002', quantity: 1, uom: 'EA', unitPrice: '0.2000', priceRule: 'agreed' },
          { lineNumber: 3, sku: 'LMP-002', quantity: 7, uom: 'EA', unitPrice: '1234.5678', priceRule: 'agreed' },
        ],
      })
      .expect(201);
    expect(order.body.subtotal).toBe('8642.27');

    const after = await api.get('/customers/C-1002/credit').expect(200);

    expect(after.body).toEqual({
      customerId: 'C-1002',
      currency: 'USD',
      creditLimit: '20000.00',
      openInvoices: '0.00',
      openOrders: '8642.27',
      exposure: '8642.27',
      available: '11357.73',
    });
  });
});
