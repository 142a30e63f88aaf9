import { z } from 'zod';
import { ALL_SCOPES, isScope } from '@crossdock/shared-contracts/contracts/auth/scopes';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import { readPrivateYamlFile, reloadingFile, writePrivateYamlFile } from '../files/private-yaml-file';

/** A person who signs in to the console with a name and password, issued by `crossdock user add`. */
export interface ConsoleUser {
  /** Lower case; the `sub` of the tokens they are given. */
  name: string;
  scopes: string[];
  /** A portal user's one customer, or a sales rep's customers, as `crossdock token` gives them. */
  customerId?: string;
  customerIds?: string[];
  /** scrypt, see password.ts. */
  passwordHash: string;
  /** ISO 8601. */
  createdAt: string;
  passwordChangedAt: string;
}

export const USER_NAME = /^[a-z0-9][a-z0-9._@-]{1,63}$/;

const HEADER = `# Crossdock console users: password hashes (scrypt) only, never a password.
# Written by \`crossdock user add|password|remove\`; the gateway reads it again within a second of a change.
# Keep this file out of version control and readable only by the gateway.
`;

const userFileSchema = z.object({
  users: z
    .array(
      z.object({
        name: z.string().regex(USER_NAME),
        scopes: z.array(z.string().refine(isScope, { message: `is not one of ${ALL_SCOPES.join(', ')}` })),
        customerId: z.string().min(1).optional(),
        customerIds: z.array(z.string().min(1)).optional(),
        passwordHash: z.string().startsWith('scrypt$'),
        createdAt: z.string(),
        passwordChangedAt: z.string(),
      }),
    )
    .default([]),
});

/** Every user in the file; an absent file holds none. */
export async function readUserFile(file: string): Promise<ConsoleUser[]> {
  return (await readPrivateYamlFile(file, userFileSchema, 'user file')).users;
}

export async function writeUserFile(file: string, users: ConsoleUser[]): Promise<void> {
  await writePrivateYamlFile(file, HEADER, { users });
}

/** Where the gateway finds a user at sign-in. */
export interface UserStore {
  find(name: string): Promise<ConsoleUser | undefined>;
}

/** The gateway's view of the user file: read at first sign-in, again when the file changes. */
export function createFileUserStore(file: string, clock: Clock, logger: Logger): UserStore {
  const current = reloadingFile(
    file,
    async (path) => new Map((await readUserFile(path)).map((user) => [user.name, user])),
    new Map<string, ConsoleUser>(),
    clock,
    logger,
  );
  return { find: async (name) => (await current()).get(name) };
}
