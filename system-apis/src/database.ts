import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { applyMigrations } from '@crossdock/shared-contracts/database/apply-migrations';
import { PrismaClient } from './generated/prisma/client';

export type ErpDatabase = PrismaClient;

const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../prisma/migrations');

/** Brings the reference ERP's schema up to date and connects to it. */
export async function openErpDatabase(databaseUrl: string): Promise<ErpDatabase> {
  await applyMigrations(databaseUrl, MIGRATIONS_DIR);
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}
