/**
 * The real `crossdock` command line, run as a user runs it (`pnpm crossdock ...` is
 * `tsx gateway/src/cli/main.ts ...` from the repository root).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_SCOPES } from '@crossdock/shared-contracts/auth/scopes';
import { verifyToken, type TokenSettings } from '@crossdock/shared-contracts/auth/tokens';
import { REPO_ROOT } from '../../openapi/generate-contracts';

const TEST_SECRET = 'crossdock-cli-test-secret-0123456789';
const SETTINGS: TokenSettings = { secret: TEST_SECRET, issuer: 'crossdock', audience: 'crossdock', clockToleranceSeconds: 30 };

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `crossdock <args>` with only the variables a user would set; resolves however it exits. */
function crossdock(args: string[]): Promise<Outcome> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, CROSSDOCK_JWT_SECRET: TEST_SECRET };
  if (process.env.HOME) env.HOME = process.env.HOME;
  return new Promise((resolve) => {
    execFile(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), ['gateway/src/cli/main.ts', ...args], { cwd: REPO_ROOT, env }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('crossdock token', () => {
  it('prints exactly one line: a token the platform accepts, for that subject, scopes and customer', async () => {
    const { code, stdout, stderr } = await crossdock(['token', '--sub', 'alice', '--scopes', 'portal:read', '--customer', 'C-1001']);

    expect(code, stderr).toBe(0);
    expect(stdout.endsWith('\n')).toBe(true);
    const lines = stdout.split('\n').slice(0, -1);
    expect(lines).toHaveLength(1);
    const principal = verifyToken(SETTINGS, lines[0]!);
    expect(principal).toEqual({ subject: 'alice', scopes: ['portal:read'], customerId: 'C-1001', token: lines[0] });
  });

  it('signs with CROSSDOCK_JWT_SECRET: another secret does not verify the token', async () => {
    const { stdout } = await crossdock(['token', '--sub', 'alice', '--scopes', 'portal:read']);

    expect(() => verifyToken({ ...SETTINGS, secret: 'some-other-secret-0123456789' }, stdout.trim())).toThrow(/refused/);
  });

  it('grants every scope Crossdock defines for --scopes all', async () => {
    const { code, stdout, stderr } = await crossdock(['token', '--sub', 'ops', '--scopes', 'all']);

    expect(code, stderr).toBe(0);
    const principal = verifyToken(SETTINGS, stdout.trim());
    expect([...principal.scopes].sort()).toEqual([...ALL_SCOPES].sort());
    expect(principal.customerId).toBeUndefined();
  });

  it('refuses an unknown scope with exit code 2, naming it, and prints no token', async () => {
    const { code, stdout, stderr } = await crossdock(['token', '--sub', 'alice', '--scopes', 'portal:read,portal:admin']);

    expect(code).toBe(2);
    expect(stderr).toContain('portal:admin');
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stdout).toBe('');
  });
});

describe('crossdock usage', () => {
  it('prints the usage, listing start and token, and exits 0', async () => {
    const { code, stdout, stderr } = await crossdock([]);

    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: crossdock <command>');
    expect(stderr).toMatch(/^\s+start\s/m);
    expect(stderr).toMatch(/^\s+token\s/m);
  });

  it('prints the usage for an unknown command and exits 2', async () => {
    const { code, stdout, stderr } = await crossdock(['frobnicate']);

    expect(stderr).toContain('Usage: crossdock <command>');
    expect(stdout).toBe('');
    expect(code).toBe(2);
  });
});
