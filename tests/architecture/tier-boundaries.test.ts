/**
 * A tier calls the tier below over HTTP, never by importing its code; shared code comes only through
 * `@crossdock/shared-contracts/...`, and shared-contracts depends on no tier and not on the gateway.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../openapi/generate-contracts';
import { boundaryBreach, findBoundaryBreaches, importsOf, typeScriptFilesUnder, type BoundaryRule } from './import-boundaries';

const TIERS = ['system-apis', 'process-apis', 'experience-apis'] as const;
const PACKAGE_NAMES = { 'system-apis': '@crossdock/system-apis', 'process-apis': '@crossdock/process-apis', 'experience-apis': '@crossdock/experience-apis', gateway: '@crossdock/gateway' } as const;

function ruleFor(folder: (typeof TIERS)[number] | 'shared-contracts'): BoundaryRule {
  const forbidden = Object.entries(PACKAGE_NAMES)
    .filter(([owner]) => owner !== folder)
    .map(([, name]) => name);
  return { packageDir: path.join(REPO_ROOT, folder), sourceDir: path.join(REPO_ROOT, folder, 'src'), forbiddenPackages: forbidden };
}

function failureMessage(breaches: string[]): string {
  return `imports that cross a package boundary:\n  ${breaches.join('\n  ')}`;
}

describe('tier boundaries', () => {
  it.each(TIERS)('%s imports no other tier, the gateway, or anything outside its package by a relative path', async (tier) => {
    const rule = ruleFor(tier);
    const breaches = await findBoundaryBreaches(rule, REPO_ROOT);

    expect((await typeScriptFilesUnder(rule.sourceDir)).length).toBeGreaterThan(0);
    expect(breaches, failureMessage(breaches)).toEqual([]);
  });

  it('shared-contracts imports no tier and not the gateway', async () => {
    const rule = ruleFor('shared-contracts');
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
    expect(boundaryBreach(rule, file, '@crossdock/gateway/config/gateway-config')).toMatch(/imports @crossdock\/gateway/);
  });

  it('flags a relative path that climbs out of the package, into another tier or into shared-contracts', () => {
    expect(boundaryBreach(rule, file, '../../../system-apis/src/erp/erp-adapter')).toMatch(/outside process-apis\//);
    expect(boundaryBreach(rule, file, '../../../shared-contracts/src/errors/errors')).toMatch(/outside process-apis\//);
  });

  it('allows its own package, shared-contracts by name, and npm packages', () => {
    expect(boundaryBreach(rule, file, '../idempotency/idempotency-store')).toBeUndefined();
    expect(boundaryBreach(rule, file, '../../prisma.config')).toBeUndefined();
    expect(boundaryBreach(rule, file, '@crossdock/process-apis/server')).toBeUndefined();
    expect(boundaryBreach(rule, file, '@crossdock/shared-contracts/errors/errors')).toBeUndefined();
    expect(boundaryBreach(rule, file, 'express')).toBeUndefined();
    // A name that merely starts like a tier's is another package.
    expect(boundaryBreach(rule, file, '@crossdock/system-apis-client')).toBeUndefined();
  });

  it('walks a source tree and reports each breach as file:line', async () => {
    // The gateway may start the tiers; held to a tier's rule, its imports of them are breaches.
    const gatewayAsIfATier: BoundaryRule = { packageDir: path.join(REPO_ROOT, 'gateway'), sourceDir: path.join(REPO_ROOT, 'gateway/src'), forbiddenPackages: ['@crossdock/system-apis'] };

    const breaches = await findBoundaryBreaches(gatewayAsIfATier, REPO_ROOT);

    expect(breaches).toContainEqual(expect.stringMatching(/^gateway\/src\/embedded\/start-platform\.ts:\d+: '@crossdock\/system-apis\/server' imports @crossdock\/system-apis,/));
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
