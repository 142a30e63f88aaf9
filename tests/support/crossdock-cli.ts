/**
 * The real `crossdock` command line, run as a user runs it (`pnpm crossdock ...` is
 * `tsx launcher/src/cli/main.ts ...` from the repository root), with only the variables given. Not
 * a test file.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Not test-platform's REPO_ROOT: importing it would load every tier into a test that runs only the CLI.
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `crossdock <args>`, with `input` on standard input; resolves however it exits. */
export function runCrossdock(args: string[], env: Record<string, string>, input = ''): Promise<CliOutcome> {
  const environment: NodeJS.ProcessEnv = { PATH: process.env.PATH, ...env };
  if (process.env.HOME) environment.HOME = process.env.HOME;
  return new Promise((resolve) => {
    const child = execFile(
      path.join(REPO_ROOT, 'node_modules/.bin/tsx'),
      ['launcher/src/cli/main.ts', ...args],
      { cwd: REPO_ROOT, env: environment },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(input);
  });
}
