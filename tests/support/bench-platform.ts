/**
 * The platform as the benchmarks run it: `pnpm start`'s embedded default on a throwaway embedded
 * PostgreSQL (seeded with the demo data), its log lines discarded. Not a test file.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { startEmbeddedCluster } from '@crossdock/shared-contracts/database/embedded-cluster';
import { loadGatewayFile } from '@crossdock/gateway/config/gateway-config';
import { startPlatform, type RunningPlatform } from '@crossdock/gateway/embedded/start-platform';
import { REPO_ROOT, TEST_TOKENS } from './test-platform';

export async function startBenchPlatform(): Promise<{ platform: RunningPlatform; close(): Promise<void> }> {
  const cluster = await startEmbeddedCluster({ dataDir: await mkdtemp(path.join(os.tmpdir(), 'crossdock-bench-')), ephemeral: true });
  await cluster.ensureDatabase('bench_system');
  await cluster.ensureDatabase('bench_process');
  const platform = await startPlatform({
    gateway: await loadGatewayFile(path.join(REPO_ROOT, 'gateway.yaml'), {}),
    tokens: TEST_TOKENS,
    dataDir: '(unused)',
    databases: { system: cluster.urlFor('bench_system'), process: cluster.urlFor('bench_process') },
    port: 0,
    logStream: new Writable({ write: (_chunk, _encoding, done) => done() }),
    marketplacePartnersFile: path.join(REPO_ROOT, 'marketplace-partners.yaml'),
    // As `crossdock start` runs it: system-apis and process-apis in threads of their own.
    threads: true,
  });
  return {
    platform,
    close: async () => {
      await platform.close();
      await cluster.stop();
    },
  };
}
