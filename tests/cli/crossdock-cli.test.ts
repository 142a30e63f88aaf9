/**
 * The real `crossdock` command line, run as a user runs it (`pnpm crossdock ...` is
 * `tsx launcher/src/cli/main.ts ...` from the repository root).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyMatches } from '@crossdock/gateway/api-keys/api-key';
import { readApiKeyFile } from '@crossdock/gateway/api-keys/api-key-file';
import { ALL_SCOPES } from '@crossdock/shared-contracts/contracts/auth/scopes';
import { verifyToken, type TokenSettings } from '@crossdock/shared-contracts/platform/auth/tokens';
import { runCrossdock } from '../support/crossdock-cli';

const TEST_SECRET = 'crossdock-cli-test-secret-0123456789';
const SETTINGS: TokenSettings = {
  secret: TEST_SECRET,
  issuer: 'crossdock',
  audience: 'crossdock',
  clockToleranceSeconds: 30,
};

/** Runs `crossdock <args>` with only the variables a user would set; resolves however it exits. */
const crossdock = (args: string[], extraEnv: Record<string, string> = {}) =>
  runCrossdock(args, { CROSSDOCK_JWT_SECRET: TEST_SECRET, ...extraEnv });

describe('crossdock token', () => {
  it('prints exactly one line: a token the platform accepts, for that subject, scopes and customer', async () => {
    const { code, stdout, stderr } = await crossdock([
      'token',
      '--sub',
      'alice',
      '--scopes',
      'portal:read',
      '--customer',
      'C-1001',
    ]);

    expect(code, stderr).toBe(0);
    expect(stdout.endsWith('\n')).toBe(true);
    const lines = stdout.split('\n').slice(0, -1);
    expect(lines).toHaveLength(1);
    const principal = verifyToken(SETTINGS, lines[0]!);
    expect(principal).toEqual({ subject: 'alice', scopes: ['portal:read'], customerId: 'C-1001', token: lines[0] });
  });

  it('signs with CROSSDOCK_JWT_SECRET: another secret does not verify the token', async () => {
    const { stdout } = await crossdock(['token', '--sub', 'alice', '--scopes', 'portal:read']);

    expect(() => verifyToken({ ...SETTINGS, secret: 'some-other-secret-0123456789' }, stdout.trim())).toThrow(
      /refused/,
    );
  });

  it('grants every scope Crossdock defines for --scopes all', async () => {
    const { code, stdout, stderr } = await crossdock(['token', '--sub', 'ops', '--scopes', 'all']);

    expect(code, stderr).toBe(0);
    const principal = verifyToken(SETTINGS, stdout.trim());
    expect([...principal.scopes].sort()).toEqual([...ALL_SCOPES].sort());
    expect(principal.customerId).toBeUndefined();
  });

  it('refuses an unknown scope with exit code 2, naming it, and prints no token', async () => {
    const { code, stdout, stderr } = await crossdock([
      'token',
      '--sub',
      'alice',
      '--scopes',
      'portal:read,portal:admin',
    ]);

    expect(code).toBe(2);
    expect(stderr).toContain('portal:admin');
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stdout).toBe('');
  });
});

describe('crossdock token for a sales rep', () => {
  it("carries the rep's customers with --customers, and no single customer", async () => {
    const { code, stdout, stderr } = await crossdock([
      'token',
      '--sub',
      'rep-17',
      '--scopes',
      'mobile:read,mobile:write',
      '--customers',
      'C-1001, C-1002',
    ]);

    expect(code, stderr).toBe(0);
    const principal = verifyToken(SETTINGS, stdout.trim());
    expect(principal.customerIds).toEqual(['C-1001', 'C-1002']);
    expect(principal.customerId).toBeUndefined();
  });

  it('refuses --customer and --customers together with exit code 2', async () => {
    const { code, stdout } = await crossdock([
      'token',
      '--sub',
      'x',
      '--scopes',
      'mobile:read',
      '--customer',
      'C-1001',
      '--customers',
      'C-1002',
    ]);

    expect(code).toBe(2);
    expect(stdout).toBe('');
  });
});

describe('crossdock api-key', () => {
  let directory: string;
  let keyFile: string;
  const withKeyFile = () => ({ CROSSDOCK_API_KEYS_FILE: keyFile });

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'crossdock-cli-keys-'));
    keyFile = path.join(directory, 'api-keys.yaml');
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('creates a key for an API-key consumer, prints it once alone on standard output, and stores only its hash', async () => {
    const { code, stdout, stderr } = await crossdock(
      ['api-key', 'create', '--consumer', 'northwind-market'],
      withKeyFile(),
    );

    expect(code, stderr).toBe(0);
    const key = stdout.trim();
    expect(stdout).toBe(`${key}\n`);
    expect(key).toMatch(/^cdk_[0-9a-f]{12}_/);
    expect(stderr).toContain('only time the key is shown');
    const stored = await readFile(keyFile, 'utf8');
    expect(stored).not.toContain(key.slice('cdk_'.length + 12 + 1));
    const [record] = await readApiKeyFile(keyFile);
    expect(record?.consumer).toBe('northwind-market');
    expect(keyMatches(key, record)).toBe(true);
  });

  it('lists the keys by id and consumer, never the keys, and revokes one', async () => {
    const [record] = await readApiKeyFile(keyFile);

    const listed = await crossdock(['api-key', 'list'], withKeyFile());
    expect(listed.stdout).toContain(`${record!.id}  northwind-market  created `);
    expect(listed.stdout).not.toContain('cdk_');

    const revoked = await crossdock(['api-key', 'revoke', '--id', record!.id], withKeyFile());
    expect(revoked.code, revoked.stderr).toBe(0);
    expect((await readApiKeyFile(keyFile))[0]?.revokedAt).toEqual(expect.any(String));
  });

  it('refuses a consumer that does not use API keys with exit code 2, naming those that do', async () => {
    const { code, stdout, stderr } = await crossdock(['api-key', 'create', '--consumer', 'portal'], withKeyFile());

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('API-key consumers: northwind-market');
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
