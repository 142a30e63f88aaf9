/**
 * The real `crossdock` command line, run as a user runs it (`pnpm crossdock ...` is
 * `tsx launcher/src/cli/main.ts ...` from the repository root), with only the variables given. Not
 * a test file.
 */
import { execFile, spawn } from 'node:child_process';
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

/**
 * Runs `crossdock <args>` at a terminal (a pseudo-terminal made by util-linux's `script`), typing
 * each answer when its prompt appears; resolves with everything the terminal showed.
 */
export function runCrossdockAtTerminal(
  args: string[],
  env: Record<string, string>,
  answers: { prompt: string; typed: string }[],
): Promise<{ code: number; screen: string }> {
  const command = [path.join(REPO_ROOT, 'node_modules/.bin/tsx'), 'launcher/src/cli/main.ts', ...args]
    .map((word) => `'${word.replaceAll("'", "'\\''")}'`)
    .join(' ');
  const environment: NodeJS.ProcessEnv = { PATH: process.env.PATH, ...env };
  if (process.env.HOME) environment.HOME = process.env.HOME;
  return new Promise((resolve) => {
    const child = spawn('script', ['--quiet', '--return', '--command', command, '/dev/null'], {
      cwd: REPO_ROOT,
      env: environment,
    });
    let screen = '';
    let answered = 0;
    let seenUpTo = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString('utf8');
      // Typed only once its prompt shows, as a person would: the terminal is in raw mode by then.
      const next = answers[answered];
      const at = next ? screen.indexOf(next.prompt, seenUpTo) : -1;
      if (next && at >= 0) {
        seenUpTo = at + next.prompt.length;
        answered += 1;
        child.stdin.write(`${next.typed}\r`);
      }
    });
    child.on('close', (code) => resolve({ code: code ?? -1, screen }));
  });
}
