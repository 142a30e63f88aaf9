/**
 * The run's global setup (vitest.config.ts): a PostgreSQL per worker slot (shared-contracts' test kit),
 * each with the two template databases every platform copies. The demo ERP is seeded by a platform
 * started on it once, so it holds exactly what system-apis' own start-up writes; tests that exercise
 * migrations or seeding themselves still start from empty databases.
 */
import path from 'node:path';
import { applyMigrations } from '@crossdock/shared-contracts/platform/database/apply-migrations';
import { testServers } from '@crossdock/shared-contracts/testing/global-setup';
import { REPO_ROOT, startTestPlatform } from './test-platform';

const SCRATCH = 'template_scratch_process';

export default testServers({
  process: async (url) => void (await applyMigrations(url, path.join(REPO_ROOT, 'process-apis/prisma/migrations'))),
  demoErp: async (url, cluster) => {
    // The process tier of this one start writes to a database thrown away after it.
    await cluster.ensureDatabase(SCRATCH);
    const crossdock = await startTestPlatform({ databases: { system: url, process: cluster.urlFor(SCRATCH) } });
    await crossdock.close();
    await cluster.dropDatabase(SCRATCH);
  },
});
