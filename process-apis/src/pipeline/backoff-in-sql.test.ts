/**
 * The queues' backoff, `crossdock_backoff_ms` (a process migration), is the HTTP client kit's
 * `backoffDelayMs` written in SQL: for the same retry, schedule and draw, the real PostgreSQL gives
 * the same wait, to the millisecond. Both queues (the pipeline's jobs, the event deliveries) call
 * the one SQL function, so this is what keeps the three from drifting apart again.
 */
import {
  backoffDelayMs,
  EQUAL_JITTER,
  FULL_JITTER,
  MAX_DOUBLINGS,
} from '@crossdock/shared-contracts/platform/http-client/backoff';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProcessDatabase, type ProcessDatabase } from '../database';

let db: ProcessDatabase;

beforeAll(async () => {
  db = await openProcessDatabase(await createTestDatabase('backoff_in_sql'));
});
afterAll(async () => {
  await db?.$disconnect();
});

const RETRIES = Array.from({ length: MAX_DOUBLINGS + 9 }, (_, retryIndex) => retryIndex);
// The ends of the draw, its middle, and values whose products round differently in binary.
const DRAWS = [0, 0.1, 0.25, 1 / 3, 0.5, 0.7, 0.999_999_999, 0.123_456_789];
const SCHEDULES = [
  { baseDelayMs: 100, maxDelayMs: 5_000, jitter: FULL_JITTER }, // the HTTP client kit's default
  { baseDelayMs: 2_000, maxDelayMs: 300_000, jitter: EQUAL_JITTER }, // the pipeline's default
  { baseDelayMs: 10_000, maxDelayMs: 3_600_000, jitter: EQUAL_JITTER }, // the deliveries' default
  { baseDelayMs: 3, maxDelayMs: Number.MAX_SAFE_INTEGER, jitter: EQUAL_JITTER }, // never capped
  { baseDelayMs: 0, maxDelayMs: 1_000, jitter: FULL_JITTER },
];

interface Case {
  retryIndex: number;
  baseDelayMs: number;
  maxDelayMs: number;
  jitter: number;
  draw: number;
}

/** One statement for every case: `crossdock_backoff_ms` applied to each row of the cases, sent as JSON. */
async function inSql(cases: Case[]): Promise<number[]> {
  const { rows } = await db.sql.query<{ waitMs: number }>(
    `select crossdock_backoff_ms((c.value->>'retryIndex')::integer, (c.value->>'baseDelayMs')::float8,
                                 (c.value->>'maxDelayMs')::float8, (c.value->>'jitter')::float8, (c.value->>'draw')::float8) as "waitMs"
       from jsonb_array_elements($1::jsonb) with ordinality as c(value, n)
      order by c.n`,
    [JSON.stringify(cases)],
  );
  return rows.map((row) => row.waitMs);
}

describe('crossdock_backoff_ms, the queues’ backoff in SQL', () => {
  it(`gives the HTTP client kit's wait for every retry from 0 to ${RETRIES.at(-1)}, schedule and draw`, async () => {
    const cases = SCHEDULES.flatMap((schedule) =>
      RETRIES.flatMap((retryIndex) => DRAWS.map((draw) => ({ retryIndex, ...schedule, draw }))),
    );

    const waits = await inSql(cases);

    const inTypeScript = cases.map(({ retryIndex, draw, ...schedule }) =>
      backoffDelayMs(retryIndex, schedule, () => draw),
    );
    expect(waits).toEqual(inTypeScript);
    expect(cases.length).toBe(SCHEDULES.length * RETRIES.length * DRAWS.length);
  });

  it('waits half to all of base · 2^(attempts − 1) with equal jitter, capped', async () => {
    const pipeline = { baseDelayMs: 2_000, maxDelayMs: 60_000, jitter: EQUAL_JITTER };

    const [first, third, capped] = await inSql([
      { retryIndex: 0, ...pipeline, draw: 0 },
      { retryIndex: 2, ...pipeline, draw: 0.999_999 },
      { retryIndex: 40, ...pipeline, draw: 0.5 },
    ]);

    expect(first).toBe(1_000);
    expect(third).toBe(7_999);
    expect(capped).toBe(45_000);
  });
});
