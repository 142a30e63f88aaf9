import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take minutes, longest first (measured in a full run on the build machine). Started first,
 * they run beside the hundreds of short files; started last, the run would wait on them alone.
 */
const LONG_RUNNERS = [
  'tests/reliability/crash-soak.test.ts',
  'tests/reliability/erp-outage.test.ts',
  'tests/cli/crossdock-cli.test.ts',
  'tests/reliability/system-tier-outage.test.ts',
  'tests/cli/crossdock-user.test.ts',
  'tests/e2e/experience/erp-outage.test.ts',
  'tests/contracts/migrations-match-schema.test.ts',
  'tests/contracts/schema-type-check.test.ts',
  'process-apis/src/pipeline/reclaim.test.ts',
  'tests/e2e/pipeline/crash.test.ts',
  'tests/console/console-sign-in.test.ts',
  'shared-contracts/src/platform/database/embedded-cluster.test.ts',
];

function rank(file: TestSpecification): number {
  const at = LONG_RUNNERS.findIndex((runner) => file.moduleId.endsWith(runner));
  return at < 0 ? LONG_RUNNERS.length : at;
}

export class LongRunnersFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Array.prototype.sort is stable: the base order stays among the short files.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
