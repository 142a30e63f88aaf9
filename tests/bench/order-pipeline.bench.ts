/**
 * Benchmark of the order pipeline (issue: durable order-to-cash pipeline), in one run:
 *  (a) accepted orders per second, and p50/p99 latency, of POST /process/v1/orders through the gateway;
 *  (b) orders per second carried all the way to the ERP (SUBMITTED) under that load;
 *  (c) the same insert on a bare express + PostgreSQL endpoint: the floor;
 * and the ratios. Everything runs on this machine, on a throwaway embedded PostgreSQL.
 *
 *   npx -y pnpm@10 bench:pipeline          (ORDERS=2000 CONCURRENCY=32 WARM_UP=1000 to change the load)
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import pg from 'pg';
import { signToken } from '@crossdock/shared-contracts/platform/auth/tokens';
import { startEmbeddedCluster } from '@crossdock/shared-contracts/platform/database/embedded-cluster';
import { percentile, startBenchPlatformOn } from '../support/bench-platform';
import { TEST_TOKENS } from '../support/test-platform';

const ORDERS = Number(process.env.ORDERS ?? 3000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 32);
// Measured in the steady state of a running platform, the floor's and the platform's alike: V8
// still compiles code called once per request to optimised code after thousands of requests
// (docs/performance.md shows how much that moved both figures).
const WARM_UP = Number(process.env.WARM_UP ?? 5000);
const SKUS = ['HXB-001', 'HXB-002', 'HXB-003', 'WSH-001', 'SCR-002', 'GLV-003', 'TAP-001', 'DRL-004'];
const shipTo = {
  name: 'Acme Hardware — Store 112',
  line1: '2400 Elm St',
  city: 'Dallas',
  region: 'TX',
  postalCode: '75226',
  country: 'US',
};

/** Busy CPU time of the whole machine so far, from /proc/stat (Linux); 0 elsewhere. */
async function machineCpuMs(): Promise<number> {
  const stat = await readFile('/proc/stat', 'utf8').catch(() => '');
  const [, user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = (stat.split('\n')[0] ?? '')
    .trim()
    .split(/\s+/)
    .map(Number);
  return ((user + nice + system + irq + softirq) * 1000) / 100;
}

const order = () => ({
  channel: 'api',
  sourceOrderId: randomUUID(),
  customerId: 'C-1001',
  shipTo,
  lines: [
    { sku: SKUS[Math.floor(Math.random() * SKUS.length)]!, quantity: 1 + Math.floor(Math.random() * 3) },
    { sku: SKUS[Math.floor(Math.random() * SKUS.length)]!, quantity: 1 },
  ],
});

/**
 * CONCURRENCY clients, each sending its next order as soon as the last was answered, over kept-alive
 * connections. node:http rather than fetch: the load generator shares the two cores with what it
 * measures, and fetch costs it about twice the CPU per request.
 */
async function load(
  url: string,
  headers: Record<string, string>,
  count: number,
): Promise<{ seconds: number; latencies: number[] }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        next += 1;
        const sent = performance.now();
        const status = await post(
          url,
          { 'content-type': 'application/json', ...headers },
          JSON.stringify(order()),
          agent,
        );
        if (status >= 300) throw new Error(`unexpected status ${status}`);
        latencies.push(performance.now() - sent);
      }
    }),
  );
  agent.destroy();
  return { seconds: (performance.now() - started) / 1000, latencies: latencies.sort((a, b) => a - b) };
}

/** POSTs `body` and reads the whole answer; resolves with its status. */
function post(url: string, headers: Record<string, string>, body: string, agent: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (answer) => {
        answer.on('data', () => undefined);
        answer.on('end', () => resolve(answer.statusCode ?? 0));
        answer.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** (c) the floor: express + one INSERT of the same JSON body, nothing else. */
async function bareFloor(
  databaseUrl: string,
): Promise<{ perSecond: number; p50: number; p99: number; cpuMsPerRequest: number }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
  await pool.query(
    'create table if not exists bare_order (id uuid primary key, body jsonb not null, created_at timestamptz not null default now())',
  );
  const app = express();
  app.use(express.json());
  app.post('/orders', async (request, response) => {
    const id = randomUUID();
    await pool.query('insert into bare_order (id, body) values ($1, $2)', [id, request.body]);
    response.status(202).json({ id });
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/orders`;
  await load(url, {}, WARM_UP);
  const machineBefore = await machineCpuMs();
  const run = await load(url, {}, ORDERS);
  const cpuMsPerRequest = ((await machineCpuMs()) - machineBefore) / ORDERS;
  server.close();
  await pool.end();
  return {
    perSecond: ORDERS / run.seconds,
    p50: percentile(run.latencies, 50),
    p99: percentile(run.latencies, 99),
    cpuMsPerRequest,
  };
}

const cluster = await startEmbeddedCluster({
  dataDir: await mkdtemp(path.join(os.tmpdir(), 'crossdock-bench-')),
  ephemeral: true,
});
try {
  await cluster.ensureDatabase('bench_floor');
  const floor = await bareFloor(cluster.urlFor('bench_floor'));

  const platform = await startBenchPlatformOn(cluster);
  const processDb = new pg.Client({ connectionString: cluster.urlFor('bench_process') });
  await processDb.connect();
  const submitted = async () =>
    Number((await processDb.query(`select count(*) from "Order" where status = 'SUBMITTED'`)).rows[0].count);
  const settled = async () =>
    Number(
      (await processDb.query(`select count(*) from "Order" where status in ('SUBMITTED','HELD','FAILED')`)).rows[0]
        .count,
    );
  try {
    const token = signToken(TEST_TOKENS, { subject: 'bench', scopes: ['process:write'] });
    const url = `${platform.url}/process/v1/orders`;
    await load(url, { authorization: `Bearer ${token}` }, WARM_UP);
    while ((await settled()) < WARM_UP) await new Promise((resolve) => setTimeout(resolve, 100));

    const before = await submitted();
    const machineBefore = await machineCpuMs();
    const platformBefore = process.cpuUsage();
    const startedAt = performance.now();
    const accepted = await load(url, { authorization: `Bearer ${token}` }, ORDERS);
    while ((await settled()) < ORDERS + WARM_UP) await new Promise((resolve) => setTimeout(resolve, 50));
    const carriedSeconds = (performance.now() - startedAt) / 1000;
    const carried = (await submitted()) - before;
    const platformCpu = process.cpuUsage(platformBefore);
    const platformMs = (platformCpu.user + platformCpu.system) / 1000;
    const machineMs = (await machineCpuMs()) - machineBefore;

    const acceptedPerSecond = ORDERS / accepted.seconds;
    const carriedPerSecond = carried / carriedSeconds;
    const memory = process.memoryUsage();
    console.log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${ORDERS} orders, concurrency ${CONCURRENCY}`,
    );
    console.log(
      `(c) floor, bare express + INSERT:       ${floor.perSecond.toFixed(0)} req/s, p50 ${floor.p50.toFixed(1)} ms, p99 ${floor.p99.toFixed(1)} ms, ${floor.cpuMsPerRequest.toFixed(2)} ms of CPU per request on the machine`,
    );
    console.log(
      `(a) accepted through the gateway:        ${acceptedPerSecond.toFixed(0)} orders/s, p50 ${percentile(accepted.latencies, 50).toFixed(1)} ms, p99 ${percentile(accepted.latencies, 99).toFixed(1)} ms`,
    );
    console.log(
      `(b) carried to the ERP (SUBMITTED):      ${carriedPerSecond.toFixed(0)} orders/s (${carried} of ${ORDERS} in ${carriedSeconds.toFixed(1)} s)`,
    );
    console.log(
      `ratios: accepted / floor = ${((100 * acceptedPerSecond) / floor.perSecond).toFixed(0)} % (target ≥ 25 %); carried = ${carriedPerSecond.toFixed(0)} orders/s (target ≥ 250)`,
    );
    console.log(
      `CPU per order carried: ${(machineMs / ORDERS).toFixed(2)} ms on the machine, of which ${(platformMs / ORDERS).toFixed(2)} ms in this process (platform and load generator) and ${((machineMs - platformMs) / ORDERS).toFixed(2)} ms elsewhere (PostgreSQL, and anything else running)`,
    );
    console.log(
      `memory of the platform process: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`,
    );
  } finally {
    await processDb.end();
    await platform.close();
  }
} finally {
  await cluster.stop();
}
