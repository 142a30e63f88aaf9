/**
 * shared-contracts has three rooms and its name tells which: `contracts/` is what any tier or client
 * may import (the canonical model, API types, problem types, events) and so depends on nothing that
 * does I/O; `platform/` is what running a tier takes (config, logging, HTTP kit, database, auth);
 * `testing/` is the test kit, which only tests import. Its package.json exports exactly these rooms.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../openapi/generate-contracts';
import { importsOf, typeScriptFilesUnder } from './import-boundaries';

const SRC = path.join(REPO_ROOT, 'shared-contracts/src');
const ROOMS = ['contracts', 'platform', 'testing'] as const;
type Room = (typeof ROOMS)[number];
/** What the contracts room may import besides itself: schemas and hashing, nothing that does I/O. */
const CONTRACT_PACKAGES = new Set(['zod', 'node:crypto', 'vitest']);
const PACKAGES = ['shared-contracts', 'system-apis', 'process-apis', 'experience-apis', 'gateway', 'launcher'];

/** The room a module specifier in `file` lands in, or undefined when it is not shared-contracts. */
export function roomOf(file: string, specifier: string): Room | undefined {
  const named = /^@crossdock\/shared-contracts\/([^/]+)\//.exec(specifier);
  if (named) return ROOMS.find((room) => room === named[1]);
  if (!specifier.startsWith('.')) return undefined;
  const target = path.relative(SRC, path.resolve(path.dirname(file), specifier));
  if (target.startsWith('..')) return undefined;
  return ROOMS.find((room) => target.startsWith(`${room}${path.sep}`));
}

async function importsUnder(dir: string): Promise<{ file: string; specifier: string; line: number }[]> {
  const files = await typeScriptFilesUnder(dir);
  const perFile = await Promise.all(
    files.map(async (file) => importsOf(await readFile(file, 'utf8')).map((site) => ({ file, ...site }))),
  );
  return perFile.flat();
}

const where = (site: { file: string; line: number; specifier: string }) =>
  `${path.relative(REPO_ROOT, site.file)}:${site.line} imports ${site.specifier}`;
const isTestFile = (file: string) =>
  file.endsWith('.test.ts') || file.startsWith(path.join(REPO_ROOT, 'tests') + path.sep);

describe('shared-contracts rooms', () => {
  it('publishes exactly its three rooms', async () => {
    const manifest = JSON.parse(await readFile(path.join(REPO_ROOT, 'shared-contracts/package.json'), 'utf8')) as {
      exports: Record<string, string>;
    };
    expect(Object.keys(manifest.exports).sort()).toEqual(['./contracts/*', './platform/*', './testing/*']);
  });

  it('keeps the contracts room free of the platform, the test kit and I/O packages', async () => {
    const sites = await importsUnder(path.join(SRC, 'contracts'));
    const breaches = sites.filter(({ file, specifier }) =>
      specifier.startsWith('.') ? roomOf(file, specifier) !== 'contracts' : !CONTRACT_PACKAGES.has(specifier),
    );
    expect(sites.length).toBeGreaterThan(0);
    expect(breaches.map(where)).toEqual([]);
  });

  it('keeps the test kit out of the platform room', async () => {
    const sites = await importsUnder(path.join(SRC, 'platform'));
    const breaches = sites.filter(({ file, specifier }) => !isTestFile(file) && roomOf(file, specifier) === 'testing');
    expect(breaches.map(where)).toEqual([]);
  });

  it('lets only tests import the test kit', async () => {
    const sites = (await Promise.all(PACKAGES.map((pkg) => importsUnder(path.join(REPO_ROOT, pkg, 'src'))))).flat();
    const testKitInProduct = sites.filter(
      ({ file, specifier }) =>
        !isTestFile(file) && !file.startsWith(path.join(SRC, 'testing')) && roomOf(file, specifier) === 'testing',
    );
    expect(testKitInProduct.map(where)).toEqual([]);
  });

  it('sees a breach where there is one', () => {
    const platformFile = path.join(SRC, 'platform/http/create-tier-app.ts');
    expect(roomOf(platformFile, '../../testing/test-database')).toBe('testing');
    expect(roomOf(platformFile, '@crossdock/shared-contracts/contracts/model/sales-order')).toBe('contracts');
    expect(roomOf(platformFile, 'express')).toBeUndefined();
  });
});
