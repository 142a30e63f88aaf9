/**
 * How long a crash delays an order: Crossdock (`crossdock start`, its own process, the default
 * 60 s lease) takes orders steadily, is killed with SIGKILL while batches are at the ERP, and is
 * started again 6 s later on the same databases. Measured per order: receipt (stored) to ERP
 * (the submit step's timeline entry), the longest of all, and of the orders the killed process
 * had claimed. Figures go to docs/reliability.md. `npx tsx tests/bench/crash-reclaim.bench.ts`
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { signToken } from '@crossdock/shared-contracts/platform/auth/tokens';
import { freePort, startEmbeddedCluster } from '@crossdock/shared-contracts/platform/database/embedded-cluster';
import { anOrder } from '../support/order-pipeline';
import { REPO_ROOT, TEST_TOKENS } from '../support/test-platform';

const RESTART_AFTER_MS = 6000;
const ORDERS_PER_SECOND = 20;
const KILL_AFTER_MS = 3000;
const authorization = `Bearer ${signToken(TEST_TOKENS, { subject: 'bench', scopes: ['process:read', 'process:write', 'system:read', 'system:write'] })}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startCrossdock(port: number, databases: { system: string; process: string }): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'launcher/src/cli/main.ts', 'start'], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      CROSSDOCK_JWT_SECRET: TEST_TOKENS.secret,
      CROSSDOCK_SYSTEM_DATABASE_URL: databases.system,
      CROSSDOCK_PROCESS_DATABASE_URL: databases.process,
      // Every ERP call takes a while, so the kill finds a batch at the ERP.
      CROSSDOCK_ERP_FAULT_LATENCY_MS: '300',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let healthy = false; !healthy; await sleep(100)) {
    if (child.exitCode !== null) throw new Error(`Crossdock exited with ${child.exitCode}`);
    healthy = await fetch(`http://127.0.0.1:${port}/health`).then(
      (answer) => answer.ok,
      () => false,
    );
  }
  return child;
}

const call = (port: number, method: string, route: string, body: unknown) =>
  fetch(`http://127.0.0.1:${port}${route}`, {
    method,
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

async function main(): Promise<void> {
  const cluster = await startEmbeddedCluster({
    dataDir: await mkdtemp(path.join(os.tmpdir(), 'crossdock-crash-reclaim-')),
    ephemeral: true,
  });
  const process_ = new pg.Client({ connectionString: cluster.urlFor('crash_process') });
  try {
    for (const name of ['crash_system', 'crash_process']) await cluster.ensureDatabase(name);
    const databases = { system: cluster.urlFor('crash_system'), process: cluster.urlFor('crash_process') };
    const port = await freePort();
    const first = await startCrossdock(port, databases);
    const sku = `RECLAIM-${Date.now()}`;
    const setup: [string, unknown][] = [
      [
        '/system/v1/items',
        { sku, description: 'Reclaim bench', status: 'active', baseUom: 'EA', alternateUoms: [], returnable: true },
      ],
      [
        '/system/v1/price-lists/PL-STANDARD/entries',
        { sku, uom: 'EA', minimumQuantity: 1, unitPrice: '1.00', effectiveFrom: '2026-01-01' },
      ],
      [
        '/system/v1/inventory/movements',
        { sku, warehouseId: 'WH-DAL', kind: 'receipt', quantity: 1e6, reason: 'bench' },
      ],
    ];
    for (const [route, body] of setup) {
      const answer = await call(port, 'POST', route, body);
      if (answer.status !== 201) throw new Error(`${route}: ${answer.status} ${await answer.text()}`);
    }

    // With REPLICA=1 a second process runs beside the first from the start, and takes over at the kill.
    const replica = process.env.REPLICA === '1' ? await startCrossdock(await freePort(), databases) : undefined;

    // Orders arrive steadily until the kill.
    const started = Date.now();
    const placing: Promise<unknown>[] = [];
    while (Date.now() - started < KILL_AFTER_MS) {
      placing.push(call(port, 'POST', '/process/v1/orders', anOrder('C-1002', [{ sku, quantity: 1 }])).catch(() => 0));
      await sleep(1000 / ORDERS_PER_SECOND);
    }
    await process_.connect();
    const { rows: claimed } = await process_.query<{ orderId: string }>(
      `select "orderId" from "PipelineJob" where "state" = 'ready' and "leasedUntil" > now() at time zone 'UTC'`,
    );
    first.kill('SIGKILL');
    const killedAt = Date.now();
    await Promise.allSettled(placing);
    if (!replica) await sleep(RESTART_AFTER_MS);
    const second = replica ?? (await startCrossdock(port, databases));
    const upAt = replica ? killedAt : Date.now();

    const settled = async () =>
      (await process_.query(`select 1 from "PipelineJob" where "state" = 'ready'`)).rowCount === 0;
    while (!(await settled())) await sleep(200);
    const { rows } = await process_.query<{ orderId: string; seconds: number; at: Date }>(
      `select o."id" as "orderId", extract(epoch from (t."at" - o."createdAt"))::float8 as "seconds", t."at"
         from "Order" o join "OrderTimelineEntry" t on t."orderId" = o."id" and t."step" = 'submit' and t."outcome" = 'succeeded'`,
    );
    const caught = rows.filter((row) => claimed.some((job) => job.orderId === row.orderId));
    const longest = (values: number[]) => `${Math.max(...values).toFixed(1)} s`;
    // Timeline times are written as UTC wall-clock without a zone; pg reads them as local time.
    const erpAt = (row: { at: Date }) => row.at.getTime() - row.at.getTimezoneOffset() * 60_000;
    console.log(`${replica ? 'replica running beside' : 'restarted'}; orders submitted: ${rows.length}`);
    console.log(`killed → a process up to take over: ${((upAt - killedAt) / 1000).toFixed(1)} s`);
    console.log(`longest receipt → ERP, all orders: ${longest(rows.map((row) => row.seconds))}`);
    console.log(`the ${caught.length} orders the killed process had claimed:`);
    console.log(`  longest receipt → ERP: ${longest(caught.map((row) => row.seconds))}`);
    console.log(`  longest take-over → ERP: ${longest(caught.map((row) => (erpAt(row) - upAt) / 1000))}`);
    for (const child of new Set([second, replica])) {
      child?.kill('SIGTERM');
      await new Promise((resolve) => child?.once('exit', resolve));
    }
  } finally {
    await process_.end().catch(() => undefined);
    await cluster.stop();
  }
}

await main();
