/**
 * How the runner ends a step that failed, against a real PostgreSQL and an ERP (the SystemApi
 * port) that fails on cue: a retry while attempts are left, a dead letter after the last one with
 * the order's reservations given back, a lost answer recognised as a success, and a business
 * refusal turned into a hold; and how the steps that only read are recorded. The clock is fixed,
 * so every time written is known.
 */
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import {
  BusinessRuleError,
  UpstreamProblemError,
  UpstreamUnavailableError,
} from '@crossdock/shared-contracts/contracts/errors/errors';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import type { ErpSalesOrder } from '@crossdock/shared-contracts/contracts/api/system-sales-orders';
import type { PriceResolution } from '@crossdock/shared-contracts/contracts/api/system-pricing';
import type { Customer } from '@crossdock/shared-contracts/contracts/model/customer';
import type { InventoryPosition } from '@crossdock/shared-contracts/contracts/model/inventory-position';
import type { Item } from '@crossdock/shared-contracts/contracts/model/item';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProcessDatabase, type ProcessDatabase } from '../database';
import type { Prisma } from '../generated/prisma/client';
import type { SystemApi } from '../system-api/system-api';
import { runJob, type PipelineDeps } from './run-job';
import { storeClaimedOrder } from './pipeline-test-orders';

const NOW = new Date('2026-11-27T12:00:00.000Z');
const RETRY = { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 60_000, leaseMs: 30_000 };
const ERP_DOWN = () =>
  new UpstreamUnavailableError(
    'system-apis',
    'system-apis POST /system/v1/sales-orders failed with status 503 (after 4 attempt(s)).',
  );

// A failure while the ERP answers (a bug meeting this order): retried, then dead-lettered. An
// unavailable ERP (ERP_DOWN) is waited for instead (see erp-wait.test.ts).
const ERP_FAILS = () =>
  new UpstreamUnavailableError(
    'system-apis',
    'system-apis POST /system/v1/sales-orders failed with status 500 (not retried: not a transient failure).',
    Object.assign(new Error('HTTP 500'), { status: 500 }),
  );

let db: ProcessDatabase;

beforeAll(async () => {
  db = await openProcessDatabase(await createTestDatabase('run_job'));
});
afterAll(async () => {
  await db?.$disconnect();
});

/** An ERP that answers nothing unless a test says what; `released` records every release asked for. */
function erp(overrides: Partial<SystemApi> = {}) {
  const released: string[] = [];
  const unexpected = (what: string) => async () => {
    throw new Error(`unexpected ERP call: ${what}`);
  };
  const systemApi: SystemApi = {
    findCustomer: unexpected('findCustomer'),
    findItem: unexpected('findItem'),
    findCustomers: unexpected('findCustomers'),
    findItems: unexpected('findItems'),
    resolvePrices: unexpected('resolvePrices'),
    resolvePricesMany: unexpected('resolvePricesMany'),
    creditExposures: unexpected('creditExposures'),
    stockOfMany: unexpected('stockOfMany'),
    reserveMany: unexpected('reserveMany'),
    createSalesOrders: unexpected('createSalesOrders'),
    creditExposure: unexpected('creditExposure'),
    listWarehouses: unexpected('listWarehouses'),
    stockOf: unexpected('stockOf'),
    reserve: unexpected('reserve'),
    release: async (reservationId) => void released.push(reservationId),
    activeReservationsFor: async () => [],
    createSalesOrder: unexpected('createSalesOrder'),
    findSalesOrderByKey: async () => undefined,
    cancelSalesOrder: unexpected('cancelSalesOrder'),
    ...overrides,
  };
  return { systemApi, released };
}

function deps(systemApi: SystemApi): PipelineDeps {
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
  return {
    db,
    systemApi,
    logger: createLogger({ service: 'test', level: 'error', stream: quiet }),
    clock: { now: () => NOW },
    retry: RETRY,
  };
}

/** An order planned and reserved (two reservations), its job claimed at `submit` for attempt `attempts`. */
async function reservedOrder(attempts: number): Promise<string> {
  const id = randomUUID();
  const received = {
    channel: 'api',
    sourceOrderId: id,
    customerId: 'C-1001',
    shipTo: { name: 'Store', line1: '1 Elm St', city: 'Dallas', region: 'TX', postalCode: '75226', country: 'US' },
    lines: [{ sku: 'HXB-004', quantity: 30 }],
  };
  const reservations = [
    { id: 'res-dal', lineNumber: 1, warehouseId: 'WH-DAL', quantity: 20 },
    { id: 'res-atl', lineNumber: 1, warehouseId: 'WH-ATL', quantity: 10 },
  ];
  await db.order.create({
    data: {
      id,
      channel: 'api',
      sourceOrderId: id,
      customerId: 'C-1001',
      status: 'PLANNED',
      received: received as Prisma.InputJsonValue,
      pricedLines: [
        {
          lineNumber: 1,
          sku: 'HXB-004',
          quantity: 30,
          uom: 'EA',
          unitPrice: '0.2400',
          lineTotal: '7.20',
          priceRule: 'price-list:PL-STANDARD',
        },
      ],
      subtotal: '7.20',
      tax: '0.45',
      total: '7.65',
      currency: 'USD',
      reservations,
      correlationId: 'test',
      createdBy: 'test',
    },
  });
  await db.pipelineJob.create({
    data: {
      orderId: id,
      step: 'submit',
      state: 'ready',
      runAt: NOW,
      attempts,
      leasedUntil: new Date(NOW.getTime() + RETRY.leaseMs),
    },
  });
  return id;
}

async function stored(orderId: string) {
  return db.order.findUniqueOrThrow({
    where: { id: orderId },
    include: { job: true, deadLetters: true, holds: true, timeline: { orderBy: { id: 'asc' } } },
  });
}

const eventsOf = (orderId: string) =>
  db.outboxEvent.findMany({ where: { subject: orderId }, orderBy: { time: 'asc' } });

describe('a step that fails technically while the ERP answers', () => {
  it('is tried again later while attempts are left, the order and its reservations left as they were', async () => {
    const orderId = await reservedOrder(2);
    const { systemApi, released } = erp({ createSalesOrders: async () => Promise.reject(ERP_FAILS()) });

    await runJob(deps(systemApi), { orderId, step: 'submit', attempts: 2 });

    const order = await stored(orderId);
    expect(order.status).toBe('PLANNED');
    expect(order.reservations).toHaveLength(2);
    expect(released).toEqual([]);
    expect(order.deadLetters).toEqual([]);
    expect(order.job).toMatchObject({ state: 'ready', leasedUntil: null, lastError: expect.stringContaining('500') });
    // The second attempt waits half to all of 1 s · 2^(2 − 1).
    const waitMs = order.job!.runAt.getTime() - NOW.getTime();
    expect(waitMs).toBeGreaterThanOrEqual(1000);
    expect(waitMs).toBeLessThanOrEqual(2000);
    expect(order.timeline.at(-1)).toMatchObject({
      step: 'submit',
      outcome: 'failed',
      detail: expect.stringMatching(/^Attempt 2 of 3: .*500.* Retrying\.$/),
    });
  });

  it('is dead-lettered after its last attempt: FAILED, reservations released, the dead letter and order.failed written', async () => {
    const orderId = await reservedOrder(3);
    const { systemApi, released } = erp({ createSalesOrders: async () => Promise.reject(ERP_FAILS()) });

    await runJob(deps(systemApi), { orderId, step: 'submit', attempts: 3 });

    const order = await stored(orderId);
    expect(order.status).toBe('FAILED');
    expect(released).toEqual(['res-dal', 'res-atl']);
    expect(order.reservations).toEqual([]);
    expect(order.holds).toEqual([]);
    expect(order.deadLetters).toEqual([
      expect.objectContaining({
        step: 'submit',
        attempts: 3,
        lastError: expect.stringContaining('500'),
        replayedAt: null,
      }),
    ]);
    expect(order.job).toMatchObject({ state: 'dead', leasedUntil: null });
    expect(order.timeline.at(-1)).toMatchObject({
      step: 'submit',
      outcome: 'failed',
      detail: expect.stringMatching(/^Dead-lettered after 3 attempts: /),
    });
    expect((await eventsOf(orderId)).map((event) => event.type)).toEqual(['com.crossdock.order.failed']);
  });

  it('is a success after all when the ERP has the order its lost answer created', async () => {
    const orderId = await reservedOrder(3);
    const { systemApi, released } = erp({
      createSalesOrders: async () => Promise.reject(ERP_FAILS()),
      findSalesOrderByKey: async (orderKey) => ({ id: 'SO-000042', orderKey }) as ErpSalesOrder,
    });

    await runJob(deps(systemApi), { orderId, step: 'submit', attempts: 3 });

    const order = await stored(orderId);
    expect(order).toMatchObject({ status: 'SUBMITTED', erpOrderId: 'SO-000042', deadLetters: [] });
    expect(released).toEqual([]);
    expect(order.job?.state).toBe('done');
    expect((await eventsOf(orderId)).map((event) => event.type)).toEqual(['com.crossdock.order.submitted']);
  });

  // The ERP may hold an order made by the submit whose answer was lost, owning these very
  // reservations: releasing them on a guess would take its stock away. Not knowing, the order is
  // dead-lettered with its reservations kept (as when compensation itself fails); the replay finds out.
  it('keeps its reservations when the ERP cannot be asked whether the order was made after all', async () => {
    const orderId = await reservedOrder(3);
    const { systemApi, released } = erp({
      createSalesOrders: async () => Promise.reject(ERP_FAILS()),
      findSalesOrderByKey: async () => Promise.reject(ERP_DOWN()),
    });

    await runJob(deps(systemApi), { orderId, step: 'submit', attempts: 3 });

    const order = await stored(orderId);
    expect(order.status).toBe('FAILED');
    expect(order.deadLetters).toHaveLength(1);
    expect(released).toEqual([]);
    expect(order.reservations).toHaveLength(2);
  });
});

describe('a step the ERP refuses for a business reason', () => {
  it('holds the order with the ERP’s reason code and gives its reservations back, without retrying', async () => {
    const orderId = await reservedOrder(1);
    const refusal = new UpstreamProblemError('system-apis', {
      type: 'urn:crossdock:problem:business-rule',
      title: 'A business rule was not met',
      status: 422,
      detail: 'Customer C-1001 is on_hold and cannot order.',
      reasonCode: 'CUSTOMER_ON_HOLD',
    });
    const { systemApi, released } = erp({
      createSalesOrders: async (requests) => requests.map(() => ({ error: refusal })),
    });

    await runJob(deps(systemApi), { orderId, step: 'submit', attempts: 1 });

    const order = await stored(orderId);
    expect(order.status).toBe('HELD');
    expect(order.holds).toEqual([
      expect.objectContaining({
        reasonCode: 'CUSTOMER_ON_HOLD',
        detail: 'Customer C-1001 is on_hold and cannot order.',
        step: 'submit',
        status: 'open',
      }),
    ]);
    expect(released).toEqual(['res-dal', 'res-atl']);
    expect(order.job?.state).toBe('held');
    expect(order.deadLetters).toEqual([]);
    expect((await eventsOf(orderId)).map((event) => event.type)).toEqual(['com.crossdock.order.held']);
  });

  it('holds, not retries, on a business rule broken inside a step', async () => {
    const orderId = await reservedOrder(1);
    const { systemApi } = erp({
      createSalesOrders: async () =>
        Promise.reject(new BusinessRuleError('ERP_REJECTED', 'The ERP refused the order: period closed.')),
    });

    await runJob(deps(systemApi), { orderId, step: 'submit', attempts: 1 });

    expect((await stored(orderId)).holds.map((hold) => hold.reasonCode)).toEqual(['ERP_REJECTED']);
  });
});

describe('the steps that only read', () => {
  /** A new order, received and waiting at validate. */
  const receivedOrder = () => storeClaimedOrder(db, NOW, new Date(NOW.getTime() + RETRY.leaseMs));

  /** The ERP's answers for validate, enrich, credit and plan: 40 of HXB-004 in Dallas at 0.24 each. */
  const readsAnswered = (): Partial<SystemApi> => ({
    findCustomers: async () =>
      new Map([
        [
          'C-1001',
          {
            id: 'C-1001',
            name: 'Acme',
            status: 'active',
            currency: 'USD',
            preferredWarehouseId: 'WH-DAL',
            allowBackorders: false,
          } as unknown as Customer,
        ],
      ]),
    findItems: async () =>
      new Map([
        [
          'HXB-004',
          {
            sku: 'HXB-004',
            baseUom: 'EA',
            alternateUoms: [],
            status: 'active',
            decimalQuantityAllowed: false,
          } as unknown as Item,
        ],
      ]),
    resolvePricesMany: async (requests) =>
      requests.map(() => ({
        value: {
          customerId: 'C-1001',
          currency: 'USD',
          prices: [{ sku: 'HXB-004', uom: 'EA', unitPrice: '0.2400', rule: 'price-list:PL-STANDARD' }],
        } as unknown as PriceResolution,
      })),
    creditExposures: async () =>
      new Map([
        [
          'C-1001',
          {
            customerId: 'C-1001',
            currency: 'USD',
            creditLimit: '1000.00',
            openInvoices: '0.00',
            openOrders: '0.00',
            exposure: '0.00',
            available: '1000.00',
          },
        ],
      ]),
    listWarehouses: async () => [],
    stockOfMany: async () =>
      new Map([['HXB-004', [{ sku: 'HXB-004', warehouseId: 'WH-DAL', available: 40 } as InventoryPosition]]]),
  });

  it('are recorded together, each on the timeline in order, and before anything is reserved', async () => {
    const orderId = await receivedOrder();
    let seenWhenReserving: Awaited<ReturnType<typeof stored>> | undefined;
    const { systemApi } = erp({
      ...readsAnswered(),
      reserveMany: async () => {
        seenWhenReserving = await stored(orderId);
        throw ERP_FAILS();
      },
    });

    await runJob(deps(systemApi), { orderId, step: 'validate', attempts: 1 });

    expect(seenWhenReserving?.job).toMatchObject({ step: 'reserve', attempts: 1 });
    expect(seenWhenReserving).toMatchObject({
      status: 'PLANNED',
      plan: { lines: [{ sku: 'HXB-004', allocations: [{ warehouseId: 'WH-DAL', quantity: 30 }] }] },
    });
    expect(seenWhenReserving?.total?.toFixed(2)).toBe('7.65');
    expect(seenWhenReserving?.timeline.map((entry) => `${entry.step}:${entry.outcome}`)).toEqual([
      'validate:succeeded',
      'enrich:succeeded',
      'credit:succeeded',
      'plan:succeeded',
    ]);
    const order = await stored(orderId);
    expect(order.timeline.map((entry) => `${entry.step}:${entry.outcome}`).at(-1)).toBe('reserve:failed');
    expect(order.job).toMatchObject({ step: 'reserve', state: 'ready' });
  });

  it('are recorded up to where the order is held, so a release resumes it at that step', async () => {
    const orderId = await receivedOrder();
    const { systemApi } = erp({
      ...readsAnswered(),
      creditExposures: async () =>
        new Map([
          [
            'C-1001',
            {
              customerId: 'C-1001',
              currency: 'USD',
              creditLimit: '5.00',
              openInvoices: '0.00',
              openOrders: '0.00',
              exposure: '0.00',
              available: '5.00',
            },
          ],
        ]),
    });

    await runJob(deps(systemApi), { orderId, step: 'validate', attempts: 1 });

    const order = await stored(orderId);
    expect(order.timeline.map((entry) => `${entry.step}:${entry.outcome}`)).toEqual([
      'validate:succeeded',
      'enrich:succeeded',
      'credit:held',
    ]);
    expect(order).toMatchObject({ status: 'HELD', job: { step: 'credit', state: 'held' } });
    expect(order.total?.toFixed(2)).toBe('7.65');
    expect(order.holds.map((hold) => hold.reasonCode)).toEqual(['CREDIT_LIMIT']);
  });

  it('are dropped, with nothing recorded, when the order was cancelled meanwhile', async () => {
    const orderId = await receivedOrder();
    const { systemApi } = erp({
      ...readsAnswered(),
      stockOfMany: async () => {
        // A person cancels the order while the worker plans it.
        await db.pipelineJob.update({ where: { orderId }, data: { state: 'done' } });
        await db.order.update({ where: { id: orderId }, data: { status: 'CANCELLED' } });
        return new Map([['HXB-004', [{ sku: 'HXB-004', warehouseId: 'WH-DAL', available: 40 } as InventoryPosition]]]);
      },
      reserveMany: async () => {
        throw new Error('a cancelled order must not be reserved for');
      },
    });

    await runJob(deps(systemApi), { orderId, step: 'validate', attempts: 1 });

    const order = await stored(orderId);
    expect(order).toMatchObject({ status: 'CANCELLED', plan: null, job: { state: 'done', step: 'validate' } });
    expect(order.timeline).toEqual([]);
  });
});
