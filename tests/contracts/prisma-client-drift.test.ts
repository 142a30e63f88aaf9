/**
 * The committed Prisma clients (`<tier>/src/generated/prisma`) are what `prisma generate` makes from
 * the committed schemas today. The test runs the tier's own Prisma CLI into a scratch folder and
 * compares every file.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prismaCliEnvironment } from '@crossdock/shared-contracts/platform/database/prisma-engine';
import { REPO_ROOT } from '../../openapi/generate-contracts';
import { describeDrift, failOnDrift, listFiles, REGENERATE } from './drift';

const run = promisify(execFile);
const GENERATION_TIMEOUT_MS = 120_000;
const TIERS_WITH_PRISMA = ['system-apis', 'process-apis'] as const;
const CLIENT_DIR = 'src/generated/prisma';
// The repository's own schema engine, as `pnpm generate` uses it (prisma-cli.ts): nothing downloaded.
// `generate` itself never starts the engine; the CLI only insists it exists.

const scratch: Record<string, string> = {};

/**
 * Lays the scratch folder out like the tier: `prisma/schema.prisma` with its generator `output`
 * (`../src/generated/prisma`) untouched, so the client lands in `<scratch>/src/generated/prisma`.
 * Rewriting `output` instead would change the copy of the schema Prisma embeds in
 * `internal/class.ts`. A tsconfig extending the tier's tells Prisma the import style to emit.
 */
async function generateClient(tier: string): Promise<string> {
  const tierDir = path.join(REPO_ROOT, tier);
  const dir = await mkdtemp(path.join(os.tmpdir(), `crossdock-prisma-drift-${tier}-`));
  await mkdir(path.join(dir, 'prisma'));
  await copyFile(path.join(tierDir, 'prisma/schema.prisma'), path.join(dir, 'prisma/schema.prisma'));
  await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify({ extends: path.join(tierDir, 'tsconfig.json') }));
  const env = prismaCliEnvironment(process.env);
  // From the tier's folder, so the CLI loads the tier's prisma.config.ts as `pnpm generate` does.
  await run(
    path.join(tierDir, 'node_modules/.bin/prisma'),
    ['generate', '--schema', path.join(dir, 'prisma/schema.prisma')],
    { cwd: tierDir, env },
  );
  return dir;
}

beforeAll(async () => {
  const dirs = await Promise.all(TIERS_WITH_PRISMA.map(generateClient));
  TIERS_WITH_PRISMA.forEach((tier, index) => (scratch[tier] = dirs[index]!));
}, GENERATION_TIMEOUT_MS);

afterAll(async () => {
  await Promise.all(Object.values(scratch).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe.each(TIERS_WITH_PRISMA)('the committed Prisma client of %s', (tier) => {
  const committedDir = path.join(REPO_ROOT, tier, CLIENT_DIR);
  const regeneratedDir = () => path.join(scratch[tier]!, CLIENT_DIR);

  it('has exactly the files prisma generate writes', async () => {
    const committed = await listFiles(committedDir);
    const regenerated = await listFiles(regeneratedDir());
    const missing = regenerated
      .filter((file) => !committed.includes(file))
      .map((file) => `${tier}/${CLIENT_DIR}/${file} is generated but not committed`);
    const extra = committed
      .filter((file) => !regenerated.includes(file))
      .map((file) => `${tier}/${CLIENT_DIR}/${file} is committed but no longer generated`);

    expect(regenerated.length).toBeGreaterThan(0);
    expect([...missing, ...extra], `${[...missing, ...extra].join('\n')}\n${REGENERATE}`).toEqual([]);
  });

  it('holds in every file exactly the bytes prisma generate writes', async () => {
    const committed = new Set(await listFiles(committedDir));
    const shared = (await listFiles(regeneratedDir())).filter((file) => committed.has(file));
    const drifts: string[] = [];
    for (const file of shared) {
      const drift = await describeDrift({
        committedPath: path.join(committedDir, file),
        regenerated: await readFile(path.join(regeneratedDir(), file)),
        repoRoot: REPO_ROOT,
      });
      if (drift) drifts.push(drift);
    }

    expect(shared.length).toBeGreaterThan(0);
    failOnDrift(drifts.length > 0 ? drifts.join('\n\n') : undefined);
  });
});
