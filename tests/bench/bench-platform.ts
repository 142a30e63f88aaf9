/**
 * What the benchmarks share: the platform as `crossdock start` runs it (tiers in threads of their
 * own) on the throwaway cluster's `bench_system` and `bench_process` databases, with its log lines
 * discarded; and the percentile of sorted figures.
 */
import path from 'node:path';
import { Writable } from 'node:stream';
import type { EmbeddedCluster } from '@crossdock/shared-contracts/database/embedded-cluster';
import { loadGatewayFile } from '@crossdock/gateway/config/gateway-config';
import { startPlatform, type RunningPlatform } from '@crossdock/gateway/embedded/start-platform';
import { REPO_ROOT, TEST_TOKENS } from '../support/test-platform';

export async function startBenchPlatform(cluster: EmbeddedCluster): Promise<RunningPlatform> {
  for (const name of ['bench_system', 'bench_process']) await cluster.ensureDatabase(name);
  return startPlatform({
    gateway: await loadGatewayFile(path.join(REPO_ROOT, 'gateway.yaml'), {}),
    tokens: TEST_TOKENS,
    dataDir: '(unused)',
    databases: { system: cluster.urlFor('bench_system'), process: cluster.urlFor('bench_process') },
    port: 0,
    logStream: new Writable({ write: (_chunk, _encoding, done) => done() }),
    threads: true,
  });
}

/** The `p`th percentile of figures sorted in ascending order. */
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
