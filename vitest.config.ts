import { defineConfig } from 'vitest/config';
import { LongRunnersFirst } from './tests/support/long-runners-first';

const RELIABILITY = 'tests/reliability/**/*.test.ts';

export default defineConfig({
  test: {
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          include: [
            'shared-contracts/src/**/*.test.ts',
            'system-apis/src/**/*.test.ts',
            'process-apis/src/**/*.test.ts',
            'experience-apis/src/**/*.test.ts',
            'gateway/src/**/*.test.ts',
            'launcher/src/**/*.test.ts',
            'tests/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', RELIABILITY],
          // Files run side by side, each on databases of its own (test-database.ts) and on ports the system
          // picks, so nothing is shared between them; vitest's default on two cores is one file at a time.
          // CROSSDOCK_TEST_WORKERS sets another number.
          maxWorkers: Number(process.env.CROSSDOCK_TEST_WORKERS ?? 3),
          // The files that take a minute start first, so the rest fill the time beside them.
          sequence: { sequencer: LongRunnersFirst, groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'reliability',
          include: [RELIABILITY],
          // The outage and crash runs check how soon orders complete after the fault ends: they run after the
          // rest, one at a time, so that no other file's work is counted in their figures.
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
