/**
 * Customers and items through the gateway, as an integration team syncing master data with the ERP
 * would use them: read with an ETag, page through with a cursor, filter, create, and replace with
 * If-Match so that two writers never silently overwrite each other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import {
  etagOf,
  expectProblem,
  fieldsAtFault,
  newItem,
  PROBLEM_JSON,
  STRONG_ETAG,
  systemClient,
  walkAll,
  type SystemClient,
} from './system-api';

let crossdock: TestPlatform;
let api: SystemClient;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = systemClient(crossdock);
});
afterAll(() => crossdock.close());

interface Customer {
  id: string;
  name: string;
  status: string;
  creditLimit: string;
  updatedAt: string;
}

const address = {
  name: 'Harbor Tools — Receiving',
  line1: '1 Dock Rd',
  city: 'Galveston',
  region: 'TX',
  postalCode: '77550',
  country: 'US',
};
const harborTools = {
  id: 'C-2001',
  name: 'Harbor Tools',
  status: 'active',
  currency: 'USD',
  creditLimit: '15000.00',
  paymentTerms: 'NET30',
  taxJurisdiction: 'US-TX',
  preferredWarehouseId: 'WH-DAL',
  allowBackorders: true,
  billTo: address,
  shipTo: address,
};

describe('customers', () => {
  // First in the file: the walk expects exactly the 50 seeded accounts, before any test adds one.
  it('pages through all 50 customers with the cursor, each exactly once, in account order', async () => {
    const { records, pages } = await walkAll<Customer>(api, '/customers', { limit: 7 });

    const ids = records.map((customer) => customer.id);
    expect(pages).toBe(8);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(Array.from({ length: 50 }, (_, index) => `C-${1001 + index}`));
  });

  it('reads one customer with its version as a strong ETag', async () => {
    const answer = await api.get('/customers/C-1001').expect(200);

    expect(answer.headers.etag).toMatch(STRONG_ETAG);
    expect(answer.body).toMatchObject({
      id: 'C-1001',
      name: 'Acme Hardware',
      status: 'active',
      priceListId: 'PL-ACME-2026',
      preferredWarehouseId: 'WH-DAL',
      creditLimit: '50000.00',
    });
  });

  it('lists only the accounts in the asked status', async () => {
    const everyone = (await walkAll<Customer>(api, '/customers', { limit: 200 })).records;
    const onHold = (await walkAll<Customer>(api, '/customers', { status: 'on_hold' })).records;

    expect(onHold.map((customer) => customer.id)).toContain('C-1003');
    expect(onHold.map((customer) => customer.id)).toEqual(
      everyone.filter((customer) => customer.status === 'on_hold').map((customer) => customer.id),
    );
    expect(onHold.every((customer) => customer.status === 'on_hold')).toBe(true);
  });

  it('opens an account: 201 with its Location and ETag, readable at that Location', async () => {
    const created = await api.post('/customers', harborTools).expect(201);

    expect(created.headers.location).toBe('/system/v1/customers/C-2001');
    expect(created.headers.etag).toMatch(STRONG_ETAG);
    expect(created.body).toMatchObject({ ...harborTools, updatedAt: expect.any(String) });
    const readBack = await api.get('/customers/C-2001').expect(200);
    expect(readBack.body).toEqual(created.body);
    expect(readBack.headers.etag).toBe(created.headers.etag);
  });

  it('refuses to open an account whose id exists with 409, leaving the existing one as it was', async () => {
    const before = await api.get('/customers/C-1002').expect(200);

    const duplicate = await api.post('/customers', { ...harborTools, id: 'C-1002' });

    expectProblem(duplicate, 409);
    expect(duplicate.body.type).toBe('urn:crossdock:problem:customer-exists');
    expect((await api.get('/customers/C-1002').expect(200)).body).toEqual(before.body);
  });

  it('replaces an account with the ETag it read: 200 and a new ETag', async () => {
    const read = await api.get('/customers/C-1004').expect(200);

    const replaced = await api
      .put('/customers/C-1004', { ...read.body, creditLimit: '75000.00', updatedAt: undefined })
      .set('If-Match', etagOf(read))
      .expect(200);

    expect(replaced.body.creditLimit).toBe('75000.00');
    expect(replaced.headers.etag).toMatch(STRONG_ETAG);
    expect(replaced.headers.etag).not.toBe(read.headers.etag);
    expect((await api.get('/customers/C-1004').expect(200)).headers.etag).toBe(replaced.headers.etag);
  });

  it('refuses a replacement sent with a stale ETag with 412 and keeps the other writer’s change', async () => {
    const read = await api.get('/customers/C-1005').expect(200);
    const staleEtag = etagOf(read);
    const { updatedAt: _, ...account } = read.body;
    const first = await api
      .put('/customers/C-1005', { ...account, creditLimit: '12345.00' })
      .set('If-Match', staleEtag)
      .expect(200);

    const second = await api
      .put('/customers/C-1005', { ...account, creditLimit: '99999.00', name: 'Overwritten' })
      .set('If-Match', staleEtag);

    expectProblem(second, 412);
    expect(second.body.type).toBe('urn:crossdock:problem:precondition-failed');
    const now = await api.get('/customers/C-1005').expect(200);
    expect(now.body).toMatchObject({ creditLimit: '12345.00', name: account.name });
    expect(now.headers.etag).toBe(first.headers.etag);
  });

  it('refuses a replacement without If-Match with 428 and changes nothing', async () => {
    const before = await api.get('/customers/C-1006').expect(200);

    const blind = await api.put('/customers/C-1006', { ...before.body, updatedAt: undefined, name: 'Blind write' });

    expectProblem(blind, 428);
    expect(blind.body.type).toBe('urn:crossdock:problem:precondition-required');
    expect((await api.get('/customers/C-1006').expect(200)).body).toEqual(before.body);
  });

  it('lists only the accounts changed at or after updatedSince', async () => {
    const read = await api.get('/customers/C-1007').expect(200);
    const justBefore = new Date().toISOString();
    await api
      .put('/customers/C-1007', { ...read.body, updatedAt: undefined, paymentTerms: 'NET60' })
      .set('If-Match', etagOf(read))
      .expect(200);

    const changed = (await walkAll<Customer>(api, '/customers', { updatedSince: justBefore })).records;

    expect(changed.map((customer) => customer.id)).toEqual(['C-1007']);
  });

  it('answers 404 problem+json for an account that does not exist, to read, replace or ask credit for', async () => {
    expectProblem(await api.get('/customers/C-0000'), 404);
    expectProblem(await api.put('/customers/C-0000', { ...harborTools, id: 'C-0000' }).set('If-Match', '"1"'), 404);
    expectProblem(await api.get('/customers/C-0000/credit'), 404);
  });

  it('answers 400 with every field at fault for an account that is not valid', async () => {
    const answer = await api.post('/customers', {
      id: 'C-3000',
      name: 'Half an account',
      status: 'frozen',
      creditLimit: 12.5,
    });

    expectProblem(answer, 400);
    expect(answer.body.type).toBe('urn:crossdock:problem:validation-failed');
    const fields = fieldsAtFault(answer);
    for (const field of ['status', 'creditLimit', 'currency', 'billTo', 'shipTo'])
      expect(fields).toContainEqual(expect.stringContaining(field));
    expectProblem(await api.get('/customers/C-3000'), 404);
  });

  // Production bug (see report): the foreign-key violation is not mapped, so the caller gets a 500.
  it('refuses an account on a price list that does not exist as a client error, not a 500', async () => {
    const created = await api.post('/customers', { ...harborTools, id: 'C-2002', priceListId: 'PL-NO-SUCH-LIST' });
    const read = await api.get('/customers/C-1008').expect(200);
    const replaced = await api
      .put('/customers/C-1008', { ...read.body, updatedAt: undefined, priceListId: 'PL-NO-SUCH-LIST' })
      .set('If-Match', etagOf(read));

    for (const answer of [created, replaced]) {
      expect(answer.status === 400 || answer.status === 422, `status ${answer.status}`).toBe(true);
      expect(answer.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(JSON.stringify(answer.body)).toContain('priceListId');
    }
  });
});

describe('items', () => {
  it('reads an item with its units of measure and an ETag: a case of HXB-004 is 100 each', async () => {
    const answer = await api.get('/items/HXB-004').expect(200);

    expect(answer.headers.etag).toMatch(STRONG_ETAG);
    expect(answer.body).toMatchObject({ sku: 'HXB-004', baseUom: 'EA', status: 'active' });
    expect(answer.body.alternateUoms).toContainEqual({ uom: 'CS', factorToBase: 100 });
    expect(answer.body.alternateUoms).toContainEqual({ uom: 'PL', factorToBase: 4000 });
    expect((await api.get('/items/LAD-001').expect(200)).body.alternateUoms).toEqual([]);
  });

  it('pages through the whole catalogue with the cursor, each item once, every one with its base unit', async () => {
    const { records, pages } = await walkAll<{ sku: string; baseUom: string }>(api, '/items', { limit: 200 });

    const skus = records.map((item) => item.sku);
    expect(records.length).toBeGreaterThan(800);
    expect(pages).toBe(Math.ceil(records.length / 200));
    expect(new Set(skus).size).toBe(skus.length);
    expect(skus).toEqual([...skus].sort());
    expect(records.every((item) => item.baseUom)).toBe(true);
  });

  it('adds an item (201, Location, ETag) and refuses the same SKU again with 409', async () => {
    const item = newItem('KIT-100', { alternateUoms: [{ uom: 'CS', factorToBase: 6 }], weightKg: '1.250' });

    const created = await api.post('/items', item).expect(201);

    expect(created.headers.location).toBe('/system/v1/items/KIT-100');
    expect(created.headers.etag).toMatch(STRONG_ETAG);
    expect(created.body).toMatchObject({
      sku: 'KIT-100',
      alternateUoms: [{ uom: 'CS', factorToBase: 6 }],
      weightKg: '1.250',
    });
    const again = await api.post('/items', item);
    expectProblem(again, 409);
    expect(again.body.type).toBe('urn:crossdock:problem:item-exists');
  });

  it('replaces an item with If-Match; a stale ETag gets 412 and no If-Match gets 428, changing nothing', async () => {
    const read = await api.get('/items/LAD-002').expect(200);

    const discontinued = await api
      .put('/items/LAD-002', { ...read.body, status: 'discontinued' })
      .set('If-Match', etagOf(read))
      .expect(200);
    expect(discontinued.headers.etag).not.toBe(read.headers.etag);
    expect(discontinued.body.status).toBe('discontinued');

    const stale = await api
      .put('/items/LAD-002', { ...read.body, description: 'Overwritten' })
      .set('If-Match', etagOf(read));
    expectProblem(stale, 412);
    expectProblem(await api.put('/items/LAD-002', { ...read.body, description: 'Blind write' }), 428);
    const now = await api.get('/items/LAD-002').expect(200);
    expect(now.body).toEqual(discontinued.body);
    expect(now.headers.etag).toBe(discontinued.headers.etag);

    const listed = (await walkAll<{ sku: string }>(api, '/items', { status: 'discontinued' })).records;
    expect(listed.map((item) => item.sku)).toEqual(['LAD-002']);
  });

  it('lists only the items changed at or after updatedSince', async () => {
    const read = await api.get('/items/GLV-003').expect(200);
    const justBefore = new Date().toISOString();
    await api
      .put('/items/GLV-003', { ...read.body, description: 'Nitrile work gloves, pair, size L, blue' })
      .set('If-Match', etagOf(read))
      .expect(200);

    const changed = (await walkAll<{ sku: string }>(api, '/items', { updatedSince: justBefore })).records;

    expect(changed.map((item) => item.sku)).toEqual(['GLV-003']);
  });

  it('answers 404 problem+json for an unknown SKU', async () => {
    expectProblem(await api.get('/items/NO-SUCH-SKU'), 404);
    expectProblem(await api.put('/items/NO-SUCH-SKU', newItem('NO-SUCH-SKU')).set('If-Match', '"1"'), 404);
  });

  it('answers 400 with every field at fault for an item that is not valid', async () => {
    const answer = await api.post('/items', { sku: 'BAD-1', alternateUoms: [{ uom: 'CS', factorToBase: -1 }] });

    expectProblem(answer, 400);
    const fields = fieldsAtFault(answer);
    for (const field of ['description', 'status', 'baseUom', 'returnable', 'alternateUoms.0.factorToBase'])
      expect(fields).toContainEqual(expect.stringContaining(field));
  });

  // Production bug (see report): the unique violation on the unit rows is answered as "the item
  // exists" on create, and as a 500 on replace.
  it('refuses an item that lists a unit twice with 400 naming the unit, not 409 "item exists"', async () => {
    const twice = {
      alternateUoms: [
        { uom: 'CS', factorToBase: 10 },
        { uom: 'CS', factorToBase: 20 },
      ],
    };
    const created = await api.post('/items', newItem('DUP-1', twice));
    const read = await api.get('/items/HXB-001').expect(200);
    const replaced = await api.put('/items/HXB-001', { ...read.body, ...twice }).set('If-Match', etagOf(read));

    for (const answer of [created, replaced]) {
      expectProblem(answer, 400);
      expect(fieldsAtFault(answer)).toContainEqual(expect.stringContaining('alternateUoms.1.uom'));
    }
  });

  // Production bug (see report): a unit holding 0 base units is accepted (the model says positive).
  it('refuses a unit that holds no base units at all', async () => {
    const answer = await api.post('/items', newItem('ZERO-1', { alternateUoms: [{ uom: 'CS', factorToBase: 0 }] }));

    expectProblem(answer, 400);
    expect(fieldsAtFault(answer)).toContainEqual(expect.stringContaining('factorToBase'));
  });

  // Production bug (see report): the unit column is an integer, and 2.5 comes back as 2 with a 201.
  it('never stores a unit conversion other than the one sent: a case of 2.5 is refused or kept as 2.5', async () => {
    const answer = await api.post('/items', newItem('FRAC-1', { alternateUoms: [{ uom: 'CS', factorToBase: 2.5 }] }));

    if (answer.status === 201) {
      expect((await api.get('/items/FRAC-1').expect(200)).body.alternateUoms).toEqual([
        { uom: 'CS', factorToBase: 2.5 },
      ]);
    } else {
      expectProblem(answer, 400);
      expect(fieldsAtFault(answer)).toContainEqual(expect.stringContaining('factorToBase'));
    }
  });
});
