/**
 * The ERP itself unreachable behind a running system tier: the reference ERP's database (its own
 * PostgreSQL server here) stopped for CROSSDOCK_OUTAGE_SECONDS under steady orders, then started
 * again, as in a database failover or the ERP's maintenance window. The waiting is proven at this
 * layer too: orders complete by themselves once the ERP answers.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import {
  startEmbeddedCluster,
  type EmbeddedCluster,
} from '@crossdock/shared-contracts/platform/database/embedded-cluster';
import { signToken } from '@crossdock/shared-contracts/platform/auth/tokens';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { TEST_TOKENS } from '../support/test-platform';
import { killAll, startTierProcesses, type TierProcesses } from '../support/tier-processes';
import { waitUntil } from '../support/wait-until';
import { expectOutageWaitedOut } from './outage-expectations';
import { OUTAGE_SECONDS, runOutage } from './outage-run';
import { reportOutage } from './outage-report';

let tiers: TierProcesses | undefined;
let erpDatabase: EmbeddedCluster | undefined;
let dataDir: string | undefined;
afterAll(async () => {
  if (tiers) await killAll(tiers.all);
  await erpDatabase?.stop().catch(() => undefined);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Whether the system tier can read the ERP's customers again (the ERP answers, not just the tier). */
const erpAnswers = (systemUrl: string, authorization: string) =>
  fetch(`${systemUrl}/system/v1/customers/C-1001`, { headers: { authorization } }).then(
    (answer) => answer.status,
    () => 0,
  );

describe('the ERP unreachable behind a running system tier', () => {
  it(
    'completes every order taken while the ERP was away by itself, once, when it answers again',
    async () => {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'crossdock-erp-outage-'));
      // As root, PostgreSQL runs as the postgres user, who must pass through the directory.
      await chmod(dataDir, 0o711);
      erpDatabase = await startEmbeddedCluster({ dataDir: path.join(dataDir, 'pg') });
      await erpDatabase.ensureDatabase('reference_erp');
      const systemDatabaseUrl = erpDatabase.urlFor('reference_erp');
      const processDatabaseUrl = await createTestDatabase('erp_outage_process');
      tiers = await startTierProcesses({
        systemEnv: { CROSSDOCK_SYSTEM_DATABASE_URL: systemDatabaseUrl },
        processEnv: { CROSSDOCK_PROCESS_DATABASE_URL: processDatabaseUrl },
      });
      const port = erpDatabase.port;
      const reader = `Bearer ${signToken(TEST_TOKENS, { subject: 'outage-test', scopes: ['system:read'] })}`;
      const outcome = await runOutage({
        gatewayUrl: tiers.gateway.url,
        processDatabaseUrl,
        systemDatabaseUrl,
        begin: async () => {
          await erpDatabase!.stop();
          erpDatabase = undefined;
        },
        end: async () => {
          erpDatabase = await startEmbeddedCluster({ dataDir: path.join(dataDir!, 'pg'), port });
          await waitUntil(
            async () => {
              // A system tier that died with its database is a failure of its own: say so, with its last words.
              const died = tiers!.system.unexpectedExit();
              if (died) throw new Error(died);
              return erpAnswers(tiers!.system.url, reader);
            },
            (status) => status === 200,
            {
              timeoutMs: 60_000,
              everyMs: 50,
              what: 'the system tier to read the ERP again',
            },
          );
          return Date.now();
        },
      });
      await reportOutage('ERP unreachable behind the system tier', outcome);
      expectOutageWaitedOut(outcome);
    },
    420_000 + OUTAGE_SECONDS * 1000,
  );
});
