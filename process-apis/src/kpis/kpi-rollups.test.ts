/**
 * The KPIs' hourly rollups (OrderKpiHour, migration 20261208010000_kpi_hourly_rollups) against a real
 * PostgreSQL: a report over closed hours reads them, and when something about an order of a closed hour
 * changes after its rollup was built (shipped, its hold released), the report's figures are still the ones
 * the facts give, as they are when the rollups cannot be rebuilt and the report reads the facts instead; and
 * the sweep rebuilds, a bounded number at a time, the dirty hours no report asked for.
 */
import pg from 'pg';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storePartner, storePartnerOrder } from '../alerts/alert-test-kit';
import { openProcessDatabase, type ProcessDatabase } from '../database';
import { computeKpis, type KpiQuery } from './compute-kpis';
import { sweepDirtyKpiHours } from './kpi-sweep';

const HOUR = 3_600_000;
const TEN = new Date('2026-12-07T10:00:00.000Z');
const at = (ms: number) => new Date(TEN.getTime() + ms);
const ACME = { id: 'acme', channel: 'x12' };
const window = { from: at(-HOUR / 2), to: at(2 * HOUR), bucket: 'hour' as const };

let db: ProcessDatabase;
let url: string;

beforeAll(async () => {
  url = await createTestDatabase('kpi_rollups');
  db = await openProcessDatabase(url);
  await storePartner(db, ACME.id, 'ACME', ACME.channel);
});
afterAll(async () => {
  await db?.$disconnect();
});

function entry(orderId: string, step: string, when: Date, actor = 'pipeline') {
  return db.orderTimelineEntry.create({
    data: { orderId, step, outcome: 'succeeded', at: when, actor, correlationId: `corr-${orderId}` },
  });
}

/** The report as the facts alone give it: the rollups' rebuild is held by another session, every hour dirty. */
async function reportFromFacts(query: KpiQuery = window) {
  const other = new pg.Client({ connectionString: url });
  await other.connect();
  try {
    await other.query(`select pg_advisory_lock(hashtext('crossdock_rebuild_kpi_hours'))`);
    await other.query(`select crossdock_mark_kpi_hours(array(select "receivedAt" from "OrderKpiFact"))`);
    return await computeKpis(db, query);
  } finally {
    await other.end();
  }
}

describe('the KPIs’ hourly rollups', () => {
  it('stay exact when an order of a closed hour is shipped or its hold released after they were built', async () => {
    const first = await storePartnerOrder(db, ACME, at(5 * 60_000));
    const held = await storePartnerOrder(db, ACME, at(20 * 60_000), 'CREDIT_LIMIT');
    const third = await storePartnerOrder(db, ACME, at(HOUR + 10 * 60_000));
    await entry(first.orderId, 'submit', at(5 * 60_000 + 300));
    await entry(third.orderId, 'submit', at(HOUR + 10 * 60_000 + 700));

    const before = await computeKpis(db, window);
    // The two whole hours come from their rollups: built, and no longer marked.
    expect(await db.orderKpiHour.count()).toBe(2);
    expect(await db.kpiDirtyHour.count()).toBe(0);
    expect(before.totals).toMatchObject({
      ordersReceived: 3,
      ingestionLatencyMs: { p50: 300, p95: 700, p99: 700 },
      exceptions: 1,
      exceptionsByReason: { CREDIT_LIMIT: 1 },
      openHolds: 1,
      manualActions: 0,
      meanTimeToResolutionSeconds: null,
      orderCycleTimeSeconds: { receivedToShipped: null, receivedToInvoiced: null },
    });
    expect(before.buckets.map((bucket) => [bucket.start, bucket.end, bucket.figures.ordersReceived])).toEqual([
      [at(-HOUR / 2).toISOString(), at(0).toISOString(), 0],
      [at(0).toISOString(), at(HOUR).toISOString(), 2],
      [at(HOUR).toISOString(), at(2 * HOUR).toISOString(), 1],
    ]);

    // A day later, the first order ships and the hold of the second is released by a person.
    await entry(first.orderId, 'shipped', at(26 * HOUR), 'warehouse');
    await db.hold.update({
      where: { id: held.holdId! },
      data: { status: 'released', resolvedAt: at(20 * 60_000 + 5_400_000), resolvedBy: 'ops' },
    });
    await entry(held.orderId, 'release', at(20 * 60_000 + 5_400_000), 'ops');

    const after = await computeKpis(db, window);
    expect(after.totals).toMatchObject({
      ordersReceived: 3,
      exceptions: 1,
      openHolds: 0,
      manualActions: 1,
      meanTimeToResolutionSeconds: 5400,
      orderCycleTimeSeconds: { receivedToShipped: 26 * 3600 - 5 * 60, receivedToInvoiced: null },
    });
    expect(after.buckets[1]!.figures).toMatchObject({ manualActions: 1, meanTimeToResolutionSeconds: 5400 });
    expect(await db.kpiDirtyHour.count()).toBe(0);
    expect(await reportFromFacts()).toEqual(after);
  });

  it('are rebuilt once when two reports ask at the same time, neither counting an order twice', async () => {
    await db.$executeRawUnsafe(`select crossdock_mark_kpi_hours(array(select "receivedAt" from "OrderKpiFact"))`);
    const [one, two] = await Promise.all([computeKpis(db, window), computeKpis(db, window)]);
    expect(one.totals.ordersReceived).toBe(3);
    expect(two).toEqual(one);
    expect(await db.orderKpiHour.count()).toBe(2);
  });

  it('are rebuilt by the sweep for the hours no report asked for, a bounded number of hours at a time', async () => {
    const week = new Date('2026-11-30T08:00:00.000Z');
    const old = (ms: number) => new Date(week.getTime() + ms);
    const first = await storePartnerOrder(db, ACME, old(10 * 60_000));
    await storePartnerOrder(db, ACME, old(3 * HOUR + 40 * 60_000), 'CREDIT_LIMIT');
    await entry(first.orderId, 'submit', old(10 * 60_000 + 400));
    const marksOfOld = () =>
      db.kpiDirtyHour.findMany({ where: { hour: { lt: old(4 * HOUR) } }, distinct: ['hour'], select: { hour: true } });
    expect((await marksOfOld()).map(({ hour }) => hour)).toEqual([old(0), old(3 * HOUR)]);

    // One hour per sweep: the oldest goes first, the other waits for the next sweep.
    expect(await sweepDirtyKpiHours(db, 1)).toBe(1);
    expect((await marksOfOld()).map(({ hour }) => hour)).toEqual([old(3 * HOUR)]);
    await sweepDirtyKpiHours(db, 1);
    expect(await marksOfOld()).toEqual([]);
    expect(await db.orderKpiHour.count({ where: { hour: { in: [old(0), old(3 * HOUR)] } } })).toBe(2);

    const query = { from: old(0), to: old(4 * HOUR), bucket: 'hour' as const };
    const fromRollups = await computeKpis(db, query);
    expect(fromRollups.totals).toMatchObject({ ordersReceived: 2, exceptions: 1, ingestionLatencyMs: { p50: 400 } });
    expect(await reportFromFacts(query)).toEqual(fromRollups);
  });
});
