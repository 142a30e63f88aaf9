/**
 * What the benchmarks share: the platform as `crossdock start` runs it (system-apis and
 * process-apis in threads of their own) on a throwaway embedded PostgreSQL seeded with the demo
 * data, its log lines discarded; and the percentile of sorted figures. Not a test file.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import {
  startEmbeddedCluster,
  type EmbeddedCluster,
} from '@crossdock/shared-contracts/platform/database/embedded-cluster';
import { loadGatewayFile } from '@crossdock/gateway/config/gateway-config';
import { startPlatform, type RunningPlatform } from '@crossdock/launcher/embedded/start-platform';
import { REPO_ROOT, TEST_TOKENS } from './test-platform';

/** The platform on `cluster`'s `bench_system` and `bench_process` databases. */
export async function startBenchPlatformOn(cluster: EmbeddedCluster): Promise<RunningPlatform> {
  for (const name of ['bench_system', 'bench_process']) await cluster.ensureDatabase(name);
  return startPlatform({
    gateway: await loadGatewayFile(path.join(REPO_ROOT, 'gateway.yaml'), {}),
    tokens: TEST_TOKENS,
    dataDir: '(unused)',
    databases: { system: cluster.urlFor('bench_system'), process: cluster.urlFor('bench_process') },
    port: 0,
    logStream: new Writable({ write: (_chunk, _encoding, done) => done() }),
    marketplacePartnersFile: path.join(REPO_ROOT, 'marketplace-partners.yaml'),
    threads: true,
  });
}

/** The platform on a cluster of its own; `close` stops both. */
export async function startBenchPlatform(): Promise<{ platform: RunningPlatform; close(): Promise<void> }> {
  const cluster = await startEmbeddedCluster({
    dataDir: await mkdtemp(path.join(os.tmpdir(), 'crossdock-bench-')),
    ephemeral: true,
  });
  const platform = await startBenchPlatformOn(cluster);
  return {
    platform,
    close: async () => {
      await platform.close();
      await cluster.stop();
    },
  };
}

/** The `p`th percentile of figures sorted in ascending order. */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
