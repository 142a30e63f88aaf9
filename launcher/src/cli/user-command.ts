import { parseArgs } from 'node:util';
import type { GatewayFile } from '@crossdock/gateway/config/gateway-config';
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from '@crossdock/gateway/users/password';
import { readUserFile, USER_NAME, writeUserFile, type ConsoleUser } from '@crossdock/gateway/users/user-file';
import { grantFrom } from './token-command';
import { parseOptions, UsageError } from './usage-error';

export const USER_USAGE = `crossdock user add <name> --scopes <a,b,...|all> [--customer <id> | --customers <id,...>] [--password-stdin]
      a console user; the password made for them is shown once (--password-stdin: asked for, or piped in)
  crossdock user password <name> [--password-stdin]   a new password; tokens given before last until they expire
  crossdock user list                                 names, scopes, customers and dates (never a password)
  crossdock user remove <name>                        no more sign-ins for the user`;

export interface UserCommandIo {
  /** Standard input, read to its end: the password, for --password-stdin. */
  readStdin(): Promise<string>;
}

/** What `crossdock user` prints: the lines for standard output and for standard error. */
export interface UserCommandOutput {
  stdout: string;
  stderr: string;
}

/**
 * `crossdock user`: the people who sign in to the console with a name and password. Only a scrypt
 * hash of the password goes to the file gateway.yaml names (users.file); a password made here is
 * printed once, alone on standard output; one chosen by the user is asked for at a terminal (unseen)
 * or piped in on standard input, never an argument (which `ps` and shell history would keep).
 */
export async function userCommand(
  args: string[],
  gateway: GatewayFile,
  now: Date,
  io: UserCommandIo,
): Promise<UserCommandOutput> {
  const [action, ...rest] = args;
  const { values, positionals } = parseOptions(() =>
    parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        scopes: { type: 'string' },
        customer: { type: 'string' },
        customers: { type: 'string' },
        'password-stdin': { type: 'boolean' },
      },
      strict: true,
    }),
  );
  const file = gateway.users.file;
  const users = await readUserFile(file);
  const name = positionals[0]?.toLowerCase();
  const existing = users.find((user) => user.name === name);
  const newPassword = async () => {
    const chosen = values['password-stdin'] ? passwordFrom(await io.readStdin()) : undefined;
    const password = chosen ?? generatePassword();
    return { hash: await hashPassword(password), shown: chosen ? '' : `${password}\n` };
  };
  switch (action) {
    case 'add': {
      if (!name || !USER_NAME.test(name))
        throw new UsageError('Name the user: 2 to 64 lower-case letters, digits, and . _ @ - (dana.support).');
      if (existing) throw new UsageError(`There is already a user ${name} in ${file}.`);
      const { scopes, customerId, customerIds } = grantFrom(values);
      const { hash, shown } = await newPassword();
      const user: ConsoleUser = {
        name,
        scopes,
        ...(customerId ? { customerId } : {}),
        ...(customerIds ? { customerIds } : {}),
        passwordHash: hash,
        createdAt: now.toISOString(),
        passwordChangedAt: now.toISOString(),
      };
      await writeUserFile(file, [...users, user]);
      return {
        stdout: shown,
        stderr: `User ${name} added with ${scopes.join(', ')}; sign in at /console.${shown ? ' This is the only time the password is shown.' : ''}\n`,
      };
    }
    case 'password': {
      if (!existing) throw new UsageError(`No user ${name ?? '(none named)'} in ${file}.`);
      const { hash, shown } = await newPassword();
      await writeUserFile(
        file,
        users.map((user) =>
          user === existing ? { ...user, passwordHash: hash, passwordChangedAt: now.toISOString() } : user,
        ),
      );
      return {
        stdout: shown,
        stderr: `The password of ${existing.name} is changed; consoles signed in before keep their token until it expires (gateway.yaml users.sessionSeconds).\n`,
      };
    }
    case 'list': {
      const lines = users.map(
        (user) =>
          `${user.name}  ${user.scopes.join(',')}${customersOf(user)}  created ${user.createdAt}  password changed ${user.passwordChangedAt}`,
      );
      return {
        stdout: lines.map((line) => `${line}\n`).join(''),
        stderr: lines.length ? '' : `No users in ${file}.\n`,
      };
    }
    case 'remove': {
      if (!existing) throw new UsageError(`No user ${name ?? '(none named)'} in ${file}.`);
      await writeUserFile(
        file,
        users.filter((user) => user !== existing),
      );
      return {
        stdout: '',
        stderr: `User ${existing.name} removed: no more sign-ins; a console signed in before keeps its token until it expires.\n`,
      };
    }
    default:
      throw new UsageError(`Usage: ${USER_USAGE}`);
  }
}

function passwordFrom(input: string): string {
  const password = input.split(/\r?\n/)[0] ?? '';
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new UsageError(`The password on standard input must be at least ${MIN_PASSWORD_LENGTH} characters.`);
  return password;
}

function customersOf(user: ConsoleUser): string {
  if (user.customerId) return `  customer ${user.customerId}`;
  if (user.customerIds) return `  customers ${user.customerIds.join(',')}`;
  return '';
}
