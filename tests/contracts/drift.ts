/**
 * Shared by the drift tests: compares what a generator writes now with what is committed, and says
 * which file differs, where, and how to bring it back in line.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';

export const REGENERATE = 'Run `npx -y pnpm@10 generate` and commit the result.';

/** Every file under `dir`, as sorted paths relative to it (with `/` separators). */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * undefined when `committed` holds exactly the bytes of `regenerated`; otherwise a message that names
 * the committed file (relative to `repoRoot`), the first line that differs, and the fix.
 */
export async function describeDrift(options: {
  committedPath: string;
  regenerated: Buffer;
  repoRoot: string;
}): Promise<string | undefined> {
  const committed = await readFile(options.committedPath);
  if (committed.equals(options.regenerated)) return undefined;
  const name = path.relative(options.repoRoot, options.committedPath);
  const committedLines = committed.toString('utf8').split('\n');
  const regeneratedLines = options.regenerated.toString('utf8').split('\n');
  const index = firstDifference(committedLines, regeneratedLines);
  return [
    `${name} has drifted from what its source generates (first difference at line ${index + 1}).`,
    `  committed:   ${JSON.stringify(committedLines[index] ?? '<end of file>')}`,
    `  regenerated: ${JSON.stringify(regeneratedLines[index] ?? '<end of file>')}`,
    REGENERATE,
  ].join('\n');
}

function firstDifference(a: string[], b: string[]): number {
  let index = 0;
  while (index < a.length && index < b.length && a[index] === b[index]) index += 1;
  return index;
}

/** Fails the running test with the drift message, if there is one. */
export function failOnDrift(drift: string | undefined): void {
  if (drift !== undefined) expect.fail(drift);
}
