/**
 * A clone must work alone: no file of the repository may lean on the `shared/` folder that sits beside
 * the authors' clones (design notes, tools, sample documents), which a new user's clone does not have.
 * Every tracked text file is read for a relative path to a `shared/` folder that is not the
 * repository's own (experience-apis has a `src/shared/` of its own, which its imports find).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/test-platform';

const PATH_TO_A_SHARED_FOLDER = /((?:\.\.\/)+shared\/[\w./@-]*)/g;
const TEXT_FILE = /\.(ts|mts|mjs|js|json|ya?ml|md|sh|prisma|sql|html)$|(^|\/)\.ci\/run$/;
// Imports name modules without their extension.
const names = (target: string) =>
  ['', '.ts', '.mjs', '.js', '.json'].some((extension) => existsSync(target + extension));
const insideRepository = (target: string) => target.startsWith(REPO_ROOT + path.sep);

describe('the repository', () => {
  it('refers to no shared/ folder outside itself', () => {
    const files = execFileSync('git', ['ls-files'], { cwd: REPO_ROOT, encoding: 'utf8' })
      .split('\n')
      .filter(
        (file) =>
          TEXT_FILE.test(file) && !file.includes('/generated/') && file !== 'tests/architecture/self-contained.test.ts',
      );
    const outside: string[] = [];
    for (const file of files) {
      for (const [, reference] of readFileSync(path.join(REPO_ROOT, file), 'utf8').matchAll(PATH_TO_A_SHARED_FOLDER)) {
        const target = path.resolve(REPO_ROOT, path.dirname(file), reference!);
        if (!insideRepository(target) || !names(target)) outside.push(`${file}: ${reference}`);
      }
    }
    expect(files.length).toBeGreaterThan(100);
    expect(outside).toEqual([]);
  });
});
