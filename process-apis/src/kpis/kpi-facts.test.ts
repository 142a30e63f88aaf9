/**
 * The per-order KPI facts (OrderKpiFact, kept by triggers: migration 20261207190200_order_kpi_facts)
 * against a real PostgreSQL: rows written straight into the timeline, holds, dead letters and inbound
 * documents, as the pipeline, a person or a test would, give the facts a person would count from them;
 * the migration's backfill works out the same facts; and two transactions writing about one order at
 * once leave facts that have both writes.
 */
import pg from 'pg';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { storePartner, storePartnerOrder } from '../alerts/alert-test-kit';
import { openProcessDatabase, type ProcessDatabase } from '../database';

const AT = new Date('2026-12-07T10:00:00.000Z');
const later = (ms: number) => new Date(AT.getTime() + ms);
const ACME = { id: 'acme', channel: 'x12' };

let db: ProcessDatabase;
let url: string;

beforeAll(async () => {
  url = await createTestDatabase('kpi_facts');
  db = await openProcessDatabase(url);
  await storePartner(db, ACME.id, 'ACME', ACME.channel);
});
afterAll(async () => {
  await db?.$disconnect();
});
beforeEach(async () => {
  await db.orderTimelineEntry.deleteMany();
  await db.hold.deleteMany();
  await db.deadLetter.deleteMany();
  await db.inboundDocument.deleteMany();
  await db.order.deleteMany();
});

function entry(orderId: string, step: string, outcome: string, at: Date, actor = 'pipeline', detail?: string) {
  return db.orderTimelineEntry.create({
    data: { orderId, step, outcome, at, actor, detail, correlationId: `corr-${orderId}` },
  });
}

const factOf = (orderId: string) => db.orderKpiFact.findUniqueOrThrow({ where: { orderId } });

describe('an order’s KPI facts', () => {
  it('follow what is written about the order, whoever writes it', async () => {
    const { orderId, holdId } = await storePartnerOrder(db, ACME, AT, 'CREDIT_LIMIT');
    expect(await factOf(orderId)).toMatchObject({
      receivedAt: AT,
      channel: 'x12',
      partnerId: 'acme',
      acceptedAt: null,
      exceptionReasons: ['CREDIT_LIMIT'],
      resolvedExceptions: 0,
      resolutionSeconds: null,
    });

    await entry(
      orderId,
      'validate',
      'failed',
      later(50),
      'pipeline',
      'Attempt 1 of 5: the ERP did not answer. Retrying.',
    );
    expect(await factOf(orderId)).toMatchObject({ retried: true, recovered: false });
    await db.hold.update({
      where: { id: holdId! },
      data: { status: 'released', resolvedAt: later(7_200_000), resolvedBy: 'ops' },
    });
    await entry(orderId, 'release', 'succeeded', later(7_200_000), 'ops');
    await entry(orderId, 'submit', 'succeeded', later(7_200_500));
    await entry(orderId, 'shipped', 'succeeded', later(86_400_000), 'warehouse');
    await db.deadLetter.create({
      data: { id: 'dl-1', orderId, step: 'submit', lastError: 'down', attempts: 5, createdAt: later(60_000) },
    });
    expect(await factOf(orderId)).toMatchObject({
      acceptedAt: later(7_200_500),
      shippedAt: later(86_400_000),
      invoicedAt: null,
      retried: true,
      recovered: true,
      manualActions: 1,
      exceptionReasons: ['CREDIT_LIMIT', 'DEAD_LETTER'],
      resolvedExceptions: 1,
      resolutionSeconds: 7200,
    });

    await db.deadLetter.update({ where: { id: 'dl-1' }, data: { replayedAt: later(3_660_000), replayedBy: 'ops' } });
    expect(await factOf(orderId)).toMatchObject({ resolvedExceptions: 2, resolutionSeconds: 7200 + 3600 });
    await db.order.update({ where: { id: orderId }, data: { createdAt: later(1000) } });
    expect((await factOf(orderId)).receivedAt).toEqual(later(1000));
    await db.orderTimelineEntry.deleteMany({ where: { orderId, step: 'shipped' } });
    expect((await factOf(orderId)).shippedAt).toBeNull();
    await db.orderTimelineEntry.deleteMany({ where: { orderId } });
    await db.deadLetter.deleteMany({ where: { orderId } });
    await db.hold.deleteMany({ where: { orderId } });
    await db.inboundDocument.deleteMany();
    await db.order.delete({ where: { id: orderId } });
    expect(await db.orderKpiFact.count()).toBe(0);
  });

  it('give the backlog each hold and dead letter with its order’s partner, a dead letter while its order is FAILED', async () => {
    const { orderId, holdId } = await storePartnerOrder(db, ACME, AT, 'UNKNOWN_ITEM');
    const exceptions = () =>
      db.orderKpiException.findMany({
        orderBy: { kind: 'asc' },
        select: { kind: true, id: true, channel: true, partnerId: true, closedAt: true, counted: true },
      });
    await db.deadLetter.create({
      data: { id: 'dl-2', orderId, step: 'submit', lastError: 'down', attempts: 5, createdAt: later(60_000) },
    });
    expect(await exceptions()).toEqual([
      { kind: 'dead-letter', id: 'dl-2', channel: 'x12', partnerId: 'acme', closedAt: null, counted: false },
      { kind: 'hold', id: holdId, channel: 'x12', partnerId: 'acme', closedAt: null, counted: true },
    ]);
    await db.order.update({ where: { id: orderId }, data: { status: 'FAILED' } });
    expect((await exceptions())[0]!.counted).toBe(true);
    await db.order.update({ where: { id: orderId }, data: { status: 'CANCELLED' } });
    expect((await exceptions())[0]!.counted).toBe(false);
    await db.deadLetter.update({ where: { id: 'dl-2' }, data: { replayedAt: later(120_000), replayedBy: 'ops' } });
    await db.hold.delete({ where: { id: holdId! } });
    expect(await exceptions()).toEqual([
      { kind: 'dead-letter', id: 'dl-2', channel: 'x12', partnerId: 'acme', closedAt: later(120_000), counted: true },
    ]);
  });

  it('are what the migration’s backfill works out from the same rows', async () => {
    for (let index = 0; index < 6; index += 1) {
      const { orderId } = await storePartnerOrder(
        db,
        ACME,
        later(index * 60_000),
        index % 2 ? 'UNKNOWN_ITEM' : undefined,
      );
      await entry(orderId, 'submit', 'succeeded', later(index * 60_000 + 300 * (index + 1)));
      if (index % 3 === 0) await entry(orderId, 'override', 'succeeded', later(index * 60_000 + 5000), 'ops');
    }
    const stored = await db.orderKpiFact.findMany({ orderBy: { orderId: 'asc' } });
    const storedExceptions = await db.orderKpiException.findMany({ orderBy: { id: 'asc' } });
    await db.$executeRaw`delete from "OrderKpiFact"`;
    await db.$executeRaw`delete from "OrderKpiException"`;
    await db.$executeRaw`select crossdock_store_order_kpi_facts(array(select o."id" from "Order" as o))`;
    expect(await db.orderKpiFact.findMany({ orderBy: { orderId: 'asc' } })).toEqual(stored);
    expect(await db.orderKpiException.findMany({ orderBy: { id: 'asc' } })).toEqual(storedExceptions);
    expect(stored.filter((fact) => fact.exceptionReasons.length > 0)).toHaveLength(3);
    expect(storedExceptions).toHaveLength(3);
  });

  it('keep both of two transactions that write about the same order at once', async () => {
    const { orderId } = await storePartnerOrder(db, ACME, AT);
    const first = new pg.Client({ connectionString: url });
    const second = new pg.Client({ connectionString: url });
    await Promise.all([first.connect(), second.connect()]);
    try {
      const insert = `insert into "OrderTimelineEntry" ("orderId", "step", "outcome", "correlationId", "actor", "at")
                      values ($1, $2, 'succeeded', 'corr', 'warehouse', $3)`;
      await first.query('begin');
      await first.query(insert, [orderId, 'shipped', later(1000)]);
      await second.query('begin');
      const secondPid = (await second.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
      const secondInsert = second.query(insert, [orderId, 'invoiced', later(2000)]);
      // The second waits for the first's lock on the order's facts before working them out.
      await waitFor(async () => {
        const { rows } = await first.query<{ waiting: boolean }>(
          `select wait_event_type = 'Lock' as waiting from pg_stat_activity where pid = $1`,
          [secondPid],
        );
        return rows[0]?.waiting === true;
      });
      await first.query('commit');
      await secondInsert;
      await second.query('commit');
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
    expect(await factOf(orderId)).toMatchObject({ shippedAt: later(1000), invoicedAt: later(2000) });
  });
});

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the second transaction never waited for the first');
}
