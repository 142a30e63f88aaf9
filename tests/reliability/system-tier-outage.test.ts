/**
 * The system tier killed (SIGKILL) under steady orders for CROSSDOCK_OUTAGE_SECONDS (60 s here,
 * 10 minutes in the full form, `pnpm test:reliability`), then started again: every tier is its own
 * process, as at scale. The orders accepted before, during and after complete by themselves.
 */
import { afterAll, describe, it } from 'vitest';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { healthyAt, killAll, startTierProcesses, type TierProcesses } from '../support/tier-processes';
import { expectOutageWaitedOut } from './outage-expectations';
import { OUTAGE_SECONDS, runOutage } from './outage-run';
import { reportOutage } from './outage-report';

let tiers: TierProcesses | undefined;
afterAll(async () => {
  if (tiers) await killAll(tiers.all);
});

describe('the system tier gone for a while under load', () => {
  it(
    'completes every order taken during the outage by itself, once, when the system tier is back',
    async () => {
      const databases = {
        system: await createTestDatabase('outage_system'),
        process: await createTestDatabase('outage_process'),
      };
      tiers = await startTierProcesses({
        systemEnv: { CROSSDOCK_SYSTEM_DATABASE_URL: databases.system },
        processEnv: { CROSSDOCK_PROCESS_DATABASE_URL: databases.process },
      });
      const system = tiers.system;
      const outcome = await runOutage({
        gatewayUrl: tiers.gateway.url,
        processDatabaseUrl: databases.process,
        systemDatabaseUrl: databases.system,
        begin: () => system.kill(),
        end: async () => {
          await system.start();
          return healthyAt(system.url);
        },
      });
      await reportOutage('system tier killed', outcome);
      expectOutageWaitedOut(outcome);
    },
    420_000 + OUTAGE_SECONDS * 1000,
  );
});
