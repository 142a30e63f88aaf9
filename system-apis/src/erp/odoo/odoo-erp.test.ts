import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreateErpSalesOrderRequest } from '@crossdock/shared-contracts/contracts/api/system-sales-orders';
import {
  ErpCapabilityMissingError,
  UpstreamUnavailableError,
} from '@crossdock/shared-contracts/contracts/errors/errors';
import { capturingLogger, recordingSleep } from '@crossdock/shared-contracts/testing/test-upstream';
import { expectBusinessRefusal } from '@crossdock/shared-contracts/testing/expect-refusal';
import type { ErpAdapter } from '../ports/erp-adapter';
import { createOdooErp, type OdooErpOptions } from './odoo-erp';
import { ERP_REJECTED } from './odoo-json2';
import { startOdooTestServer, type OdooTestServer } from './odoo-test-server';
import { ODOO_SEED } from './odoo-test-seed';

const by = { actor: 'odoo-test', correlationId: 'corr-odoo-1' };
const ACME = `ODOO-PARTNER-${ODOO_SEED.acme}`;

let server: OdooTestServer;
let erp: ErpAdapter;
let sleep: ReturnType<typeof recordingSleep>;
let log: ReturnType<typeof capturingLogger>;

function adapter(overrides: Partial<OdooErpOptions> = {}): ErpAdapter {
  return createOdooErp({
    baseUrl: server.baseUrl,
    database: server.database,
    apiKey: server.apiKey,
    logger: log.logger,
    sleep: sleep.sleep,
    ...overrides,
  });
}

function order(orderKey: string, changes: Partial<CreateErpSalesOrderRequest> = {}): CreateErpSalesOrderRequest {
  return {
    orderKey,
    customerId: ACME,
    shipTo: {
      name: 'Acme — Store 112',
      line1: '4100 Main St',
      city: 'Garland',
      region: 'TX',
      postalCode: '75040',
      country: 'US',
    },
    lines: [
      { lineNumber: 1, sku: ODOO_SEED.stockedSku, quantity: 12, uom: 'EA', unitPrice: '0.35', priceRule: 'list' },
    ],
    ...changes,
  };
}

const ordersIn = (tables: OdooTestServer['tables']) => tables['sale.order'] ?? [];

beforeEach(async () => {
  server = await startOdooTestServer();
  sleep = recordingSleep();
  log = capturingLogger();
  erp = adapter();
});

afterEach(async () => {
  await erp.close();
  await server.close();
});

describe('the JSON-2 protocol', () => {
  it('sends named arguments with the bearer key and the database; reads may be retried, writes not', async () => {
    await erp.customers.get(ACME);
    await erp.salesOrders.create(order('wire-1'), by);
    const read = server.calls.find((call) => call.model === 'res.partner' && call.method === 'search_read');
    expect(read?.headers.authorization).toBe(`bearer ${server.apiKey}`);
    expect(read?.headers['x-odoo-database']).toBe(server.database);
    expect(read?.headers['idempotency-key']).toEqual(expect.any(String));
    expect(read?.body).toMatchObject({
      domain: expect.arrayContaining([['id', '=', ODOO_SEED.acme]]),
      fields: expect.arrayContaining(['credit_limit']),
    });
    const create = server.calls.find((call) => call.model === 'sale.order' && call.method === 'create');
    expect(create?.headers['idempotency-key']).toBeUndefined();
  });

  it('uses write_date as the version a customer or item is read at', async () => {
    expect((await erp.customers.get(ACME))?.version).toBe('2026-11-02 09:15:00');
    expect((await erp.items.get(ODOO_SEED.stockedSku))?.version).toBe('2026-11-02 09:15:00');
  });
});

describe('failures', () => {
  it('a bad API key is a transient failure naming the key, not retried against Odoo', async () => {
    const wrongKey = adapter({ apiKey: 'not-the-key' });
    const error = await wrongKey.customers.get(ACME).catch((caught: unknown) => caught);
    await wrongKey.close();
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect((error as Error).message).toMatch(/API key .*401/);
    expect(server.calls).toHaveLength(1);
  });

  it('a wrong database name fails the ping as unavailable, naming the database', async () => {
    const wrongDatabase = adapter({ database: 'nope' });
    await expect(wrongDatabase.ping()).rejects.toThrow(/"nope"/);
    await wrongDatabase.close();
    await expect(erp.ping()).resolves.toBeUndefined();
  });

  it('a read that meets 503 twice is retried with backoff and then succeeds', async () => {
    server.failNext(2);
    const found = await erp.customers.get(ACME);
    expect(found?.value.name).toBe('Acme Hardware Inc.');
    expect(sleep.delays).toHaveLength(2);
    expect(log.lines().filter((line) => line.message === 'upstream call failed, retrying')).toHaveLength(2);
  });

  it('a read that hangs times out and is sent again', async () => {
    const patient = adapter({ timeoutMs: 300 });
    server.hangNext(1);
    await expect(patient.items.get(ODOO_SEED.stockedSku)).resolves.toMatchObject({
      value: { sku: ODOO_SEED.stockedSku },
    });
    await patient.close();
    expect(sleep.delays).toHaveLength(1);
  });

  it('a create that meets 503 is not sent twice; resubmitting the order key creates exactly one order', async () => {
    const before = ordersIn(server.tables).length;
    // The calls before it are reads; the 503 is for the create itself.
    const calls = server.calls;
    const push = calls.push.bind(calls);
    calls.push = (...received) => {
      if (received.some((call) => call.model === 'sale.order' && call.method === 'create')) server.failNext(1);
      return push(...received);
    };
    await expect(erp.salesOrders.create(order('retry-1'), by)).rejects.toBeInstanceOf(UpstreamUnavailableError);
    calls.push = push;
    const retried = await erp.salesOrders.create(order('retry-1'), by);
    expect(retried.created).toBe(true);
    expect(ordersIn(server.tables).filter((record) => record.origin === 'retry-1')).toHaveLength(1);
    expect(ordersIn(server.tables).length).toBe(before + 1);
  });

  it("Odoo's UserError (a locked order cannot be cancelled) is a business refusal", async () => {
    const { order: created } = await erp.salesOrders.create(order('locked-1'), by);
    const record = ordersIn(server.tables).find((candidate) => candidate.name === created.id);
    if (record) record.locked = true;
    const refusal = await expectBusinessRefusal(erp.salesOrders.cancel(created.id, 'customer withdrew', by));
    expect(refusal.reasonCode).toBe(ERP_REJECTED);
    expect(refusal.status).toBe(422);
  });

  it('what Odoo is not mapped for answers ErpCapabilityMissingError (501)', async () => {
    const attempts: Promise<unknown>[] = [
      erp.pricing.resolve({} as never),
      erp.credit.exposure(ACME),
      erp.shipments.create({} as never, by),
      erp.invoices.list({}),
      erp.returns.request({} as never, by),
      erp.inventory.reserve(
        { sku: ODOO_SEED.stockedSku, warehouseId: ODOO_SEED.dallas, quantity: 1, reference: 'x' },
        by,
      ),
      erp.customers.create({} as never, by),
      erp.inventory.streamChanged(new Date())[Symbol.asyncIterator]().next(),
    ];
    for (const attempt of attempts) {
      const error = await attempt.catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ErpCapabilityMissingError);
      expect((error as ErpCapabilityMissingError).status).toBe(501);
    }
  });
});

describe('mapping', () => {
  it("keeps a partner id at the top of Odoo's range exact, and finds nothing for an id past it", async () => {
    const acme = server.tables['res.partner']?.find((partner) => partner.id === ODOO_SEED.acme);
    server.tables['res.partner']?.push({ ...acme, id: 2_147_483_647, name: 'Big Id Supply' });
    const page = await erp.customers.list({ limit: 200 });
    expect(page.items.map((customer) => customer.id)).toContain('ODOO-PARTNER-2147483647');
    expect((await erp.customers.get('ODOO-PARTNER-2147483647'))?.value.name).toBe('Big Id Supply');
    // Number('9007199254740993') would round to ...992: an unsafe id must find nothing, not a neighbour.
    await expect(erp.customers.get('ODOO-PARTNER-9007199254740993')).resolves.toBeUndefined();
  });

  it('sums quants of every bin under the stock location, and leaves out what customers hold', async () => {
    const page = await erp.inventory.listPositions({ sku: ODOO_SEED.stockedSku, warehouseId: ODOO_SEED.dallas });
    expect(page.items).toEqual([
      expect.objectContaining({ warehouseId: ODOO_SEED.dallas, uom: 'EA', onHand: 150, allocated: 20, available: 130 }),
    ]);
  });

  it('pages positions across products and warehouses without repeating one', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await erp.inventory.listPositions({ cursor, limit: 1 });
      seen.push(...page.items.map((position) => `${position.sku}@${position.warehouseId}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['HX-2201@DAL1', 'HX-2201@CHI1', 'WR-0410@CHI1']);
  });

  it("lists an order keyed in Odoo for a contact person under the contact's company, without section lines", async () => {
    const orders = await erp.salesOrders.list({ customerId: ACME });
    const keyedInOdoo = orders.items.find((listed) => listed.id === ODOO_SEED.orderKeyedInOdoo);
    expect(keyedInOdoo).toMatchObject({
      customerId: ACME,
      status: 'shipped',
      purchaseOrderNumber: 'PO-7781',
      subtotal: '18.65',
    });
    expect(keyedInOdoo?.lines.map((line) => [line.lineNumber, line.sku, line.quantity, line.uom])).toEqual([
      [1, 'HX-2201', 24, 'EA'],
      [2, 'WR-0410', 2.5, 'KG'],
    ]);
    await expect(erp.salesOrders.cancel(ODOO_SEED.orderKeyedInOdoo, 'too late', by)).rejects.toMatchObject({
      status: 409,
      type: expect.stringContaining('order-not-cancellable'),
    });
  });

  it('confirms a new order, sends the PO as the customer reference, and notes who asked', async () => {
    const { order: created } = await erp.salesOrders.create(order('po-1', { purchaseOrderNumber: 'PO-88231' }), by);
    const record = ordersIn(server.tables).find((candidate) => candidate.name === created.id);
    expect(record).toMatchObject({ origin: 'po-1', client_order_ref: 'PO-88231', state: 'sale' });
    expect(server.messages.at(-1)?.body).toContain('corr-odoo-1');
  });

  it('refuses an unknown item, an archived customer and a unit other than the base unit, creating nothing', async () => {
    const before = ordersIn(server.tables).length;
    const line = order('x').lines[0];
    const unknownItem = await expectBusinessRefusal(
      erp.salesOrders.create(order('r-1', { lines: [{ ...line!, sku: 'NO-SUCH' }] }), by),
    );
    const archived = await expectBusinessRefusal(
      erp.salesOrders.create(order('r-2', { customerId: `ODOO-PARTNER-${ODOO_SEED.archivedCustomer}` }), by),
    );
    const unit = await expectBusinessRefusal(
      erp.salesOrders.create(order('r-3', { lines: [{ ...line!, uom: 'CS' }] }), by),
    );
    expect([unknownItem.reasonCode, archived.reasonCode, unit.reasonCode]).toEqual([
      'UNKNOWN_ITEM',
      'CUSTOMER_ON_HOLD',
      'UOM_NOT_CONVERTIBLE',
    ]);
    expect(ordersIn(server.tables)).toHaveLength(before);
  });

  it('when two creates with one key raced, the older order wins and the newer one is cancelled', async () => {
    const calls = server.calls;
    const push = calls.push.bind(calls);
    // Another Crossdock instance creates the same order just before ours reaches Odoo.
    calls.push = (...received) => {
      if (received.some((call) => call.model === 'sale.order' && call.method === 'create')) {
        ordersIn(server.tables).push({
          id: 500,
          name: 'S00500',
          origin: 'race-1',
          partner_id: ODOO_SEED.acme,
          partner_shipping_id: ODOO_SEED.acme,
          state: 'sale',
          currency_id: 1,
          create_date: '2026-11-02 09:15:00',
          write_date: '2026-11-02 09:15:00',
        });
      }
      return push(...received);
    };
    const result = await erp.salesOrders.create(order('race-1'), by);
    expect(result).toMatchObject({ created: false, order: { id: 'S00500' } });
    expect(
      ordersIn(server.tables)
        .filter((record) => record.origin === 'race-1')
        .map((record) => record.state),
    ).toEqual(['sale', 'cancel']);
  });
});
