/**
 * An ERP outage under steady load, as an operator lives it: orders arrive from the portal (a buyer)
 * and the process API (an integration) through the gateway, the ERP goes away for a while and comes
 * back, and then we look at what became of every order that was accepted. How the ERP goes away is
 * the caller's (`outage.begin` / `outage.end`): the system tier killed, or the ERP behind it.
 * Not a test file: the outage tests share it.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { signToken } from '@crossdock/shared-contracts/platform/auth/tokens';
import { anOrder } from '../support/order-pipeline';
import { TEST_TOKENS } from '../support/test-platform';
import { waitUntil } from '../support/wait-until';

/** The full form runs `pnpm test:reliability` with CROSSDOCK_OUTAGE_SECONDS=600; CI runs 60 s. */
export const OUTAGE_SECONDS = Number(process.env.CROSSDOCK_OUTAGE_SECONDS ?? 60);
export const ORDERS_PER_SECOND = Number(process.env.CROSSDOCK_OUTAGE_ORDERS_PER_SECOND ?? 10);
const BEFORE_MS = 5_000;
const AFTER_MS = 10_000;
const UNITS = 2;

export interface OutageSettings {
  gatewayUrl: string;
  processDatabaseUrl: string;
  systemDatabaseUrl: string;
  /** Takes the ERP away. */
  begin(): Promise<void>;
  /** Brings it back; resolves with the time (ms since the epoch) it answered again. */
  end(): Promise<number>;
}

interface Placed {
  channel: 'portal' | 'api';
  status: number;
  sentAt: number;
  orderId?: string;
  during: boolean;
}

export interface OutageOutcome {
  placed: Placed[];
  outageBeganAt: number;
  recoveredAt: number;
  /** Orders accepted (2xx) and where each ended. */
  statuses: Record<string, number>;
  deadLetters: number;
  openHolds: number;
  /** Accepted orders with exactly one ERP order / with none / with more than one. */
  inErpOnce: number;
  missingFromErp: number;
  inErpTwice: number;
  /** Units of the test's item allocated in the ERP against units of the orders that reached it. */
  allocated: number;
  unitsOrdered: number;
  activeReservationsWithoutOrder: number;
  firstCompletionAfterRecoveryMs: number;
  waited: number;
  longestWaitMs: number;
  drainedAfterRecoveryMs: number;
}

const token = (claims: Parameters<typeof signToken>[1]) => `Bearer ${signToken(TEST_TOKENS, claims)}`;
const OPERATOR = token({
  subject: 'integration-team',
  scopes: ['process:read', 'process:write', 'system:read', 'system:write'],
});
const BUYER = token({ subject: 'buyer@acme.example', scopes: ['portal:write', 'portal:read'], customerId: 'C-1001' });

async function call(gatewayUrl: string, path: string, authorization: string, body: object, headers = {}) {
  return fetch(`${gatewayUrl}${path}`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
}

/** An item of the run's own, priced and stocked, so every unit allocated of it is the run's. */
async function stockAnItem(gatewayUrl: string): Promise<string> {
  const sku = `OUTAGE-${randomUUID().slice(0, 8).toUpperCase()}`;
  const steps: [string, object][] = [
    [
      '/system/v1/items',
      { sku, description: 'Outage test item', status: 'active', baseUom: 'EA', alternateUoms: [], returnable: true },
    ],
    [
      '/system/v1/price-lists/PL-STANDARD/entries',
      { sku, uom: 'EA', minimumQuantity: 1, unitPrice: '0.10', effectiveFrom: '2026-01-01' },
    ],
    [
      '/system/v1/inventory/movements',
      { sku, warehouseId: 'WH-DAL', kind: 'receipt', quantity: 1_000_000, reason: 'outage test stock' },
    ],
  ];
  for (const [path, body] of steps) {
    const answer = await call(gatewayUrl, path, OPERATOR, body);
    if (answer.status !== 201) throw new Error(`${path} answered ${answer.status}: ${await answer.text()}`);
  }
  return sku;
}

async function placeOne(gatewayUrl: string, sku: string, channel: Placed['channel'], during: boolean): Promise<Placed> {
  const sentAt = Date.now();
  try {
    if (channel === 'portal') {
      const answer = await call(
        gatewayUrl,
        '/experience/portal/v1/orders',
        BUYER,
        { lines: [{ sku, quantity: UNITS }] },
        { 'idempotency-key': randomUUID() },
      );
      await answer.arrayBuffer();
      const orderId = answer.headers.get('location')?.split('/').pop();
      return { channel, status: answer.status, sentAt, orderId, during };
    }
    const answer = await call(
      gatewayUrl,
      '/process/v1/orders',
      OPERATOR,
      anOrder('C-1002', [{ sku, quantity: UNITS }]),
    );
    const body = (await answer.json()) as { id?: string };
    return { channel, status: answer.status, sentAt, orderId: body.id, during };
  } catch {
    return { channel, status: 0, sentAt, during };
  }
}

/** Sends orders at ORDERS_PER_SECOND, portal and API in turn, until `stop` resolves. */
async function sendSteadily(gatewayUrl: string, sku: string, isDuring: () => boolean, stop: Promise<void>) {
  const sent: Promise<Placed>[] = [];
  let stopped = false;
  void stop.then(() => (stopped = true));
  for (let n = 0; !stopped; n += 1) {
    sent.push(placeOne(gatewayUrl, sku, n % 2 === 0 ? 'portal' : 'api', isDuring()));
    await new Promise((resolve) => setTimeout(resolve, 1000 / ORDERS_PER_SECOND));
  }
  return Promise.all(sent);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the load across the outage, waits for the backlog to drain, and reads what became of each order. */
export async function runOutage(settings: OutageSettings): Promise<OutageOutcome> {
  const sku = await stockAnItem(settings.gatewayUrl);
  let during = false;
  let stopLoad!: () => void;
  const load = sendSteadily(
    settings.gatewayUrl,
    sku,
    () => during,
    new Promise<void>((resolve) => (stopLoad = resolve)),
  );
  await sleep(BEFORE_MS);
  const outageBeganAt = Date.now();
  during = true;
  await settings.begin();
  await sleep(OUTAGE_SECONDS * 1000);
  const recoveredAt = await settings.end();
  during = false;
  await sleep(AFTER_MS);
  stopLoad();
  const placed = await load;
  const acceptedIds = placed.filter((p) => p.status >= 200 && p.status < 300 && p.orderId).map((p) => p.orderId!);
  const processDb = new pg.Client({ connectionString: settings.processDatabaseUrl });
  const systemDb = new pg.Client({ connectionString: settings.systemDatabaseUrl });
  await Promise.all([processDb.connect(), systemDb.connect()]);
  try {
    // Generous: the whole outage's backlog drains at the pipeline's pace on a busy 2-core machine.
    await waitUntil(
      async () =>
        (
          await processDb.query(
            `select count(*)::int as n from "Order" where id = any($1) and status <> 'SUBMITTED' and status <> 'FAILED' and status <> 'HELD'`,
            [acceptedIds],
          )
        ).rows[0].n as number,
      (unsettled) => unsettled === 0,
      { timeoutMs: 300_000 + OUTAGE_SECONDS * 1000, everyMs: 250, what: 'every accepted order to settle' },
    );
    const drainedAt = Date.now();
    return {
      ...(await readOutcome(processDb, systemDb, acceptedIds, sku, recoveredAt)),
      placed,
      outageBeganAt,
      recoveredAt,
      drainedAfterRecoveryMs: drainedAt - recoveredAt,
    };
  } finally {
    await Promise.all([processDb.end(), systemDb.end()]);
  }
}

async function readOutcome(processDb: pg.Client, systemDb: pg.Client, ids: string[], sku: string, recoveredAt: number) {
  const statuses = Object.fromEntries(
    (
      await processDb.query(`select status, count(*)::int as n from "Order" where id = any($1) group by status`, [ids])
    ).rows.map((r) => [r.status, r.n]),
  ) as Record<string, number>;
  const deadLetters = (
    await processDb.query(`select count(*)::int as n from "DeadLetter" where "orderId" = any($1)`, [ids])
  ).rows[0].n as number;
  const openHolds = (
    await processDb.query(`select count(*)::int as n from "Hold" where "orderId" = any($1) and status = 'open'`, [ids])
  ).rows[0].n as number;
  const received = new Map<string, number>(
    (await processDb.query(`select id, "createdAt" from "Order" where id = any($1)`, [ids])).rows.map((r) => [
      r.id,
      (r.createdAt as Date).getTime(),
    ]),
  );
  const erp = (
    await systemDb.query(
      `select "orderKey", count(*)::int as n, min("createdAt") as at from "SalesOrder" where "orderKey" = any($1) group by "orderKey"`,
      [ids],
    )
  ).rows as { orderKey: string; n: number; at: Date }[];
  const inErp = new Map(erp.map((row) => [row.orderKey, row]));
  const position = (
    await systemDb.query(
      `select coalesce(sum(quantity), 0)::int as allocated from "Reservation" where sku = $1 and status = 'active'`,
      [sku],
    )
  ).rows[0];
  const orphans = (
    await systemDb.query(
      `select count(*)::int as n from "Reservation" where sku = $1 and status = 'active' and "salesOrderNumber" is null`,
      [sku],
    )
  ).rows[0].n as number;
  const waits = ids.flatMap((id) => (inErp.get(id) ? [inErp.get(id)!.at.getTime() - received.get(id)!] : []));
  const completions = erp.map((row) => row.at.getTime()).filter((at) => at >= recoveredAt);
  return {
    statuses,
    deadLetters,
    openHolds,
    inErpOnce: erp.filter((row) => row.n === 1).length,
    inErpTwice: erp.filter((row) => row.n > 1).length,
    missingFromErp: ids.filter((id) => !inErp.has(id)).length,
    allocated: position.allocated as number,
    unitsOrdered: erp.length * UNITS,
    activeReservationsWithoutOrder: orphans,
    firstCompletionAfterRecoveryMs: completions.length ? Math.min(...completions) - recoveredAt : Number.NaN,
    // An order waited when it reached the ERP more than the breaker's few seconds after its receipt.
    waited: waits.filter((ms) => ms > 5_000).length,
    longestWaitMs: Math.max(0, ...waits),
  };
}
