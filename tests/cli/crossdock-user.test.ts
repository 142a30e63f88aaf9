/**
 * `crossdock user`, run as a user runs it: console users whose password is shown once (or read from
 * standard input) and kept only as a scrypt hash in the users file gateway.yaml names.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordMatches } from '@crossdock/gateway/users/password';
import { readUserFile } from '@crossdock/gateway/users/user-file';
import { runCrossdock, runCrossdockAtTerminal } from '../support/crossdock-cli';

let directory: string;
let usersFile: string;
const crossdock = (args: string[], input?: string) =>
  runCrossdock(['user', ...args], { CROSSDOCK_USERS_FILE: usersFile }, input);
const userNamed = async (name: string) => (await readUserFile(usersFile)).find((user) => user.name === name);

beforeAll(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'crossdock-cli-users-'));
  usersFile = path.join(directory, 'users.yaml');
});
afterAll(() => rm(directory, { recursive: true, force: true }));

describe('crossdock user', () => {
  it('adds a user with a password made for them, shown once alone on standard output; the file keeps only its hash', async () => {
    const { code, stdout, stderr } = await crossdock(['add', 'dana.support', '--scopes', 'process:read,process:write']);

    expect(code, stderr).toBe(0);
    const password = stdout.trim();
    expect(stdout).toBe(`${password}\n`);
    expect(password).toHaveLength(20);
    expect(stderr).toContain('only time the password is shown');
    expect(await readFile(usersFile, 'utf8')).not.toContain(password);
    expect((await stat(usersFile)).mode & 0o777).toBe(0o600);
    const user = await userNamed('dana.support');
    expect(user?.scopes).toEqual(['process:read', 'process:write']);
    expect(await passwordMatches(password, user?.passwordHash)).toBe(true);
  });

  it('takes a password chosen by the user on standard input, printing nothing, and a portal user’s customer', async () => {
    const chosen = 'a long chosen passphrase';
    const { code, stdout, stderr } = await crossdock(
      ['add', 'Buyer@Brightline.example', '--scopes', 'portal:read', '--customer', 'C-1002', '--password-stdin'],
      `${chosen}\n`,
    );

    expect(code, stderr).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).not.toContain(chosen);
    const user = await userNamed('buyer@brightline.example');
    expect(user?.customerId).toBe('C-1002');
    expect(await passwordMatches(chosen, user?.passwordHash)).toBe(true);
  });

  it('asks for the password twice at a terminal, showing none of it', async () => {
    const typed = 'typed at the terminal';
    const atTerminal = (name: string, again: string) =>
      runCrossdockAtTerminal(
        ['user', 'add', name, '--scopes', 'ops:read', '--password-stdin'],
        { CROSSDOCK_USERS_FILE: usersFile },
        [
          { prompt: 'Password: ', typed },
          { prompt: 'Again: ', typed: again },
        ],
      );

    const { code, screen } = await atTerminal('mo.manager', typed);
    expect(code, screen).toBe(0);
    expect(screen).toContain('User mo.manager added');
    expect(screen).not.toContain('typed');
    expect(await passwordMatches(typed, (await userNamed('mo.manager'))?.passwordHash)).toBe(true);

    const mistyped = await atTerminal('lee.manager', 'typed at the terminax');
    expect(mistyped.code).toBe(2);
    expect(mistyped.screen).toContain('The two passwords differ');
    expect(await userNamed('lee.manager')).toBeUndefined();
  }, 60_000);

  it('refuses a short password, a second user of one name, and an unknown scope, with exit code 2', async () => {
    const short = await crossdock(['add', 'kim', '--scopes', 'ops:read', '--password-stdin'], 'short\n');
    const twice = await crossdock(['add', 'dana.support', '--scopes', 'ops:read']);
    const unknownScope = await crossdock(['add', 'kim', '--scopes', 'ops:write']);

    expect([short.code, twice.code, unknownScope.code]).toEqual([2, 2, 2]);
    expect(short.stderr).toContain('at least 12 characters');
    expect(twice.stderr).toContain('already a user dana.support');
    expect(unknownScope.stderr).toContain('ops:write');
    expect(await userNamed('kim')).toBeUndefined();
  });

  it('lists users with their scopes and dates, never a password or hash', async () => {
    const { code, stdout } = await crossdock(['list']);

    expect(code).toBe(0);
    expect(stdout).toMatch(/^dana\.support {2}process:read,process:write {2}created \S+ {2}password changed \S+$/m);
    expect(stdout).toMatch(/^buyer@brightline\.example {2}portal:read {2}customer C-1002 /m);
    expect(stdout).not.toContain('scrypt');
  });

  it('changes a password: the old one no longer matches', async () => {
    const before = await userNamed('dana.support');
    const { code, stdout, stderr } = await crossdock(['password', 'dana.support']);

    expect(code, stderr).toBe(0);
    const after = await userNamed('dana.support');
    expect(after?.passwordHash).not.toBe(before?.passwordHash);
    expect(await passwordMatches(stdout.trim(), after?.passwordHash)).toBe(true);
  });

  it('removes a user, and says so for one that is not there', async () => {
    expect((await crossdock(['remove', 'dana.support'])).code).toBe(0);
    expect(await userNamed('dana.support')).toBeUndefined();
    expect(await userNamed('buyer@brightline.example')).toBeDefined();

    const again = await crossdock(['remove', 'dana.support']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('No user dana.support');
  });
});
