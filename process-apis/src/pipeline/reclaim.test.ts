/**
 * A crash delays an order by seconds, not a lease, against a real PostgreSQL: a worker known to be
 * gone (its heartbeat stale, or its backend gone) has its jobs claimed again by another worker at
 * once, though their lease runs for an hour; a live worker waiting on a slow ERP keeps its jobs;
 * a worker that stops removes its row, and rows of workers long gone are swept a bounded number at
 * a time. One worker really is killed (SIGKILL, a process of its own).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ConfigurationError } from '@crossdock/shared-contracts/platform/config/env';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadPipelineSettings } from '../config';
import { openProcessDatabase, type ProcessDatabase } from '../database';
import type { SystemApi } from '../system-api/system-api';
import { claimJobs } from './job-queue';
import { storeClaimedOrder } from './pipeline-test-orders';
import type { PipelineStep } from './step';
import { startPipelineWorker } from './worker';
import { registerPipelineWorker } from './worker-registry';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const quiet = createLogger({ service: 'test', stream: new Writable({ write: (_chunk, _encoding, done) => done() }) });
const HOUR_MS = 3_600_000;
// Heartbeats every 2 s, a backend gone counts after 4 s without one, a heartbeat older than 10 s is a death.
const RECLAIM_AFTER_MS = 10_000;

let databaseUrl: string;
let db: ProcessDatabase;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  databaseUrl = await createTestDatabase('pipeline_reclaim');
  db = await openProcessDatabase(databaseUrl);
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await db?.$disconnect();
});
// Claims take any due job in the table: each test starts from an empty one.
beforeEach(async () => {
  await db.pipelineJob.deleteMany();
  await db.pipelineWorker.deleteMany();
});

/** An order whose job at validate is leased for an hour by `worker`, and last moved `unmovedForMs` ago. */
async function leasedBy(worker: string, unmovedForMs = 0): Promise<string> {
  const id = await storeClaimedOrder(db, new Date(), new Date(Date.now() + HOUR_MS));
  const movedAt = new Date(Date.now() - unmovedForMs);
  await db.$executeRaw`update "PipelineJob" set "leasedBy" = ${worker}, "updatedAt" = ${movedAt}::timestamp where "orderId" = ${id}`;
  return id;
}

/** An order whose job at validate is ready now, claimed by nobody. */
async function readyOrder(): Promise<string> {
  const id = await storeClaimedOrder(db, new Date(), new Date());
  await db.pipelineJob.update({ where: { orderId: id }, data: { leasedUntil: null, attempts: 0 } });
  return id;
}

/** The backend (pid, start) of a connection: one kept open by the test, or one that has ended. */
async function backendOf(client?: pg.Client): Promise<{ pid: number; backend_start: string }> {
  const connection = client ?? new pg.Client({ connectionString: databaseUrl });
  if (!client) await connection.connect();
  const { rows } = await connection.query(
    `select "pid", "backend_start"::text from pg_stat_activity where "pid" = pg_backend_pid()`,
  );
  if (!client) {
    await connection.end();
    // The backend ends a moment after its client hung up.
    await eventually(
      async () =>
        (await db.$queryRaw<unknown[]>`select 1 from pg_stat_activity where "pid" = ${rows[0].pid}`).length === 0,
    );
  }
  return rows[0];
}

/** Registers a worker row with a heartbeat `heartbeatAgoMs` ago (PostgreSQL's clock), on `backend`. */
async function workerRow(id: string, heartbeatAgoMs: number, backend: { pid: number; backend_start: string }) {
  await db.$executeRaw`
    insert into "PipelineWorker" ("id", "backendPid", "backendStart", "startedAt", "heartbeatAt")
    values (${id}, ${backend.pid}, ${backend.backend_start}::timestamptz, now(), clock_timestamp() - make_interval(secs => ${heartbeatAgoMs}::float8 / 1000))`;
}

const jobOf = (orderId: string) => db.pipelineJob.findUniqueOrThrow({ where: { orderId } });

/** Waits until `check` holds, looking every 50 ms; the bound is generous, not a speed check. */
async function eventually(check: () => boolean | Promise<boolean>, withinMs = 60_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the condition did not come true in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A saga of one step that writes down each order it runs, and takes `ms` to answer. */
function countingSaga(ms = 0) {
  const ran: string[] = [];
  const step: PipelineStep = {
    id: 'validate',
    invoke: async (_context, orders) => {
      ran.push(...orders.map((entry) => entry.order.id));
      await new Promise((resolve) => setTimeout(resolve, ms));
      return orders.map(() => ({ kind: 'next' as const, detail: 'validated' }));
    },
  };
  return { saga: [step], ran };
}

async function startWorker(saga: PipelineStep[], reclaimAfterMs = RECLAIM_AFTER_MS) {
  const identity = await registerPipelineWorker(databaseUrl, reclaimAfterMs, quiet);
  const retry = { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 60_000, leaseMs: HOUR_MS };
  const worker = startPipelineWorker(
    { db, systemApi: {} as SystemApi, logger: quiet, clock: { now: () => new Date() }, retry, saga },
    { concurrency: 1, batchSize: 10, pollIntervalMs: 50, intakeFirstMs: 0 },
    { identity },
  );
  return { identity, stop: () => worker.stop().then(() => identity.deregister()) };
}

describe('claiming the jobs of other workers', () => {
  it('takes those of a worker gone or unknown, at once, and leaves those of a live worker and of one just reconnecting', async () => {
    const live = new pg.Client({ connectionString: databaseUrl });
    await live.connect();
    try {
      const kept = [
        await leasedBy('live'),
        await leasedBy('live-but-quiet'),
        await leasedBy('backend-just-gone'),
        // Maybe a worker that registered while the claim ran, and claimed this job meanwhile.
        await leasedBy('not-registered-yet'),
      ];
      const gone = [
        await leasedBy('backend-gone'),
        await leasedBy('heartbeat-stale'),
        await leasedBy('no-longer-registered', RECLAIM_AFTER_MS + 1000),
      ];
      // Heartbeats every 2 s; a worker whose backend is gone gets 4 s to beat on a new one.
      const [alive, ended] = [await backendOf(live), await backendOf()];
      await workerRow('live', 0, alive);
      await workerRow('live-but-quiet', 6000, alive);
      await workerRow('backend-just-gone', 0, ended);
      await workerRow('backend-gone', 6000, ended);
      await workerRow('heartbeat-stale', RECLAIM_AFTER_MS + 1000, alive);

      // Without a claimant's identity, only leases count: nothing is due for an hour.
      expect(await claimJobs(db, 10, new Date(), HOUR_MS)).toEqual([]);

      const claimant = { id: 'claimant', reclaimAfterMs: RECLAIM_AFTER_MS };
      const claimed = await claimJobs(db, 10, new Date(), HOUR_MS, claimant);

      expect(claimed.map((job) => job.orderId).sort()).toEqual([...gone].sort());
      for (const id of gone) expect(await jobOf(id)).toMatchObject({ leasedBy: 'claimant', attempts: 2 });
      for (const id of kept) expect(await jobOf(id)).toMatchObject({ attempts: 1 });
    } finally {
      await live.end();
    }
  });

  it('hands each job of a gone worker to one replica only when several reclaim at once', async () => {
    const gone = await Promise.all(Array.from({ length: 20 }, () => leasedBy('gone', RECLAIM_AFTER_MS + 1000)));
    const replicas = await Promise.all(
      [1, 2, 3].map(() => registerPipelineWorker(databaseUrl, RECLAIM_AFTER_MS, quiet)),
    );
    try {
      const claims = await Promise.all(replicas.map((replica) => claimJobs(db, 20, new Date(), HOUR_MS, replica)));
      const taken = claims.flat().map((job) => job.orderId);
      expect(taken.sort()).toEqual([...gone].sort());
    } finally {
      await Promise.all(replicas.map((replica) => replica.deregister()));
    }
  });
});

describe('a worker killed mid-batch', () => {
  it('has its jobs taken by another worker long before their lease ends, each run to the end once', async () => {
    const orders = [await readyOrder(), await readyOrder()];
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(HERE, 'reclaim-test-worker.ts')], {
      cwd: HERE,
      env: { PATH: process.env.PATH ?? '', RECLAIM_DATABASE_URL: databaseUrl, RECLAIM_AFTER_MS: `${RECLAIM_AFTER_MS}` },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.add(child);
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // The killed worker had both orders in its batch, at the ERP, when it died.
    await eventually(() => orders.every((id) => output.includes(id)));
    child.kill('SIGKILL');
    await exited;

    const { saga, ran } = countingSaga();
    const replica = await startWorker(saga);
    try {
      await eventually(async () => (await Promise.all(orders.map(jobOf))).every((job) => job.state === 'done'));
    } finally {
      await replica.stop();
    }
    expect(ran.sort()).toEqual([...orders].sort());
    expect(output.match(/^running /gm)).toHaveLength(1);
    for (const id of orders) expect(await jobOf(id)).toMatchObject({ attempts: 2, leasedBy: replica.identity.id });
  }, 120_000);
});

describe('a live worker waiting on a slow ERP', () => {
  it('keeps its jobs while it waits, its heartbeat going on: another worker never runs them', async () => {
    // Heartbeats every 400 ms; the ERP answers after more than twice the time that would make a
    // silent worker count as gone.
    const reclaimAfterMs = 2000;
    const slow = countingSaga(2.5 * reclaimAfterMs);
    const first = await startWorker(slow.saga, reclaimAfterMs);
    const other = countingSaga();
    let second: Awaited<ReturnType<typeof startWorker>> | undefined;
    try {
      const order = await readyOrder();
      await eventually(() => slow.ran.includes(order));
      second = await startWorker(other.saga, reclaimAfterMs);
      await eventually(async () => (await jobOf(order)).state === 'done');
      expect(slow.ran).toEqual([order]);
      expect(other.ran).toEqual([]);
    } finally {
      await second?.stop();
      await first.stop();
    }
  }, 120_000);
});

describe('a live worker taken for gone', () => {
  it('writes nothing more for a job another worker took over meanwhile', async () => {
    const ran: string[] = [];
    let answerErp = () => undefined as void;
    const held: PipelineStep = {
      id: 'validate',
      invoke: async (_context, orders) => {
        ran.push(...orders.map((entry) => entry.order.id));
        await new Promise<void>((resolve) => (answerErp = resolve));
        return orders.map(() => ({ kind: 'next' as const, detail: 'validated' }));
      },
    };
    const first = await startWorker([held]);
    const order = await readyOrder();
    try {
      await eventually(() => ran.includes(order));
      // As a claim by another worker leaves the job, this one having been silent too long.
      await db.pipelineJob.update({ where: { orderId: order }, data: { leasedBy: 'took-over' } });
    } finally {
      answerErp();
      await first.stop();
    }
    expect(await jobOf(order)).toMatchObject({ state: 'ready', step: 'validate', leasedBy: 'took-over' });
    expect(await db.orderTimelineEntry.count({ where: { orderId: order } })).toBe(0);
  });
});

describe('the worker registry', () => {
  it('removes the row of a worker that stops: what it still held is free once unmoved for the reclaim time, not the lease', async () => {
    const registration = await registerPipelineWorker(databaseUrl, RECLAIM_AFTER_MS, quiet);
    const held = await leasedBy(registration.id);
    const other = { id: 'other', reclaimAfterMs: RECLAIM_AFTER_MS };
    const later = new Date(Date.now() + RECLAIM_AFTER_MS + 1000);
    expect(await claimJobs(db, 10, later, HOUR_MS, other)).toEqual([]);

    await registration.deregister();

    expect(await db.pipelineWorker.count()).toBe(0);
    const claimed = await claimJobs(db, 10, later, HOUR_MS, other);
    expect(claimed.map((job) => job.orderId)).toEqual([held]);
  });

  it('sweeps the rows of workers gone for over an hour, at most 100 at a registration, and keeps the recent ones', async () => {
    const ended = await backendOf();
    for (let i = 0; i < 105; i++) await workerRow(`long-gone-${i}`, HOUR_MS + 60_000, ended);
    await workerRow('recently-gone', 60_000, ended);

    const registration = await registerPipelineWorker(databaseUrl, RECLAIM_AFTER_MS, quiet);
    try {
      const left = await db.pipelineWorker.findMany({ select: { id: true } });
      expect(left.filter((row) => row.id.startsWith('long-gone-'))).toHaveLength(5);
      expect(left.map((row) => row.id)).toEqual(expect.arrayContaining(['recently-gone', registration.id]));
    } finally {
      await registration.deregister();
    }
  });
});

describe('the reclaim setting', () => {
  it('is 5 s unless CROSSDOCK_PIPELINE_RECLAIM_AFTER_MS says otherwise, and no less than 500 ms', () => {
    expect(loadPipelineSettings({}).reclaimAfterMs).toBe(5000);
    expect(loadPipelineSettings({ CROSSDOCK_PIPELINE_RECLAIM_AFTER_MS: '2000' }).reclaimAfterMs).toBe(2000);
    expect(() => loadPipelineSettings({ CROSSDOCK_PIPELINE_RECLAIM_AFTER_MS: '100' })).toThrow(ConfigurationError);
  });
});
