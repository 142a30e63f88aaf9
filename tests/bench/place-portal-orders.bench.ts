/**
 * Benchmark: portal orders placed end to end through the gateway (experience → process → system →
 * reference ERP), on a throwaway embedded PostgreSQL. Prints throughput, latency percentiles and
 * memory; docs/performance.md records the figures with the machine they came from.
 *
 *   npx -y pnpm@10 bench            (ORDERS=400 CONCURRENCY=16 to change the load)
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { signToken } from '@crossdock/shared-contracts/platform/auth/tokens';
import { startBenchPlatform } from '../support/bench-platform';
import { TEST_TOKENS } from '../support/test-platform';

const ORDERS = Number(process.env.ORDERS ?? 300);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 8);
const WARM_UP = 20;

const { platform, close } = await startBenchPlatform();
const token = signToken(TEST_TOKENS, { subject: 'bench', scopes: ['portal:write'], customerId: 'C-1001' });

let notConfirmedInTheWait = 0;

async function placeOrder(): Promise<number> {
  const started = performance.now();
  const answer = await fetch(`${platform.url}/experience/portal/v1/orders`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify({
      lines: [
        { sku: 'HXB-004', quantity: 600 },
        { sku: 'GLV-002', quantity: 2, uom: 'CS' },
        { sku: 'PVC-003', quantity: 10 },
      ],
    }),
  });
  await answer.arrayBuffer();
  // 201: confirmed within the buyer's wait; 202: received, to be confirmed later (counted apart, not hidden).
  if (answer.status === 202) notConfirmedInTheWait += 1;
  else if (answer.status !== 201) throw new Error(`unexpected status ${answer.status}`);
  return performance.now() - started;
}

async function run(count: number): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        next += 1;
        latencies.push(await placeOrder());
      }
    }),
  );
  return latencies;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

try {
  await run(WARM_UP);
  const started = performance.now();
  const latencies = (await run(ORDERS)).sort((a, b) => a - b);
  const seconds = (performance.now() - started) / 1000;
  const memory = process.memoryUsage();
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  console.log(`portal orders placed end to end: ${ORDERS} at concurrency ${CONCURRENCY}`);
  console.log(`throughput: ${(ORDERS / seconds).toFixed(1)} orders/s`);
  console.log(`answered 202 (received, not yet confirmed within the buyer's wait): ${notConfirmedInTheWait}`);
  console.log(
    `latency ms: p50 ${percentile(latencies, 50).toFixed(1)}, p95 ${percentile(latencies, 95).toFixed(1)}, p99 ${percentile(latencies, 99).toFixed(1)}, max ${(latencies.at(-1) ?? 0).toFixed(1)}`,
  );
  console.log(
    `memory of the platform process: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`,
  );
} finally {
  await close();
}
