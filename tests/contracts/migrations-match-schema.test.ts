/**
 * The committed migrations make exactly the committed schema: Prisma applies each tier's migrations
 * to a scratch database and compares the result with `prisma/schema.prisma` (`migrate diff
 * --exit-code`). A migration that was forgotten, edited by hand out of step, or that Prisma's own
 * `migrate deploy` could not apply (operators use it, see docs/deployment.md) fails here.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import {
  startEmbeddedCluster,
  type EmbeddedCluster,
} from '@crossdock/shared-contracts/platform/database/embedded-cluster';
import { prismaCliEnvironment } from '@crossdock/shared-contracts/platform/database/prisma-engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../openapi/generate-contracts';

const run = promisify(execFile);
const DIFF_TIMEOUT_MS = 180_000;
const ENGINE_DID_NOT_START = /^exit 1: [\s\S]*Error in Schema engine: Starting schema-engine/;

// A PostgreSQL of its own, as `pnpm prisma` has (shared-contracts/src/platform/database/prisma-cli.ts): on the
// test run's, busy with every other test file, Prisma's engine at times could not start.
let cluster: EmbeddedCluster;
beforeAll(async () => {
  cluster = await startEmbeddedCluster({
    dataDir: await mkdtemp(path.join(os.tmpdir(), 'crossdock-migrations-')),
    ephemeral: true,
  });
}, DIFF_TIMEOUT_MS);
afterAll(async () => {
  await cluster?.stop();
});

describe.each(['system-apis', 'process-apis'])('the migrations of %s', (tier) => {
  it(
    'make exactly its schema',
    async () => {
      const tierDir = path.join(REPO_ROOT, tier);
      const database = `migrations_${tier.replace('-', '_')}`;
      await cluster.ensureDatabase(database);
      // The repository's own schema engine (prisma-engine.ts), as `pnpm prisma` uses it: nothing downloaded.
      const env = prismaCliEnvironment(process.env, { PRISMA_CLI_DATABASE_URL: cluster.urlFor(database) });
      const diff = () =>
        run(
          path.join(tierDir, 'node_modules/.bin/prisma'),
          [
            'migrate',
            'diff',
            '--from-migrations',
            'prisma/migrations',
            '--to-schema',
            'prisma/schema.prisma',
            '--script',
            '--exit-code',
          ],
          { cwd: tierDir, env },
        ).then(
          () => 'no difference',
          // Exit code 2 with the SQL that is missing; 1 when a migration cannot be applied.
          (error: { code?: number; stdout?: string; stderr?: string }) =>
            `exit ${error.code}: ${error.stdout ?? ''}${error.stderr ?? ''}`,
        );
      // Should the engine still not start, that alone is tried again: never a difference, never a
      // migration that fails to apply.
      let outcome = await diff();
      for (let retry = 0; retry < 5 && ENGINE_DID_NOT_START.test(outcome); retry++) {
        await new Promise((resolve) => setTimeout(resolve, 2000 * (retry + 1)));
        outcome = await diff();
      }
      expect(outcome).toBe('no difference');
    },
    DIFF_TIMEOUT_MS,
  );
});
