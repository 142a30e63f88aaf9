/**
 * Benchmark of the platform at rest (issue #20): how much CPU the whole platform burns when nothing
 * happens. Starts it as `pnpm start` does (the gateway and experience-apis on the main thread,
 * system-apis and process-apis in threads of their own) on a throwaway embedded PostgreSQL seeded
 * with the demo data, lets it settle, then samples the CPU time of the whole process tree — this
 * process (the platform; the benchmark itself only sleeps) and every PostgreSQL process it started,
 * whose idle queries count too — from /proc/<pid>/stat over `SAMPLE_S` seconds; and the
 * transactions each database committed meanwhile (what still wakes, from pg_stat_database).
 * Target: under 1 % of one core. Linux only (/proc).
 *
 *   npx -y pnpm@10 bench:idle          (SETTLE_S=30 SAMPLE_S=60 to change it)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedCluster } from '@crossdock/shared-contracts/platform/database/embedded-cluster';
import { startBenchPlatformOn } from '../support/bench-platform';

const SETTLE_S = Number(process.env.SETTLE_S ?? 30);
const SAMPLE_S = Number(process.env.SAMPLE_S ?? 60);
const TICK_MS = 1000 / 100; // USER_HZ is 100 on Linux

interface ProcessTimes {
  parent: number;
  /** utime + stime, and the same of children it has reaped (PostgreSQL's backends that ended). */
  cpuMs: number;
  rssBytes: number;
}

/** Every process on the machine, by pid, from /proc. */
function processTable(): Map<number, ProcessTimes> {
  const table = new Map<number, ProcessTimes>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ');
      // After the command: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14) ... rss(21)
      const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      table.set(Number(entry), {
        parent: Number(fields[1]),
        cpuMs: ticks * TICK_MS,
        rssBytes: Number(fields[21]) * 4096,
      });
    } catch {
      // The process ended while the table was read.
    }
  }
  return table;
}

/** This process and its descendants (PostgreSQL's postmaster and backends among them). */
function tree(table: Map<number, ProcessTimes>): Map<number, ProcessTimes> {
  const members = new Map<number, ProcessTimes>([[process.pid, table.get(process.pid)!]]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, times] of table)
      if (!members.has(pid) && members.has(times.parent)) {
        members.set(pid, times);
        grew = true;
      }
  }
  return members;
}

/** CPU time of each thread of this process so far, by thread name (the tiers' worker threads among them). */
function threadTimes(): Map<string, number> {
  const times = new Map<string, number>();
  for (const task of readdirSync(`/proc/${process.pid}/task`)) {
    try {
      const name = `${readFileSync(`/proc/${process.pid}/task/${task}/comm`, 'utf8').trim()}#${task}`;
      const fields = readFileSync(`/proc/${process.pid}/task/${task}/stat`, 'utf8').split(') ')[1]!.split(' ');
      times.set(name, (Number(fields[11]) + Number(fields[12])) * TICK_MS);
    } catch {
      // The thread ended while it was read.
    }
  }
  return times;
}

async function committed(client: pg.Client): Promise<Map<string, number>> {
  const { rows } = await client.query<{ datname: string; xacts: string }>(
    `select datname, (xact_commit + xact_rollback)::text as xacts from pg_stat_database where datname like 'bench_%'`,
  );
  return new Map(rows.map((row) => [row.datname, Number(row.xacts)]));
}

/** Reads of each table of a database so far (sequential and index scans): which tables idle work touches. */
async function tableReads(url: string): Promise<Map<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ relname: string; reads: string }>(
      `select relname, (coalesce(seq_scan, 0) + coalesce(idx_scan, 0))::text as reads from pg_stat_user_tables`,
    );
    return new Map(rows.map((row) => [row.relname, Number(row.reads)]));
  } finally {
    await client.end();
  }
}

const readsOf = async () => ({
  system: await tableReads(cluster.urlFor('bench_system')),
  process: await tableReads(cluster.urlFor('bench_process')),
});

const cluster = await startEmbeddedCluster({
  dataDir: await mkdtemp(path.join(os.tmpdir(), 'crossdock-bench-')),
  ephemeral: true,
});
try {
  const platform = await startBenchPlatformOn(cluster);
  const stats = new pg.Client({ connectionString: cluster.urlFor('postgres') });
  try {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_S * 1000));
    await stats.connect();
    const xactsBefore = await committed(stats);
    const readsBefore = await readsOf();
    const before = tree(processTable());
    const threadsBefore = threadTimes();
    const startedAt = performance.now();
    const load = os.loadavg();
    await new Promise((resolve) => setTimeout(resolve, SAMPLE_S * 1000));
    const after = tree(processTable());
    const threadsAfter = threadTimes();
    const seconds = (performance.now() - startedAt) / 1000;
    const xactsAfter = await committed(stats);
    const readsAfter = await readsOf();

    let node = 0;
    let postgres = 0;
    let rss = 0;
    for (const [pid, times] of after) {
      const spent = times.cpuMs - (before.get(pid)?.cpuMs ?? 0);
      if (pid === process.pid) node += spent;
      else postgres += spent;
      rss += times.rssBytes;
    }
    const percent = (ms: number) => `${((ms / 1000 / seconds) * 100).toFixed(2)} %`;
    console.log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average ${load.map((figure) => figure.toFixed(2)).join(' ')}`,
    );
    console.log(
      `at rest over ${seconds.toFixed(0)} s (after ${SETTLE_S} s to settle): ${percent(node + postgres)} of one core (target < 1 %) — platform process ${percent(node)} (${(node / 1000).toFixed(2)} CPU s), PostgreSQL ${percent(postgres)} (${(postgres / 1000).toFixed(2)} CPU s, ${after.size - 1} processes)`,
    );
    console.log(
      `memory: platform process RSS ${((after.get(process.pid)?.rssBytes ?? 0) / 2 ** 20).toFixed(0)} MiB, with PostgreSQL ${(rss / 2 ** 20).toFixed(0)} MiB (shared pages counted per process)`,
    );
    const threads = [...threadsAfter]
      .map(([name, ms]) => [name, ms - (threadsBefore.get(name) ?? 0)] as const)
      .filter(([, ms]) => ms > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(2)} s`);
    console.log(`CPU by thread of the platform process: ${threads.join(', ')}`);
    const wakes = [...xactsAfter].map(
      ([name, count]) => `${name} ${((count - (xactsBefore.get(name) ?? 0)) / seconds).toFixed(2)}/s`,
    );
    console.log(`transactions at rest: ${wakes.join(', ')}`);
    for (const tier of ['system', 'process'] as const) {
      const busiest = [...readsAfter[tier]]
        .map(([table, reads]) => [table, (reads - (readsBefore[tier].get(table) ?? 0)) / seconds] as const)
        .filter(([, perSecond]) => perSecond > 0)
        .sort((a, b) => b[1] - a[1])
        .map(([table, perSecond]) => `${table} ${perSecond.toFixed(2)}/s`);
      console.log(`tables read at rest (${tier}): ${busiest.join(', ') || 'none'}`);
    }
  } finally {
    await stats.end().catch(() => undefined);
    await platform.close();
  }
} finally {
  await cluster.stop();
}
