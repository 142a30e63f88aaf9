/**
 * Benchmark: what counting requests in PostgreSQL (gateway.yaml's rateLimitStore, shared by every
 * gateway replica) costs per request against counting in the gateway's memory. One gateway in front of
 * a tier that answers at once, on a throwaway embedded PostgreSQL; the same calls in both modes,
 * alternated over ROUNDS. Prints requests/s, latency percentiles, and CPU time per request: this
 * process's (the gateway and the load generator, the same in both modes) and PostgreSQL's (its
 * processes under this one, from /proc). docs/performance.md records the figures. Linux only.
 *
 *   npx tsx tests/bench/gateway-rate-limit.bench.ts      (REQUESTS=5000 CONCURRENCY=8 ROUNDS=2)
 */
import { mkdtemp } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { loadGatewayFile } from '@crossdock/gateway/config/gateway-config';
import { startGateway } from '@crossdock/gateway/start-gateway';
import { signToken } from '@crossdock/shared-contracts/platform/auth/tokens';
import { startEmbeddedCluster } from '@crossdock/shared-contracts/platform/database/embedded-cluster';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import { startTestUpstream } from '@crossdock/shared-contracts/testing/test-upstream';
import { REPO_ROOT } from '../../openapi/generate-contracts';
import { TEST_TOKENS } from '../support/test-platform';

const REQUESTS = Number(process.env.REQUESTS ?? 5000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 8);
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const WARM_UP = 300;
const TICK_MS = 10;

/** CPU milliseconds of this process's descendants (the embedded PostgreSQL's postmaster and backends). */
function postgresCpuMs(): number {
  const parents = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ');
      parents.set(Number(entry), Number(fields[1]));
      // utime, stime, and those of reaped children (backends that ended).
      cpu.set(
        Number(entry),
        (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * TICK_MS,
      );
    } catch {
      // Ended while read.
    }
  }
  const below = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parents) if (!below.has(pid) && below.has(parent)) grew = below.add(pid) !== undefined;
  }
  below.delete(process.pid);
  return [...below].reduce((sum, pid) => sum + (cpu.get(pid) ?? 0), 0);
}

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;

const cluster = await startEmbeddedCluster({
  dataDir: await mkdtemp(path.join(os.tmpdir(), 'crossdock-rate-limit-bench-')),
  ephemeral: true,
});
await cluster.ensureDatabase('gateway');
const tier = await startTestUpstream([{ status: 200, body: { orders: [] } }]);
const logger = createLogger({ service: 'gateway', stream: new Writable({ write: (_c, _e, done) => done() }) });
const repositoryConfig = await loadGatewayFile(path.join(REPO_ROOT, 'gateway.yaml'), {});
const configFor = (databaseUrl: string) => ({ ...repositoryConfig, rateLimitStore: { databaseUrl } });
const authorization = `Bearer ${signToken(TEST_TOKENS, { subject: 'bench-ops', scopes: ['process:read'] })}`;

async function measure(mode: 'memory' | 'postgres') {
  const gateway = await startGateway({
    config: configFor(mode === 'postgres' ? cluster.urlFor('gateway') : ''),
    tokens: TEST_TOKENS,
    upstreams: { system: tier.baseUrl, process: tier.baseUrl, experience: tier.baseUrl },
    port: 0,
    logger,
  });
  const url = `${gateway.url}/process/v1/orders`;
  const run = async (count: number) => {
    const latencies: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < count) {
          next += 1;
          const started = performance.now();
          const answer = await fetch(url, { headers: { authorization } });
          await answer.arrayBuffer();
          if (answer.status !== 200) throw new Error(`expected 200, got ${answer.status}`);
          latencies.push(performance.now() - started);
        }
      }),
    );
    return latencies;
  };
  await run(WARM_UP);
  const cpuBefore = process.cpuUsage();
  const postgresBefore = postgresCpuMs();
  const started = performance.now();
  const latencies = (await run(REQUESTS)).sort((a, b) => a - b);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const postgresMs = postgresCpuMs() - postgresBefore;
  await gateway.close();
  return {
    mode,
    'requests/s': Math.round(REQUESTS / seconds),
    'p50 ms': percentile(latencies, 0.5).toFixed(2),
    'p99 ms': percentile(latencies, 0.99).toFixed(2),
    'this process CPU µs/request': Math.round((cpu.user + cpu.system) / REQUESTS),
    'PostgreSQL CPU µs/request': Math.round((postgresMs * 1000) / REQUESTS),
  };
}

const results = [];
for (let round = 0; round < ROUNDS; round += 1) results.push(await measure('memory'), await measure('postgres'));
console.log(
  `${REQUESTS} requests, ${CONCURRENCY} at a time, ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}`,
);
console.table(results);
await tier.close();
await cluster.stop();
