/**
 * The NDJSON change feeds an integration team pulls master data with: everything on the first pull,
 * then only what changed since the time the last pull started.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { asText, etagOf, expectProblem, systemClient, walkAll, type SystemClient } from './system-api';

let crossdock: TestPlatform;
let api: SystemClient;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = systemClient(crossdock);
});
afterAll(() => crossdock.close());

/** Pulls a feed and parses it: one JSON object per line, each line ended by a newline. */
async function pull<T>(feed: string, changedSince?: string): Promise<T[]> {
  const answer = await asText(api.get(`/bulk/${feed}`).query(changedSince ? { changedSince } : {})).expect(200);
  expect(answer.headers['content-type']).toMatch(/^application\/x-ndjson/);
  const text = answer.body as string;
  if (text === '') return [];
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => {
      const record = JSON.parse(line);
      expect(typeof record).toBe('object');
      return record as T;
    });
}

/** An instant just before the next change, as a caller would note it before a pull. */
const justBefore = () => new Date().toISOString();

describe('change feeds', () => {
  it('streams every item as NDJSON when no changedSince is given, one per line, as many as the catalogue holds', async () => {
    const catalogue = (await walkAll<{ sku: string }>(api, '/items', { limit: 200 })).records;

    const items = await pull<{ sku: string; baseUom: string; alternateUoms: unknown[] }>('items');

    expect(items).toHaveLength(catalogue.length);
    expect(new Set(items.map((item) => item.sku))).toEqual(new Set(catalogue.map((item) => item.sku)));
    expect(items.find((item) => item.sku === 'HXB-004')).toMatchObject({
      baseUom: 'EA',
      alternateUoms: [
        { uom: 'CS', factorToBase: 100 },
        { uom: 'PL', factorToBase: 4000 },
      ],
    });
  });

  it('gives exactly the customer changed since the last pull, as it is now', async () => {
    const read = await api.get('/customers/C-1002').expect(200);
    const since = justBefore();
    await api
      .put('/customers/C-1002', { ...read.body, updatedAt: undefined, creditLimit: '22500.00' })
      .set('If-Match', etagOf(read))
      .expect(200);

    const changed = await pull<{ id: string; creditLimit: string }>('customers', since);

    expect(changed.map((customer) => [customer.id, customer.creditLimit])).toEqual([['C-1002', '22500.00']]);
  });

  it('gives exactly the price entry added since the last pull, with its list', async () => {
    const since = justBefore();
    await api
      .post('/price-lists/PL-STANDARD/entries', {
        sku: 'TAP-002',
        uom: 'CS',
        minimumQuantity: 1,
        unitPrice: '150.0000',
        effectiveFrom: '2027-01-01',
      })
      .expect(201);

    const changed = await pull('prices', since);

    expect(changed).toEqual([
      {
        priceListId: 'PL-STANDARD',
        sku: 'TAP-002',
        uom: 'CS',
        minimumQuantity: 1,
        unitPrice: '150.0000',
        effectiveFrom: '2027-01-01',
      },
    ]);
  });

  it('gives exactly the inventory position a receipt changed since the last pull, with its new stock', async () => {
    const before = (await api.get('/inventory').query({ sku: 'BRK-002', warehouseId: 'WH-PHX' }).expect(200)).body
      .items;
    const since = justBefore();
    await api
      .post('/inventory/movements', {
        sku: 'BRK-002',
        warehouseId: 'WH-PHX',
        kind: 'receipt',
        quantity: 24,
        reason: 'first stock for Phoenix',
      })
      .expect(201);

    const changed = await pull<{
      sku: string;
      warehouseId: string;
      onHand: number;
      allocated: number;
      available: number;
    }>('inventory', since);

    // Phoenix never held BRK-002: the receipt opens its position.
    expect(before).toEqual([]);
    expect(changed).toEqual([
      expect.objectContaining({ sku: 'BRK-002', warehouseId: 'WH-PHX', onHand: 24, allocated: 0, available: 24 }),
    ]);
  });

  it('gives nothing when nothing changed since', async () => {
    expect(await pull('customers', new Date(Date.now() + 60_000).toISOString())).toEqual([]);
  });

  it('answers 401 problem+json without a token, 403 without system:read, 400 for a feed that does not exist', async () => {
    const anonymous = await crossdock.http.get('/system/v1/bulk/items');
    expectProblem(anonymous, 401);
    expect(anonymous.body.type).toBe('urn:crossdock:problem:unauthenticated');

    const portal = crossdock.token({ subject: 'buyer@acme.example', scopes: ['portal:read'], customerId: 'C-1001' });
    expectProblem(await crossdock.http.get('/system/v1/bulk/customers').set('Authorization', `Bearer ${portal}`), 403);
    expectProblem(await api.get('/bulk/orders'), 400);
    expectProblem(await api.get('/bulk/items').query({ changedSince: 'last tuesday' }), 400);
  });
});
