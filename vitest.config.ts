import { defineConfig } from 'vitest/config';

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
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
