import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take a minute or so, longest first (measured in a full run on the build machine). Started first,
 * they run beside the hundreds of short files; started last, the run would wait on them alone.
 */
const LONG_RUNNERS = [
  'tests/cli/crossdock-user.test.ts',
  'tests/e2e/pipeline/crash.test.ts',
  'tests/cli/crossdock-cli.test.ts',
  'tests/e2e/pipeline/compensation.test.ts',
  'tests/e2e/pipeline/retries.test.ts',
  'tests/e2e/channels/x12-inbound-fuzz.test.ts',
  'tests/e2e/channels/edifact-inbound-fuzz.test.ts',
  'tests/cli/crossdock-import.test.ts',
  'tests/e2e/experience/erp-outage.test.ts',
  'gateway/src/console/sign-in-route.test.ts',
  'tests/contracts/migrations-match-schema.test.ts',
  'tests/e2e/events/backorders.test.ts',
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
