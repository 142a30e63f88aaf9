/**
 * Crossdock killed outright (kill -9) with orders mid-pipeline loses none and doubles none: after a
 * restart on the same databases every order goes through exactly once — one ERP order each, and
 * no stock held twice. PostgreSQL runs outside the killed process (the test run's cluster), as it
 * does in production, so only Crossdock dies.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import supertest from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { signToken } from '@crossdock/shared-contracts/platform/auth/tokens';
import { freePort } from '@crossdock/shared-contracts/platform/database/embedded-cluster';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { anOrder, type ErpSalesOrder, type OrderView, type Position } from '../../support/order-pipeline';
import { REPO_ROOT, TEST_TOKENS } from '../../support/test-platform';
import { waitUntil } from '../../support/wait-until';

const ORDERS = 30;
const UNITS_PER_ORDER = 10;
const children = new Set<ChildProcess>();

interface Crossdock {
  child: ChildProcess;
  http: ReturnType<typeof supertest>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `crossdock start` as its own process. Node runs the TypeScript itself through tsx's
 * loader (`node --import tsx`), so the pid is the server's, not a wrapper's: SIGKILL hits it.
 */
async function startCrossdock(databases: { system: string; process: string }): Promise<Crossdock> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'launcher/src/cli/main.ts', 'start'], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      CROSSDOCK_JWT_SECRET: TEST_TOKENS.secret,
      CROSSDOCK_SYSTEM_DATABASE_URL: databases.system,
      CROSSDOCK_PROCESS_DATABASE_URL: databases.process,
      // Every ERP call takes a while, so a kill finds orders in every step.
      CROSSDOCK_ERP_FAULT_LATENCY_MS: '150',
      // A job the killed process had claimed is free again two seconds after its last claim.
      CROSSDOCK_PIPELINE_LEASE_MS: '2000',
      CROSSDOCK_PIPELINE_POLL_MS: '100',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.add(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const http = supertest(`http://127.0.0.1:${port}`);
  await waitUntil(
    async () => {
      if (child.exitCode !== null) throw new Error(`Crossdock exited with ${child.exitCode}: ${stderr}`);
      return http.get('/health').then(
        (answer) => answer.status,
        () => 0,
      );
    },
    (status) => status === 200,
    // A bound, not a speed check: a start-up on a machine busy with the rest of the suite takes longer.
    { timeoutMs: 60_000, everyMs: 100, what: 'Crossdock to report healthy' },
  );
  return { child, http, exited };
}

// A run that failed midway must not leave a server behind.
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

const authorization = `Bearer ${signToken(TEST_TOKENS, { subject: 'integration-team', scopes: ['process:read', 'process:write', 'system:read', 'system:write'] })}`;

async function ordersOf(crossdock: Crossdock, customerId: string): Promise<OrderView[]> {
  return (
    await crossdock.http
      .get(`/process/v1/orders?customerId=${customerId}&limit=200`)
      .set('Authorization', authorization)
      .expect(200)
  ).body.items;
}

describe('Crossdock killed with orders mid-pipeline', () => {
  it('finishes every order after a restart, each exactly once in the ERP, with no stock held twice', async () => {
    const databases = {
      system: await createTestDatabase('crash_system'),
      process: await createTestDatabase('crash_process'),
    };
    const first = await startCrossdock(databases);
    const as = (request: supertest.Test) => request.set('Authorization', authorization);

    // An item of its own, so everything allocated of it belongs to these orders.
    const sku = `CRASH-${Date.now()}`;
    await as(
      first.http.post('/system/v1/items').send({
        sku,
        description: 'Crash test item',
        status: 'active',
        baseUom: 'EA',
        alternateUoms: [],
        returnable: true,
      }),
    ).expect(201);
    await as(
      first.http
        .post('/system/v1/price-lists/PL-STANDARD/entries')
        .send({ sku, uom: 'EA', minimumQuantity: 1, unitPrice: '1.00', effectiveFrom: '2026-01-01' }),
    ).expect(201);
    await as(
      first.http
        .post('/system/v1/inventory/movements')
        .send({ sku, warehouseId: 'WH-DAL', kind: 'receipt', quantity: 1000, reason: 'crash test stock' }),
    ).expect(201);

    const customerId = 'C-1002';
    const placed = await Promise.all(
      Array.from({ length: ORDERS }, () =>
        as(
          first.http.post('/process/v1/orders').send(anOrder(customerId, [{ sku, quantity: UNITS_PER_ORDER }])),
        ).expect(202),
      ),
    );
    const orderIds = placed.map((answer) => answer.body.id as string);

    // Kill as soon as orders are inside the pipeline (validated or planned, reserving or
    // submitting): the pipeline takes them in batches, so the others are queued or in the same step.
    const insidePipeline = (order: OrderView) => order.status !== 'RECEIVED' && order.status !== 'SUBMITTED';
    const before = await waitUntil(
      () => ordersOf(first, customerId),
      (orders) => orders.some(insidePipeline),
      { timeoutMs: 20_000, everyMs: 50, what: 'orders inside the pipeline' },
    );
    first.child.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    expect(before.filter((order) => order.status === 'SUBMITTED').length).toBeLessThan(ORDERS);

    const second = await startCrossdock(databases);
    const after = await waitUntil(
      () => ordersOf(second, customerId),
      (orders) =>
        orders.length === ORDERS &&
        orders.every((order) => order.status === 'SUBMITTED' || order.status === 'HELD' || order.status === 'FAILED'),
      { timeoutMs: 25_000, everyMs: 200, what: 'every order to settle after the restart' },
    );

    // Nothing here is a business problem (known customer and item, stock for all): all submitted.
    expect(after.filter((order) => order.status !== 'SUBMITTED').map((order) => `${order.id} ${order.status}`)).toEqual(
      [],
    );
    expect(new Set(after.map((order) => order.id))).toEqual(new Set(orderIds));
    const erpOrders: ErpSalesOrder[] = [];
    for (const orderId of orderIds) {
      const found: ErpSalesOrder[] = (
        await as(second.http.get(`/system/v1/sales-orders?orderKey=${orderId}`)).expect(200)
      ).body.items;
      expect(found, `ERP orders for ${orderId}`).toHaveLength(1);
      erpOrders.push(found[0]!);
    }
    // Each ERP order holds its line's units, and the item's allocation is exactly theirs: no
    // reservation made before the kill was made again, or left behind, after it.
    for (const erpOrder of erpOrders)
      expect(erpOrder.lines[0]!.reservations).toEqual([{ warehouseId: 'WH-DAL', quantity: UNITS_PER_ORDER }]);
    const positions: Position[] = (await as(second.http.get(`/system/v1/inventory?sku=${sku}`)).expect(200)).body.items;
    expect(positions.map(({ warehouseId, onHand, allocated }) => ({ warehouseId, onHand, allocated }))).toEqual([
      { warehouseId: 'WH-DAL', onHand: 1000, allocated: ORDERS * UNITS_PER_ORDER },
    ]);

    second.child.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
  }, 180_000);
});
