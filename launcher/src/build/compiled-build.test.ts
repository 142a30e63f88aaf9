import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '@crossdock/shared-contracts/platform/auth/tokens';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import {
  parseEnvironment,
  tokenSettingsFrom,
  tokenSettingsSchema,
} from '@crossdock/shared-contracts/platform/config/env';
import { startPlatformProcess, type PlatformProcess } from './platform-process';

const LAUNCHER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ROOT = path.dirname(LAUNCHER);

/**
 * `pnpm build`'s output run by plain `node`, as `pnpm start` and the image run it: built afresh (into a folder
 * of its own, so the installed build is left alone), started as `crossdock start` on two fresh databases of the
 * test run's PostgreSQL, and asked through the gateway for what needs each part of the build: the tiers in their
 * threads, Prisma's clients, the migrations, the merged OpenAPI document and the console's static files, all
 * found from the build's place. (On the embedded default, a fresh cluster's initdb alone takes longer than this
 * whole file; `pnpm bench:memory` starts the build on it.)
 */
describe('the compiled build', () => {
  let outdir: string;
  let platform: PlatformProcess;
  // Signed as `crossdock token` signs it with no settings given (the development secret the platform uses).
  const token = signToken(tokenSettingsFrom(parseEnvironment(tokenSettingsSchema, {}, 'test')), {
    subject: 'build-check',
    scopes: ['system:read', 'process:read'],
  });
  const get = (route: string) => fetch(`${platform.url}${route}`, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    // Under launcher/node_modules: npm packages resolve from there as from launcher/dist, and no linter looks.
    await mkdir(path.join(LAUNCHER, 'node_modules/.cache'), { recursive: true });
    outdir = await mkdtemp(path.join(LAUNCHER, 'node_modules/.cache/crossdock-build-test-'));
    await promisify(execFile)(process.execPath, [path.join(LAUNCHER, 'build.mjs'), '--outdir', outdir], { cwd: ROOT });
    platform = await startPlatformProcess({
      root: ROOT,
      command: [process.execPath, path.join(outdir, 'main.js')],
      env: {
        CROSSDOCK_SYSTEM_DATABASE_URL: await createTestDatabase('build_system'),
        CROSSDOCK_PROCESS_DATABASE_URL: await createTestDatabase('build_process'),
      },
    });
  }, 120_000);

  afterAll(async () => {
    await platform?.stop();
    if (outdir) await rm(outdir, { recursive: true, force: true });
  });

  it('is JavaScript only: no TypeScript file is loaded from the build', async () => {
    const files = await readdir(outdir);
    expect(files).toContain('main.js');
    expect(files).toContain('tier-thread.js');
    expect(files.filter((file) => file.endsWith('.ts'))).toEqual([]);
  });

  it('answers its health through the gateway with every tier up', async () => {
    const answer = await fetch(`${platform.url}/health`);
    expect(answer.status).toBe(200);
    const health = (await answer.json()) as { status: string; tiers: Record<string, { status: string }> };
    expect(health.status).toBe('up');
    expect(Object.fromEntries(Object.entries(health.tiers).map(([tier, { status }]) => [tier, status]))).toEqual({
      system: 'up',
      process: 'up',
      experience: 'up',
    });
  });

  it('serves the demo data from both databases, migrated and seeded by the build', async () => {
    const items = await get('/system/v1/items?limit=1');
    expect(items.status).toBe(200);
    expect(((await items.json()) as { items: unknown[] }).items).toHaveLength(1);
    const partners = await get('/process/v1/partners');
    expect(partners.status).toBe(200);
  });

  it('serves the files it reads at run time: the OpenAPI document and the console', async () => {
    const openApi = await fetch(`${platform.url}/openapi.json`);
    expect(openApi.status).toBe(200);
    expect(Object.keys(((await openApi.json()) as { paths: object }).paths).length).toBeGreaterThan(50);
    const console = await fetch(`${platform.url}/console/`);
    expect(console.status).toBe(200);
    expect(await console.text()).toContain('<script');
  });

  it('stops cleanly on SIGTERM', async () => {
    expect(await platform.stop()).toBe(0);
  });
});
