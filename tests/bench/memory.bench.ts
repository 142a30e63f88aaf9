/**
 * Benchmark of the platform's memory at rest (issue #20: the whole platform under 300 MiB on the embedded
 * default). Starts the platform as a user does, on a fresh embedded PostgreSQL seeded with the demo data —
 * from the sources under tsx (`pnpm dev`, what `pnpm start` ran before the build) and from the build
 * (`pnpm start`) — lets it settle, then reads the memory of the whole process tree from /proc: every process's
 * RSS and PSS (proportional set size: a page shared by n processes counts 1/n in each, so PostgreSQL's shared
 * buffers and the libraries count once in the sum), and each V8 heap of the platform's threads from their
 * Prometheus figures (the main thread runs the gateway and experience-apis; system-apis and process-apis have a
 * thread each). Linux only (/proc).
 *
 *   npx -y pnpm@10 bench:memory          (SETTLE_S=30 to change how long it settles; RUNS=build for one run)
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPlatformProcess } from '@crossdock/launcher/build/platform-process';
import { parsePrometheusText } from '../support/prometheus-text';
import { REPO_ROOT } from '../support/test-platform';

const SETTLE_S = Number(process.env.SETTLE_S ?? 30);
const MIB = 2 ** 20;

/**
 * `tsx` is how `pnpm start` ran before the build (now `pnpm dev`); `build` is how `pnpm start` runs now; the
 * last two are the build with one of its memory settings taken back (32 MiB semi-spaces, as `pnpm start` had;
 * glibc's default of a malloc arena per thread), to show what each is worth.
 */
const BUILD = [process.execPath, 'launcher/dist/main.js'];
const RUNS: Record<string, { command: string[]; env?: Record<string, string> }> = {
  tsx: {
    command: [path.join(REPO_ROOT, 'node_modules/.bin/tsx'), '--max-semi-space-size=32', 'launcher/src/cli/main.ts'],
  },
  build: { command: BUILD, env: { MALLOC_ARENA_MAX: '2' } },
  'build-semi-space-32': {
    command: [process.execPath, '--max-semi-space-size=32', ...BUILD.slice(1)],
    env: { MALLOC_ARENA_MAX: '2' },
  },
  'build-malloc-arenas-default': { command: BUILD },
};

interface Member {
  pid: number;
  name: string;
  rss: number;
  pss: number;
  pssAnon: number;
}

/** `pid` and every process below it, with the memory of each (bytes). */
function processTree(root: number): Member[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      parents.set(Number(entry), Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]));
    } catch {
      // Ended while the table was read.
    }
  }
  const pids = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parents)
      if (!pids.has(pid) && pids.has(parent)) {
        pids.add(pid);
        grew = true;
      }
  }
  return [...pids].flatMap((pid) => {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0) * 1024;
      const name = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      return [{ pid, name, rss: field('Rss'), pss: field('Pss'), pssAnon: field('Pss_Anon') }];
    } catch {
      return [];
    }
  });
}

/** A thread's V8 heap and the memory outside it, from the default metrics of its Prometheus registry. */
async function heapOf(url: string): Promise<string> {
  const samples = parsePrometheusText(await (await fetch(url)).text());
  const value = (name: string) => (samples.find((sample) => sample.name === name)?.value ?? 0) / MIB;
  return `heap ${value('nodejs_heap_size_used_bytes').toFixed(0)} used of ${value('nodejs_heap_size_total_bytes').toFixed(0)} MiB, external ${value('nodejs_external_memory_bytes').toFixed(0)} MiB`;
}

const sum = (members: Member[], pick: (member: Member) => number) =>
  (members.reduce((total, member) => total + pick(member), 0) / MIB).toFixed(0);

execFileSync(process.execPath, ['launcher/build.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
for (const run of process.env.RUNS?.split(',') ?? Object.keys(RUNS)) {
  const platform = await startPlatformProcess({
    root: REPO_ROOT,
    command: RUNS[run]!.command,
    env: { CROSSDOCK_METRICS_ALLOW_FROM: '127.0.0.1', ...RUNS[run]!.env },
    // A fresh cluster's initdb, migrations and seeding take minutes on a loaded machine.
    timeoutMs: 300_000,
  });
  try {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_S * 1000));
    const load = os.loadavg();
    const tree = processTree(platform.child.pid!);
    const node = tree.filter((member) => member.name !== 'postgres');
    const postgres = tree.filter((member) => member.name === 'postgres');
    console.log(
      `${run}, at rest after ${SETTLE_S} s (load average ${load.map((figure) => figure.toFixed(2)).join(' ')}): ` +
        `whole platform PSS ${sum(tree, (member) => member.pss)} MiB (RSS summed ${sum(tree, (member) => member.rss)} MiB)`,
    );
    for (const member of node)
      console.log(
        `  node ${member.pid}: RSS ${sum([member], (it) => it.rss)} MiB, PSS ${sum([member], (it) => it.pss)} MiB (anonymous ${sum([member], (it) => it.pssAnon)} MiB)`,
      );
    console.log(
      `  PostgreSQL, ${postgres.length} processes: PSS ${sum(postgres, (it) => it.pss)} MiB (anonymous ${sum(postgres, (it) => it.pssAnon)}, RSS summed ${sum(postgres, (it) => it.rss)} MiB)`,
    );
    console.log(`  main thread (gateway, experience-apis): ${await heapOf(`${platform.url}/metrics`)}`);
    for (const tier of ['system', 'process'])
      console.log(`  ${tier}-apis thread: ${await heapOf(`${platform.url}/metrics/${tier}`)}`);
  } finally {
    await platform.stop();
  }
}
