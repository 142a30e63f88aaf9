/**
 * The crash soak: orders arrive steadily from three channels (a buyer at the portal, an integration
 * on the process API, a partner's VAN with X12 850s) while a random tier process is killed with
 * SIGKILL every 5 s and started again, for CROSSDOCK_SOAK_SECONDS (2 minutes in the test run, 10 in
 * `pnpm test:reliability`). Callers that hear nothing send the same order again, as real ones do.
 * Afterwards: every acknowledged order exists once and is in the ERP once, every reservation belongs
 * to an order, the outbox is drained, no job is stuck in a lease, and an order caught in a killed
 * batch reached the ERP within seconds of the restart, not after a whole lease.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { killAll, startTierProcesses, type TierProcesses } from '../support/tier-processes';
import { waitUntil } from '../support/wait-until';
import { accepted, anX12Partner, placeOrder, stockAnItem, type Channel, type Placed } from './load-kit';
import { readOrderFates } from './order-fates';
import { reportCrashSoak } from './outage-report';

const SOAK_SECONDS = Number(process.env.CROSSDOCK_SOAK_SECONDS ?? 120);
const ORDERS_PER_SECOND = 6;
const KILL_EVERY_MS = 5_000;
const CHANNELS: Channel[] = ['portal', 'api', 'x12'];

let tiers: TierProcesses | undefined;
afterAll(async () => {
  if (tiers) await killAll(tiers.all);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Kills a random tier every KILL_EVERY_MS and starts it again, until `until`; answers each restart's length. */
async function killAtRandom(all: TierProcesses, until: number): Promise<{ tier: string; restartMs: number }[]> {
  const kills: { tier: string; restartMs: number }[] = [];
  while (Date.now() + KILL_EVERY_MS < until) {
    await sleep(KILL_EVERY_MS);
    const victim = all.all[Math.floor(Math.random() * all.all.length)]!;
    await victim.kill();
    const killedAt = Date.now();
    await victim.start();
    kills.push({ tier: victim.tier, restartMs: Date.now() - killedAt });
  }
  return kills;
}

/** The process order each acknowledged reference became, by its channel's source order id. */
async function ordersOf(db: pg.Client, placed: Placed[]): Promise<Map<string, string[]>> {
  const sourceIdOf = (p: Placed) => (p.channel === 'portal' ? `C-1001:${p.reference}` : p.reference);
  const rows = (
    await db.query(`select id, "sourceOrderId" from "Order" where "sourceOrderId" = any($1)`, [placed.map(sourceIdOf)])
  ).rows as { id: string; sourceOrderId: string }[];
  const found = new Map<string, string[]>();
  for (const row of rows) found.set(row.sourceOrderId, [...(found.get(row.sourceOrderId) ?? []), row.id]);
  return new Map(placed.map((p) => [p.reference, found.get(sourceIdOf(p)) ?? []]));
}

describe('tiers killed at random under steady orders from three channels', () => {
  it(
    'loses no acknowledged order, makes none twice, strands nothing, and picks up a killed batch in seconds',
    async () => {
      const databases = {
        system: await createTestDatabase('soak_system'),
        process: await createTestDatabase('soak_process'),
      };
      tiers = await startTierProcesses({
        systemEnv: { CROSSDOCK_SYSTEM_DATABASE_URL: databases.system },
        processEnv: { CROSSDOCK_PROCESS_DATABASE_URL: databases.process },
      });
      const gatewayUrl = tiers.gateway.url;
      const sku = await stockAnItem(gatewayUrl);
      const x12Sender = await anX12Partner(gatewayUrl);
      const soakEnds = Date.now() + SOAK_SECONDS * 1000;

      const sending: Promise<Placed>[] = [];
      const killing = killAtRandom(tiers, soakEnds);
      for (let n = 0; Date.now() < soakEnds; n += 1) {
        const channel = CHANNELS[n % CHANNELS.length]!;
        sending.push(placeOrder(gatewayUrl, { channel, sku, x12Sender, during: true, tries: 60 }));
        await sleep(1000 / ORDERS_PER_SECOND);
      }
      const kills = await killing;
      const placed = await Promise.all(sending);
      const acknowledged = placed.filter(accepted);

      const processDb = new pg.Client({ connectionString: databases.process });
      const systemDb = new pg.Client({ connectionString: databases.system });
      await Promise.all([processDb.connect(), systemDb.connect()]);
      try {
        // Every order in this database is the run's: those acknowledged, and those whose answer was lost.
        const settled = await waitUntil(
          async () =>
            (
              await processDb.query(
                `select count(*)::int as n from "PipelineJob" where state not in ('done', 'held', 'dead')`,
              )
            ).rows[0].n as number,
          (open) => open === 0,
          { timeoutMs: 300_000, everyMs: 250, what: 'every order to leave the pipeline' },
        );
        expect(settled).toBe(0);
        const orders = await ordersOf(processDb, acknowledged);
        const allIds = (await processDb.query(`select id from "Order"`)).rows.map((row) => row.id as string);
        const fates = await readOrderFates(processDb, systemDb, allIds, sku);
        const drainedOutbox = await waitUntil(
          async () =>
            (
              await processDb.query(
                `select count(*)::int as n from "OutboxEvent" as e where (e."txid", e."position") > (select coalesce("txid", '0'::xid8), "position" from "EventCursor" where "name" = 'deliveries')`,
              )
            ).rows[0].n as number,
          (left) => left === 0,
          { timeoutMs: 60_000, everyMs: 250, what: 'the outbox to drain' },
        );
        const leased = (
          await processDb.query(`select count(*)::int as n from "PipelineJob" where "leasedUntil" is not null`)
        ).rows[0].n as number;
        const longestWaitMs = Math.max(0, ...fates.waitsMs);
        const longestRestartMs = Math.max(0, ...kills.map((kill) => kill.restartMs));
        await reportCrashSoak({ seconds: SOAK_SECONDS, placed, kills, fates, longestWaitMs, longestRestartMs });

        expect(kills.length).toBeGreaterThan(0);
        expect(acknowledged.length).toBeGreaterThan(0);
        // Never lost, never twice: each acknowledged order is one order, and every order is in the ERP once.
        expect([...orders.entries()].filter(([, ids]) => ids.length !== 1)).toEqual([]);
        expect(fates.statuses).toEqual({ SUBMITTED: allIds.length });
        expect({ missing: fates.missingFromErp, twice: fates.inErpTwice }).toEqual({ missing: 0, twice: 0 });
        // Nothing stranded: the item's allocation is exactly what the ERP orders hold; no job in a lease; outbox drained.
        expect({ allocated: fates.allocated, orphans: fates.activeReservationsWithoutOrder }).toEqual({
          allocated: fates.unitsOrdered,
          orphans: 0,
        });
        expect({ leased, drainedOutbox }).toEqual({ leased: 0, drainedOutbox: 0 });
        // A killed batch is taken up within seconds: at most 15 s from receipt to the ERP with a 6 s restart,
        // this machine's longest restart counted instead of 6 s.
        expect(longestWaitMs).toBeLessThan(15_000 + Math.max(0, longestRestartMs - 6_000));
      } finally {
        await Promise.all([processDb.end(), systemDb.end()]);
      }
    },
    600_000 + SOAK_SECONDS * 1000,
  );
});
