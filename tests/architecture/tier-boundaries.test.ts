/**
 * A tier calls the tier below over HTTP, never by importing its code; shared code comes only through
 * `@crossdock/shared-contracts/...`, and shared-contracts depends on no tier, not on the gateway and
 * not on the launcher. The gateway is a pure edge that knows the tiers only by URL. The launcher is
 * the one composition root: it starts the tiers and the gateway through their published entry points
 * (package.json `exports`), never deeper.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../openapi/generate-contracts';
import {
  boundaryBreach,
  findBoundaryBreaches,
  importsOf,
  publishedEntryPoints,
  typeScriptFilesUnder,
  type BoundaryRule,
} from './import-boundaries';

const TIERS = ['system-apis', 'process-apis', 'experience-apis'] as const;
const PACKAGE_NAMES = {
  'system-apis': '@crossdock/system-apis',
  'process-apis': '@crossdock/process-apis',
  'experience-apis': '@crossdock/experience-apis',
  gateway: '@crossdock/gateway',
  launcher: '@crossdock/launcher',
} as const;
type Folder = keyof typeof PACKAGE_NAMES | 'shared-contracts';

function ruleFor(folder: Folder): BoundaryRule {
  const forbidden = Object.entries(PACKAGE_NAMES)
    .filter(([owner]) => owner !== folder)
    .map(([, name]) => name);
  return {
    packageDir: path.join(REPO_ROOT, folder),
    sourceDir: path.join(REPO_ROOT, folder, 'src'),
    forbiddenPackages: forbidden,
  };
}

/** The launcher may import every other package of the workspace, but only at its published entry points. */
async function launcherRule(): Promise<BoundaryRule> {
  const published = await Promise.all(
    ['shared-contracts', ...TIERS, 'gateway'].map((folder) => publishedEntryPoints(path.join(REPO_ROOT, folder))),
  );
  const entryPointsOnly = Object.fromEntries(published.map(({ name, entryPoints }) => [name, entryPoints]));
  return {
    packageDir: path.join(REPO_ROOT, 'launcher'),
    sourceDir: path.join(REPO_ROOT, 'launcher/src'),
    forbiddenPackages: [],
    entryPointsOnly,
  };
}

async function dependenciesOf(folder: Folder): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(REPO_ROOT, folder, 'package.json'), 'utf8')) as Record<
    string,
    Record<string, string> | undefined
  >;
  return ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].flatMap((field) =>
    Object.keys(manifest[field] ?? {}),
  );
}

function failureMessage(breaches: string[]): string {
  return `imports that cross a package boundary:\n  ${breaches.join('\n  ')}`;
}

describe('tier boundaries', () => {
  it.each(TIERS)(
    '%s imports no other tier, the gateway, the launcher, or anything outside its package by a relative path',
    async (tier) => {
      const rule = ruleFor(tier);
      const breaches = await findBoundaryBreaches(rule, REPO_ROOT);

      expect((await typeScriptFilesUnder(rule.sourceDir)).length).toBeGreaterThan(0);
      expect(breaches, failureMessage(breaches)).toEqual([]);
    },
  );

  it('shared-contracts imports no tier, not the gateway and not the launcher', async () => {
    const rule = ruleFor('shared-contracts');
    const breaches = await findBoundaryBreaches(rule, REPO_ROOT);

    expect((await typeScriptFilesUnder(rule.sourceDir)).length).toBeGreaterThan(0);
    expect(breaches, failureMessage(breaches)).toEqual([]);
  });

  it('the gateway imports no tier and not the launcher: it knows the tiers only by URL', async () => {
    const rule = ruleFor('gateway');
    const breaches = await findBoundaryBreaches(rule, REPO_ROOT);

    expect((await typeScriptFilesUnder(rule.sourceDir)).length).toBeGreaterThan(0);
    expect(breaches, failureMessage(breaches)).toEqual([]);
  });

  it("the gateway's package.json depends on no tier and not on the launcher", async () => {
    const crossdockPackages = (await dependenciesOf('gateway')).filter((name) => name.startsWith('@crossdock/'));

    expect(crossdockPackages).toEqual(['@crossdock/shared-contracts']);
  });

  it('the launcher imports the tiers and the gateway only at their published entry points, and nothing outside its package by a relative path', async () => {
    const rule = await launcherRule();
    const breaches = await findBoundaryBreaches(rule, REPO_ROOT);

    expect((await typeScriptFilesUnder(rule.sourceDir)).length).toBeGreaterThan(0);
    expect(breaches, failureMessage(breaches)).toEqual([]);
  });
});

describe('the boundary check itself', () => {
  const rule = ruleFor('process-apis');
  const file = path.join(REPO_ROOT, 'process-apis/src/orders/place-order.ts');

  it('flags another tier by package name, with or without a subpath', () => {
    expect(boundaryBreach(rule, file, '@crossdock/system-apis/server')).toMatch(/imports @crossdock\/system-apis/);
    expect(boundaryBreach(rule, file, '@crossdock/experience-apis')).toMatch(/imports @crossdock\/experience-apis/);
    expect(boundaryBreach(rule, file, '@crossdock/gateway/config/gateway-config')).toMatch(
      /imports @crossdock\/gateway/,
    );
  });

  it('flags a relative path that climbs out of the package, into another tier or into shared-contracts', () => {
    expect(boundaryBreach(rule, file, '../../../system-apis/src/erp/erp-adapter')).toMatch(/outside process-apis\//);
    expect(boundaryBreach(rule, file, '../../../shared-contracts/src/contracts/errors/errors')).toMatch(
      /outside process-apis\//,
    );
  });

  it('allows its own package, shared-contracts by name, and npm packages', () => {
    expect(boundaryBreach(rule, file, '../idempotency/idempotency-store')).toBeUndefined();
    expect(boundaryBreach(rule, file, '../../prisma.config')).toBeUndefined();
    expect(boundaryBreach(rule, file, '@crossdock/process-apis/server')).toBeUndefined();
    expect(boundaryBreach(rule, file, '@crossdock/shared-contracts/contracts/errors/errors')).toBeUndefined();
    expect(boundaryBreach(rule, file, 'express')).toBeUndefined();
    // A name that merely starts like a tier's is another package.
    expect(boundaryBreach(rule, file, '@crossdock/system-apis-client')).toBeUndefined();
  });

  it('walks a source tree and reports each breach as file:line', async () => {
    // The launcher starts the tiers; held to a tier's rule, its imports of them are breaches.
    const launcherAsIfATier: BoundaryRule = {
      packageDir: path.join(REPO_ROOT, 'launcher'),
      sourceDir: path.join(REPO_ROOT, 'launcher/src'),
      forbiddenPackages: ['@crossdock/system-apis'],
    };

    const breaches = await findBoundaryBreaches(launcherAsIfATier, REPO_ROOT);

    expect(breaches).toContainEqual(
      expect.stringMatching(
        /^launcher\/src\/embedded\/start-platform\.ts:\d+: '@crossdock\/system-apis\/server' imports @crossdock\/system-apis,/,
      ),
    );
  });

  it('flags the launcher reaching into a package past its package.json exports, and allows the exports themselves', async () => {
    const rule = await launcherRule();
    const launcherFile = path.join(REPO_ROOT, 'launcher/src/embedded/start-platform.ts');

    expect(boundaryBreach(rule, launcherFile, '@crossdock/process-apis/orders/place-order')).toMatch(
      /reaches into @crossdock\/process-apis past its published entry points/,
    );
    expect(boundaryBreach(rule, launcherFile, '@crossdock/system-apis/src/server')).toMatch(
      /reaches into @crossdock\/system-apis past/,
    );
    expect(boundaryBreach(rule, launcherFile, '@crossdock/gateway/gateway-app')).toMatch(
      /reaches into @crossdock\/gateway past/,
    );
    expect(boundaryBreach(rule, launcherFile, '@crossdock/experience-apis')).toMatch(
      /reaches into @crossdock\/experience-apis past/,
    );
    expect(boundaryBreach(rule, launcherFile, '../../../system-apis/src/server')).toMatch(/outside launcher\//);
    expect(boundaryBreach(rule, launcherFile, '@crossdock/system-apis/server')).toBeUndefined();
    expect(boundaryBreach(rule, launcherFile, '@crossdock/system-apis/erp/fault-injection')).toBeUndefined();
    expect(boundaryBreach(rule, launcherFile, '@crossdock/gateway/start-gateway')).toBeUndefined();
    // shared-contracts publishes every module under src/ (`./*`).
    expect(boundaryBreach(rule, launcherFile, '@crossdock/shared-contracts/contracts/errors/errors')).toBeUndefined();
    expect(boundaryBreach(rule, launcherFile, './start-tier-thread')).toBeUndefined();
  });

  it('sees static, side-effect, re-export, type-only, dynamic and require imports with their lines, and not comments', () => {
    const source = [
      "import { a } from './a';",
      "import './side-effect';",
      "export { b } from '../b';",
      'import type {',
      '  C,',
      "} from '@crossdock/system-apis/server';",
      "// import { d } from '@crossdock/gateway';",
      "const e = await import('@crossdock/experience-apis/server');",
      "const f = require('../../f');",
    ].join('\n');

    expect(importsOf(source)).toEqual([
      { specifier: './a', line: 1 },
      { specifier: './side-effect', line: 2 },
      { specifier: '../b', line: 3 },
      { specifier: '@crossdock/system-apis/server', line: 6 },
      { specifier: '@crossdock/experience-apis/server', line: 8 },
      { specifier: '../../f', line: 9 },
    ]);
  });
});
