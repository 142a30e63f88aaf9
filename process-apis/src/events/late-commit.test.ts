/**
 * An event committed late is never passed by: a transaction that took its id early, wrote its event
 * after another transaction's and committed first must not let the fan-out or a reader of the log
 * move past the other, still open, event. Real PostgreSQL transactions held open from the test.
 */
import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import type { SqlClient } from '@crossdock/shared-contracts/platform/database/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProcessDatabase, type ProcessDatabase } from '../database';
import { fanOutEvents } from './fan-out';
import { readEvents } from './read-events';
import { createSubscription } from './subscriptions';

const OPS = { subject: 'ops', scopes: ['all'] };
const NOW = new Date('2026-11-28T09:00:00.000Z');

let db: ProcessDatabase;

beforeAll(async () => {
  db = await openProcessDatabase(await createTestDatabase('late_commits'));
});
afterAll(async () => {
  await db?.$disconnect();
});

async function writeEvent(client: SqlClient, subject: string): Promise<void> {
  await client.query(
    `insert into "OutboxEvent" ("id", "type", "source", "subject", "correlationId", "data") values ($1, 'com.crossdock.order.received', '/process/v1/orders', $2, 'corr', '{}'::jsonb)`,
    [randomUUID(), subject],
  );
}

/**
 * Tries `attempt` until `done` holds, for at most 20 s: another test file's transaction (transaction
 * ids are cluster-wide, and files run side by side) may hold the readers back for seconds. Answers the
 * last try.
 */
async function retryUntil<T>(attempt: () => Promise<T>, done: (value: T) => boolean, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await attempt();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Two open transactions: `early` takes its transaction id first (as one that locks an order and
 * calls the ERP before writing its event), `late` writes its event and stays open, then `early`
 * writes its event (a higher position) and commits. Calls `between` while `late` is still open.
 */
async function earlyIdWrittenAfterOpenEvent(prefix: string, between: () => Promise<void>): Promise<void> {
  const early = await db.sql.connect();
  const late = await db.sql.connect();
  try {
    await early.query('begin');
    await early.query('select pg_current_xact_id()');
    await late.query('begin');
    await writeEvent(late, `${prefix}-late`);
    await writeEvent(early, `${prefix}-early`);
    await early.query('commit');
    await between();
    await late.query('commit');
  } finally {
    await early.query('rollback').catch(() => undefined);
    await late.query('rollback').catch(() => undefined);
    early.release();
    late.release();
  }
}

const deliveredSubjects = async (subscriptionId: string, prefix: string) =>
  (
    await db.eventDelivery.findMany({
      where: { subscriptionId, subject: { startsWith: prefix } },
      orderBy: { position: 'asc' },
    })
  )
    .map((each) => each.subject)
    .sort();

describe('an event whose transaction commits after one written later', () => {
  it('is still fanned out, once, after the later one was', async () => {
    const subscription = await createSubscription(db, OPS, {
      url: 'http://subscriber.test/hook',
      eventTypes: ['com.crossdock.order.*'],
    });
    const fanOutUntil = (subjects: string[]) =>
      retryUntil(
        async () => {
          await fanOutEvents(db, NOW);
          return deliveredSubjects(subscription.id, 'fan');
        },
        (got) => subjects.every((subject) => got.includes(subject)),
      );

    await earlyIdWrittenAfterOpenEvent('fan', async () => {
      expect(await fanOutUntil(['fan-early'])).toEqual(['fan-early']);
    });

    expect(await fanOutUntil(['fan-early', 'fan-late'])).toEqual(['fan-early', 'fan-late']);
  });

  it('is still read by a reader resuming after the later one, as a stream resumes after Last-Event-ID', async () => {
    const read: { subject: string; position: string }[] = [];
    let after = 0n;
    const readUntil = (subject: string) =>
      retryUntil(
        async () => {
          for (const event of await readEvents(db, { after, limit: 100 })) {
            if (event.subject?.startsWith('read-')) read.push({ subject: event.subject, position: event.position });
            after = BigInt(event.position);
          }
          return read.map((each) => each.subject);
        },
        (subjects) => subjects.includes(subject),
      );

    await earlyIdWrittenAfterOpenEvent('read', async () => {
      expect(await readUntil('read-early')).toEqual(['read-early']);
    });

    expect(await readUntil('read-late')).toEqual(['read-early', 'read-late']);
  });

  it('resumes a position a client got while readers went by position without skipping what followed it', async () => {
    const early = await db.sql.connect();
    const late = await db.sql.connect();
    try {
      await early.query('begin');
      await early.query('select pg_current_xact_id()');
      await late.query('begin');
      await writeEvent(late, 'legacy-first');
      await late.query('commit');
      await writeEvent(early, 'legacy-second');
      await early.query('commit');
    } finally {
      early.release();
      late.release();
    }
    const subjectsFrom = async (after: bigint) =>
      (await readEvents(db, { after, limit: 1000 })).map((event) => event.subject);
    await retryUntil(
      () => subjectsFrom(0n),
      (subjects) => subjects.includes('legacy-first') && subjects.includes('legacy-second'),
    );
    const [first] = await db.$queryRaw<
      [{ position: bigint }]
    >`select "position" from "OutboxEvent" where "subject" = 'legacy-first'`;
    // As the migration notes it: positions up to here were handed out in position order.
    await db.$executeRaw`update "EventCursor" set "position" = (select max("position") from "OutboxEvent"), "txid" = pg_snapshot_xmin(pg_current_snapshot()) where "name" = 'positions-read-by-position'`;

    // Read by position, the first came before the second: a client with the first has not had the second.
    expect(await subjectsFrom(first.position)).toContain('legacy-second');
  });
});
