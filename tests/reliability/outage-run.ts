/**
 * An ERP outage under steady load, as an operator lives it: orders arrive from the portal (a buyer)
 * and the process API (an integration) through the gateway, the ERP goes away for a while and comes
 * back, and then we look at what became of every order that was accepted. How the ERP goes away is
 * the caller's (`outage.begin` / `outage.end`): the system tier killed, or the ERP behind it.
 * Not a test file: the outage tests share it.
 */
import pg from 'pg';
import { waitUntil } from '../support/wait-until';
import { accepted, placeOrder, stockAnItem, type Placed } from './load-kit';
import { readOrderFates, type OrderFates } from './order-fates';

/** The full form runs `pnpm test:reliability` with CROSSDOCK_OUTAGE_SECONDS=600; CI runs 60 s. */
export const OUTAGE_SECONDS = Number(process.env.CROSSDOCK_OUTAGE_SECONDS ?? 60);
export const ORDERS_PER_SECOND = Number(process.env.CROSSDOCK_OUTAGE_ORDERS_PER_SECOND ?? 10);
const BEFORE_MS = 5_000;
const AFTER_MS = 10_000;

export interface OutageSettings {
  gatewayUrl: string;
  processDatabaseUrl: string;
  systemDatabaseUrl: string;
  /** Takes the ERP away. */
  begin(): Promise<void>;
  /** Brings it back; resolves with the time (ms since the epoch) it answered again. */
  end(): Promise<number>;
}

export interface OutageOutcome extends OrderFates {
  placed: Placed[];
  outageBeganAt: number;
  recoveredAt: number;
  firstCompletionAfterRecoveryMs: number;
  waited: number;
  longestWaitMs: number;
  drainedAfterRecoveryMs: number;
}

/** Sends orders at ORDERS_PER_SECOND, portal and API in turn, until `stop` resolves. */
async function sendSteadily(gatewayUrl: string, sku: string, isDuring: () => boolean, stop: Promise<void>) {
  const sent: Promise<Placed>[] = [];
  let stopped = false;
  void stop.then(() => (stopped = true));
  for (let n = 0; !stopped; n += 1) {
    sent.push(placeOrder(gatewayUrl, { channel: n % 2 === 0 ? 'portal' : 'api', sku, during: isDuring() }));
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
  const acceptedIds = placed.filter((p) => accepted(p) && p.orderId).map((p) => p.orderId!);
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

/** What the outage did to the orders: their fates, and the waits the outage caused. */
async function readOutcome(processDb: pg.Client, systemDb: pg.Client, ids: string[], sku: string, recoveredAt: number) {
  const fates = await readOrderFates(processDb, systemDb, ids, sku);
  const completions = fates.reachedErpAt.filter((at) => at >= recoveredAt);
  return {
    ...fates,
    firstCompletionAfterRecoveryMs: completions.length ? Math.min(...completions) - recoveredAt : Number.NaN,
    // An order waited when it reached the ERP more than the breaker's few seconds after its receipt.
    waited: fates.waitsMs.filter((ms) => ms > 5_000).length,
    longestWaitMs: Math.max(0, ...fates.waitsMs),
  };
}
