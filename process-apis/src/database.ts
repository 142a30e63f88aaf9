import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { applyMigrations } from '@crossdock/shared-contracts/database/apply-migrations';
import { PrismaClient } from './generated/prisma/client';

export type ProcessDatabase = PrismaClient;

const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../prisma/migrations');

/** Brings the integration state up to date and connects to it. */
export async function openProcessDatabase(databaseUrl: string): Promise<ProcessDatabase> {
  await applyMigrations(databaseUrl, MIGRATIONS_DIR);
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}
