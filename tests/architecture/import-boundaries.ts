/**
 * Finds imports that cross a package boundary: a module named by another tier's (or the gateway's)
 * package name, a package reached past its published entry points (its package.json `exports`), or a
 * relative path that leaves the importing file's own package.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';

export interface ImportSite {
  specifier: string;
  /** 1-based. */
  line: number;
}

export interface BoundaryRule {
  /** The package folder, e.g. `<repo>/system-apis`; relative imports must stay inside it. */
  packageDir: string;
  /** Where to scan, e.g. `<repo>/system-apis/src`. */
  sourceDir: string;
  /** Package names this package must not import, e.g. `@crossdock/process-apis`. */
  forbiddenPackages: string[];
  /**
   * Packages this package may import only through their published entry points: package name to
   * its `exports` keys (`./server`, `./*`), as `publishedEntryPoints` reads them.
   */
  entryPointsOnly?: Record<string, string[]>;
}

/** The `exports` keys of the package in `packageDir` (`.` when it has only a `main`). */
export async function publishedEntryPoints(packageDir: string): Promise<{ name: string; entryPoints: string[] }> {
  const manifest = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as {
    name: string;
    exports?: string | Record<string, unknown>;
  };
  const exported = manifest.exports;
  const entryPoints = exported === undefined || typeof exported === 'string' ? ['.'] : Object.keys(exported);
  return { name: manifest.name, entryPoints };
}

/** Whether `subpath` (`.` or `./x/y`) is one of `entryPoints`, a `*` matching any rest as in Node.js. */
function isPublished(subpath: string, entryPoints: string[]): boolean {
  return entryPoints.some((entry) => {
    const star = entry.indexOf('*');
    if (star < 0) return entry === subpath;
    const [before, after] = [entry.slice(0, star), entry.slice(star + 1)];
    return subpath.length > before.length + after.length && subpath.startsWith(before) && subpath.endsWith(after);
  });
}

/**
 * Every module specifier in `source`: `import ... from`, `import '...'`, `export ... from`,
 * `import('...')` and `require('...')`, as the TypeScript scanner sees them (comments and strings
 * that merely look like imports are not counted).
 */
export function importsOf(source: string): ImportSite[] {
  const { importedFiles } = ts.preProcessFile(source, true, true);
  return importedFiles.map((file) => ({
    specifier: file.fileName,
    line: source.slice(0, file.pos).split('\n').length,
  }));
}

/** Why `specifier`, imported by `file`, breaks `rule`; undefined when it does not. */
export function boundaryBreach(rule: BoundaryRule, file: string, specifier: string): string | undefined {
  const forbidden = rule.forbiddenPackages.find((name) => specifier === name || specifier.startsWith(`${name}/`));
  if (forbidden) return `imports ${forbidden}, another package's source`;
  for (const [name, entryPoints] of Object.entries(rule.entryPointsOnly ?? {})) {
    if (specifier !== name && !specifier.startsWith(`${name}/`)) continue;
    const subpath = specifier === name ? '.' : `.${specifier.slice(name.length)}`;
    if (!isPublished(subpath, entryPoints))
      return `reaches into ${name} past its published entry points (its package.json exports: ${entryPoints.join(', ')})`;
  }
  if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..') {
    const target = path.resolve(path.dirname(file), specifier);
    const inside = path.relative(rule.packageDir, target);
    if (inside.startsWith('..') || path.isAbsolute(inside)) {
      return `reaches outside ${path.basename(rule.packageDir)}/ by a relative path (shared code comes only through @crossdock/shared-contracts/...)`;
    }
  }
  return undefined;
}

/** `file:line: 'specifier' why`, relative to `repoRoot`, for every breach under `rule.sourceDir`. */
export async function findBoundaryBreaches(rule: BoundaryRule, repoRoot: string): Promise<string[]> {
  const breaches: string[] = [];
  for (const file of await typeScriptFilesUnder(rule.sourceDir)) {
    for (const site of importsOf(await readFile(file, 'utf8'))) {
      const why = boundaryBreach(rule, file, site.specifier);
      if (why) breaches.push(`${path.relative(repoRoot, file)}:${site.line}: '${site.specifier}' ${why}`);
    }
  }
  return breaches;
}

/** Whether `specifier`, imported by `file`, names a module inside `dir` (by a relative path). */
export function reachesInto(file: string, specifier: string, dir: string): boolean {
  if (!specifier.startsWith('.')) return false;
  const inside = path.relative(dir, path.resolve(path.dirname(file), specifier));
  return inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside);
}

/** `file:line: 'specifier'`, relative to `repoRoot`, for every import under `sourceDir` of a module inside `dir`. */
export async function findImportsInto(sourceDir: string, dir: string, repoRoot: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of await typeScriptFilesUnder(sourceDir)) {
    for (const site of importsOf(await readFile(file, 'utf8'))) {
      if (reachesInto(file, site.specifier, dir))
        found.push(`${path.relative(repoRoot, file)}:${site.line}: '${site.specifier}'`);
    }
  }
  return found;
}

export async function typeScriptFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(ts|mts|cts|tsx)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.split(path.sep).includes('node_modules'))
    .sort();
}
