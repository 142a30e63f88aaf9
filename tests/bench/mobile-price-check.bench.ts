/**
 * Benchmark: the mobile app's price check of 200 SKUs for one customer, through the gateway
 * (gateway → experience → system: one price resolution and the inventory of the 200 items), on a
 * throwaway embedded PostgreSQL with the seeded catalogue. Prints latency percentiles of full
 * answers (200) and of unchanged ones (304 with If-None-Match); docs/performance.md records them.
 *
 *   npx -y pnpm@10 bench:price-check      (REQUESTS=1000 CONCURRENCY=4 to change the load)
 */
import os from 'node:os';
import { signToken } from '@crossdock/shared-contracts/platform/auth/tokens';
import { startBenchPlatform } from '../support/bench-platform';
import { TEST_TOKENS } from '../support/test-platform';

const REQUESTS = Number(process.env.REQUESTS ?? 500);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 1);
const WARM_UP = 50;
const SKUS = 200;
const TARGET_P99_MS = 50;

const { platform, close } = await startBenchPlatform();

const operations = signToken(TEST_TOKENS, { subject: 'bench-setup', scopes: ['system:read'] });
const catalogue = (await (
  await fetch(`${platform.url}/system/v1/items?status=active&limit=${SKUS}`, {
    headers: { authorization: `Bearer ${operations}` },
  })
).json()) as { items: { sku: string }[] };
const skus = catalogue.items.map((item) => item.sku);
if (skus.length !== SKUS) throw new Error(`the seeded catalogue gave ${skus.length} active items, not ${SKUS}`);
// Mixed quantities, as a rep's visit list has them: every third at a case quantity of base units.
const items = skus.map((sku, index) => (index % 3 === 0 ? `${sku}:12` : sku)).join(',');
const url = `${platform.url}/experience/mobile/v1/customers/C-1001/price-check?items=${encodeURIComponent(items)}`;

/** One rep per worker: the gateway counts each rep's allowance on its own. */
const repToken = (worker: number) =>
  signToken(TEST_TOKENS, { subject: `bench-rep-${worker}`, scopes: ['mobile:read'], customerIds: ['C-1001'] });

async function priceCheck(token: string, etag?: string): Promise<{ ms: number; etag: string; bytes: number }> {
  const started = performance.now();
  const answer = await fetch(url, {
    headers: { authorization: `Bearer ${token}`, ...(etag ? { 'if-none-match': etag } : {}) },
  });
  const body = await answer.arrayBuffer();
  const expected = etag ? 304 : 200;
  if (answer.status !== expected)
    throw new Error(`expected ${expected}, got ${answer.status}: ${Buffer.from(body).toString().slice(0, 300)}`);
  return { ms: performance.now() - started, etag: answer.headers.get('etag') ?? '', bytes: body.byteLength };
}

async function run(count: number, conditional: boolean): Promise<{ latencies: number[]; bytes: number }> {
  const latencies: number[] = [];
  let bytes = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_unused, worker) => {
      const token = repToken(worker);
      const etag = conditional ? (await priceCheck(token)).etag : undefined;
      while (next < count) {
        next += 1;
        const result = await priceCheck(token, etag);
        latencies.push(result.ms);
        bytes = result.bytes;
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), bytes };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const describe = (sorted: number[]) =>
  `p50 ${percentile(sorted, 50).toFixed(1)}, p95 ${percentile(sorted, 95).toFixed(1)}, p99 ${percentile(sorted, 99).toFixed(1)}, max ${(sorted.at(-1) ?? 0).toFixed(1)}`;

try {
  await run(WARM_UP, false);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const full = await run(REQUESTS, false);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const unchanged = await run(REQUESTS, true);
  const memory = process.memoryUsage();
  const p99 = percentile(full.latencies, 99);
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  console.log(
    `mobile price check of ${SKUS} SKUs for C-1001: ${REQUESTS} requests at concurrency ${CONCURRENCY}, after ${WARM_UP} to warm up`,
  );
  console.log(
    `full answers (200, ${(full.bytes / 1024).toFixed(1)} KiB each), latency ms: ${describe(full.latencies)}; ${(REQUESTS / seconds).toFixed(0)} checks/s`,
  );
  console.log(`unchanged answers (304, If-None-Match), latency ms: ${describe(unchanged.latencies)}`);
  console.log(
    `CPU of the platform process (gateway and three tiers, not PostgreSQL) per full answer: ${((cpu.user + cpu.system) / 1000 / REQUESTS).toFixed(1)} ms`,
  );
  console.log(`p99 of full answers ${p99 < TARGET_P99_MS ? 'meets' : 'MISSES'} the ${TARGET_P99_MS} ms target`);
  console.log(
    `memory of the platform process: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`,
  );
} finally {
  await close();
}
