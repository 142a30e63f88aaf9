import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { applyMigrations } from '@crossdock/shared-contracts/platform/database/apply-migrations';
import {
  createSqlPool,
  PRISMA_TRANSACTION_OPTIONS,
  type SqlPool,
} from '@crossdock/shared-contracts/platform/database/sql';
import { PrismaClient } from './generated/prisma/client';

/** The Prisma client, and the same connections for plain SQL on the hot paths (see shared-contracts/src/platform/database/sql.ts). */
export type ProcessDatabase = PrismaClient & { readonly sql: SqlPool };

const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../prisma/migrations');

/** Brings the integration state up to date and connects to it. */
export async function openProcessDatabase(databaseUrl: string): Promise<ProcessDatabase> {
  await applyMigrations(databaseUrl, MIGRATIONS_DIR);
  const pool = createSqlPool(databaseUrl);
  // Disconnecting the client ends the pool too.
  const client = new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    transactionOptions: PRISMA_TRANSACTION_OPTIONS,
  });
  return Object.assign(client, { sql: pool });
}
