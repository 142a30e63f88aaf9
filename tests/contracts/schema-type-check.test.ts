import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/test-platform';

const run = promisify(execFile);
let dir: string;

// The compile-time check is only worth something if tsc really refuses a schema that drifted from
// its interface; this compiles one that did, and one that did not.
beforeAll(async () => {
  dir = await mkdtemp(path.join(REPO_ROOT, 'shared-contracts/src/contracts/model/.schema-check-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function compile(source: string): Promise<{ ok: boolean; output: string }> {
  await writeFile(path.join(dir, 'probe.ts'), source);
  await writeFile(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ extends: '../../../../../tsconfig.base.json', include: ['probe.ts'] }),
  );
  try {
    await run(path.join(REPO_ROOT, 'node_modules/.bin/tsc'), ['-p', path.join(dir, 'tsconfig.json')], {
      cwd: REPO_ROOT,
    });
    return { ok: true, output: '' };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout) };
  }
}

const probe = (interfaceBody: string) => `
import { z } from 'zod';
import { assertTypesMatch, type Equals } from '../type-equality';
interface Pallet { ${interfaceBody} }
const palletSchema = z.object({ id: z.string(), cases: z.number(), label: z.string().optional() });
assertTypesMatch<Equals<z.infer<typeof palletSchema>, Pallet>>();
`;

describe('zod schemas and their interfaces stay in step', () => {
  it('compiles when the interface matches the schema', async () => {
    expect(await compile(probe('id: string; cases: number; label?: string;'))).toEqual({ ok: true, output: '' });
  }, 60_000);

  it('fails to compile when the interface drifts from the schema', async () => {
    const missingField = await compile(probe('id: string; cases: number;'));
    expect(missingField.ok).toBe(false);
    expect(missingField.output).toContain('probe.ts');
    const wrongType = await compile(probe('id: number; cases: number; label?: string;'));
    expect(wrongType.ok).toBe(false);
  }, 60_000);
});
