import { defineConfig } from 'vitest/config';
import { LongRunnersFirst } from './tests/support/long-runners-first';

export default defineConfig({
  test: {
    include: [
      'shared-contracts/src/**/*.test.ts',
      'system-apis/src/**/*.test.ts',
      'process-apis/src/**/*.test.ts',
      'experience-apis/src/**/*.test.ts',
      'gateway/src/**/*.test.ts',
      'launcher/src/**/*.test.ts',
      'tests/**/*.test.ts',
    ],
    globalSetup: ['shared-contracts/src/testing/global-setup.ts'],
    // Files run side by side, each on databases of its own (test-database.ts) and ports the system picks, so
    // nothing is shared between them. Most of a file's time is waiting (on PostgreSQL, on a platform starting,
    // on the reliability runs' minutes of traffic), so three at a time use two cores well; vitest's default
    // on two cores is one file at a time. CROSSDOCK_TEST_WORKERS sets another number.
    maxWorkers: Number(process.env.CROSSDOCK_TEST_WORKERS ?? 3),
    // The few files that run for minutes start first, so the rest fill the time beside them.
    sequence: { sequencer: LongRunnersFirst },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
