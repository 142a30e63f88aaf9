import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/**
 * Databases a test run's global setup prepares once on each server (tests/support/global-setup.ts), so
 * that a test copies a migrated, seeded database (`create database ... template`, a few tens of
 * milliseconds) instead of migrating and seeding its own (seconds of CPU each time).
 */
export const TEMPLATE_DATABASES = {
  /** The reference ERP, migrated and filled with the demo distributor, as system-apis starts it. */
  demoErp: 'template_crossdock_demo_erp',
  /** process-apis' schema, every migration applied, no rows. */
  process: 'template_crossdock_process',
} as const;

export type TemplateDatabase = keyof typeof TEMPLATE_DATABASES;

/** The test run's PostgreSQL for this worker slot (see global-setup.ts). */
function serverOfThisWorker(): string {
  const servers = inject('postgresBaseUrls');
  // vitest numbers its worker slots from 1 to maxWorkers.
  const slot = Number(process.env.VITEST_POOL_ID ?? 1);
  return servers[(Math.max(slot, 1) - 1) % servers.length]!;
}

/**
 * A fresh database on the test run's PostgreSQL; its URL. Empty, or a copy of one of the run's
 * {@link TEMPLATE_DATABASES} when `from` names one.
 */
export async function createTestDatabase(purpose: string, from?: TemplateDatabase): Promise<string> {
  const base = serverOfThisWorker();
  const name = `t_${purpose.replace(/[^a-z0-9]/g, '_')}_${randomBytes(5).toString('hex')}`;
  if (from && !inject('postgresTemplates').includes(from))
    throw new Error(`This test run prepared no ${from} template database (see tests/support/global-setup.ts).`);
  const template = from ? ` template ${pg.escapeIdentifier(TEMPLATE_DATABASES[from])}` : '';
  const admin = new pg.Client({ connectionString: `${base}postgres` });
  await admin.connect();
  try {
    await admin.query(`create database ${pg.escapeIdentifier(name)}${template}`);
  } finally {
    await admin.end();
  }
  return `${base}${name}`;
}
