/**
 * The pipeline's job table against a real PostgreSQL: claims that never hand one job to two
 * workers, attempts counted when claimed, jobs that wait for their time, leases that give a dead
 * worker's jobs back, and a backoff that grows with the attempts — all by moving the `now` passed
 * in, never by sleeping.
 */
import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openProcessDatabase, type ProcessDatabase } from '../database';
import { claimJobs, scheduleRetry } from './job-queue';

const NOW = new Date('2026-11-27T12:00:00.000Z');
const LEASE_MS = 30_000;
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);

let db: ProcessDatabase;

beforeAll(async () => {
  db = await openProcessDatabase(await createTestDatabase('job_queue'));
});
afterAll(async () => {
  await db?.$disconnect();
});
// Claims take any due job in the table: each test starts from an empty one.
beforeEach(async () => {
  await db.pipelineJob.deleteMany();
});

/** Stores `count` orders, each with a job at `step`, due at `runAt`; answers their ids. */
async function readyJobs(
  count: number,
  fields: { runAt?: Date; attempts?: number; step?: string } = {},
): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  await db.order.createMany({
    data: ids.map((id) => ({
      id,
      channel: 'api',
      sourceOrderId: id,
      customerId: 'C-1001',
      status: 'RECEIVED',
      received: {},
      correlationId: 'test',
      createdBy: 'test',
    })),
  });
  await db.pipelineJob.createMany({
    data: ids.map((orderId) => ({
      orderId,
      step: fields.step ?? 'validate',
      state: 'ready',
      runAt: fields.runAt ?? NOW,
      attempts: fields.attempts ?? 0,
    })),
  });
  return ids;
}

const jobOf = (orderId: string) => db.pipelineJob.findUniqueOrThrow({ where: { orderId } });
const sorted = (ids: string[]) => [...ids].sort();

describe('claiming jobs', () => {
  it('claims the due jobs, counting the attempt and leasing each until now + the lease', async () => {
    const ids = await readyJobs(3, { step: 'enrich' });

    const claimed = await claimJobs(db, 10, NOW, LEASE_MS);

    expect(sorted(claimed.map((job) => job.orderId))).toEqual(sorted(ids));
    expect(claimed.every((job) => job.step === 'enrich' && job.attempts === 1)).toBe(true);
    for (const id of ids)
      expect(await jobOf(id)).toMatchObject({ attempts: 1, leasedUntil: at(LEASE_MS), state: 'ready' });
  });

  it('claims no more than the limit, oldest due first', async () => {
    const [older] = await readyJobs(1, { runAt: at(-2000) });
    const [old] = await readyJobs(1, { runAt: at(-1000) });
    await readyJobs(3);

    const claimed = await claimJobs(db, 2, NOW, LEASE_MS);

    expect(claimed.map((job) => job.orderId)).toEqual(expect.arrayContaining([older, old]));
    expect(claimed).toHaveLength(2);
  });

  it('skips, without waiting, the jobs another transaction is claiming', async () => {
    const ids = await readyJobs(10);
    const lockedByOther = ids.slice(0, 4);
    let releaseOther!: () => void;
    const otherMayFinish = new Promise<void>((resolve) => (releaseOther = resolve));
    let otherHasLocked!: () => void;
    const locked = new Promise<void>((resolve) => (otherHasLocked = resolve));

    // Another worker's claim, caught in the middle: it holds row locks on four jobs.
    const other = db.$transaction(async (tx) => {
      await tx.$queryRaw`select "orderId" from "PipelineJob" where "orderId" = any(${lockedByOther}::text[]) for update`;
      otherHasLocked();
      await otherMayFinish;
    });
    await locked;
    const claimed = await claimJobs(db, 10, NOW, LEASE_MS);
    releaseOther();
    await other;

    expect(sorted(claimed.map((job) => job.orderId))).toEqual(sorted(ids.slice(4)));
    for (const id of lockedByOther) expect(await jobOf(id)).toMatchObject({ attempts: 0, leasedUntil: null });
  });

  it('hands each of 10 ready jobs to exactly one of two workers claiming 10 at the same moment', async () => {
    const ids = await readyJobs(10);

    const [first, second] = await Promise.all([claimJobs(db, 10, NOW, LEASE_MS), claimJobs(db, 10, NOW, LEASE_MS)]);

    const all = [...first!, ...second!].map((job) => job.orderId);
    expect(sorted(all)).toEqual(sorted(ids));
    expect(new Set(all).size).toBe(10);
    for (const id of ids) expect((await jobOf(id)).attempts).toBe(1);
  });

  it('hands out every job once to many workers claiming a few each at once', async () => {
    const ids = await readyJobs(40);

    const claims = await Promise.all(Array.from({ length: 8 }, () => claimJobs(db, 5, NOW, LEASE_MS)));

    const all = claims.flat().map((job) => job.orderId);
    expect(all).toHaveLength(new Set(all).size);
    expect(claims.every((claim) => claim.length <= 5)).toBe(true);
    // What one round left unclaimed (a worker that found only locked rows) the next round takes.
    const rest = await claimJobs(db, 40, NOW, LEASE_MS);
    expect(sorted([...all, ...rest.map((job) => job.orderId)])).toEqual(sorted(ids));
  });

  it('leaves a job whose time has not come, and claims it once it has', async () => {
    const [later] = await readyJobs(1, { runAt: at(60_000) });

    expect(await claimJobs(db, 10, NOW, LEASE_MS)).toEqual([]);
    expect(await claimJobs(db, 10, at(59_999), LEASE_MS)).toEqual([]);
    expect(await claimJobs(db, 10, at(60_000), LEASE_MS)).toEqual([
      { orderId: later, step: 'validate', attempts: 1, runAt: at(60_000) },
    ]);
  });

  it('does not claim a leased job again until its lease has run out, then counts another attempt', async () => {
    const [id] = await readyJobs(1);
    await claimJobs(db, 10, NOW, 1000);

    expect(await claimJobs(db, 10, at(500), 1000)).toEqual([]);
    expect(await claimJobs(db, 10, at(1000), 1000)).toEqual([]);
    const reclaimed = await claimJobs(db, 10, at(1001), 1000);

    expect(reclaimed).toEqual([{ orderId: id, step: 'validate', attempts: 2, runAt: NOW }]);
    expect((await jobOf(id!)).leasedUntil).toEqual(at(2001));
  });

  it('never claims a job that is held, dead-lettered or done', async () => {
    const ids = await readyJobs(3);
    await Promise.all(
      ['held', 'dead', 'done'].map((state, index) =>
        db.pipelineJob.update({ where: { orderId: ids[index] }, data: { state } }),
      ),
    );

    expect(await claimJobs(db, 10, at(3_600_000), LEASE_MS)).toEqual([]);
  });
});

describe('scheduling a retry', () => {
  const BACKOFF = { baseMs: 1000, capMs: 60_000 };

  /** The wait scheduled for a job that has made `attempts` attempts, in ms after NOW. */
  async function waitAfter(attempts: number, backoff = BACKOFF): Promise<number> {
    const [id] = await readyJobs(1, { attempts });
    await db.pipelineJob.update({ where: { orderId: id }, data: { leasedUntil: at(LEASE_MS) } });
    await scheduleRetry(db, id!, 'ERP timed out', NOW, backoff);
    const job = await jobOf(id!);
    expect(job).toMatchObject({ state: 'ready', leasedUntil: null, lastError: 'ERP timed out', attempts });
    return job.runAt.getTime() - NOW.getTime();
  }

  it('waits longer the more attempts were made: half to all of base · 2^(attempts − 1)', async () => {
    const afterOne = await waitAfter(1);
    const afterThree = await waitAfter(3);
    const afterSix = await waitAfter(6);

    expect(afterOne).toBeGreaterThanOrEqual(500);
    expect(afterOne).toBeLessThanOrEqual(1000);
    expect(afterThree).toBeGreaterThanOrEqual(2000);
    expect(afterThree).toBeLessThanOrEqual(4000);
    expect(afterSix).toBeGreaterThanOrEqual(16_000);
    expect(afterSix).toBeLessThanOrEqual(32_000);
  });

  it('never waits longer than the cap, however many attempts', async () => {
    const capped = { baseMs: 1000, capMs: 10_000 };

    for (const attempts of [6, 20, 50]) {
      const wait = await waitAfter(attempts, capped);
      expect(wait).toBeGreaterThanOrEqual(5000);
      expect(wait).toBeLessThanOrEqual(10_000);
    }
  });

  it('spreads jobs that failed together over the window, so they do not retry in step', async () => {
    const ids = await readyJobs(20, { attempts: 3 });

    for (const id of ids) await scheduleRetry(db, id, 'ERP down', NOW, BACKOFF);

    const waits = (await db.pipelineJob.findMany({ where: { orderId: { in: ids } } })).map(
      (job) => job.runAt.getTime() - NOW.getTime(),
    );
    expect(waits.every((wait) => wait >= 2000 && wait <= 4000)).toBe(true);
    expect(new Set(waits).size).toBeGreaterThan(10);
  });

  it('is claimable when its time comes, and not before', async () => {
    const [id] = await readyJobs(1, { attempts: 1 });
    await scheduleRetry(db, id!, 'ERP down', NOW, { baseMs: 1000, capMs: 1000 });
    const { runAt } = await jobOf(id!);

    expect(await claimJobs(db, 10, new Date(runAt.getTime() - 1), LEASE_MS)).toEqual([]);
    expect(await claimJobs(db, 10, runAt, LEASE_MS)).toEqual([{ orderId: id, step: 'validate', attempts: 2, runAt }]);
  });
});
