import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** The test run's PostgreSQL for this worker slot (see global-setup.ts). */
function serverOfThisWorker(): string {
  const servers = inject('postgresBaseUrls');
  // vitest numbers its worker slots from 1 to maxWorkers.
  const slot = Number(process.env.VITEST_POOL_ID ?? 1);
  return servers[(Math.max(slot, 1) - 1) % servers.length]!;
}

/** A fresh, empty database on the test run's PostgreSQL; its URL. */
export async function createTestDatabase(purpose: string): Promise<string> {
  const base = serverOfThisWorker();
  const name = `t_${purpose.replace(/[^a-z0-9]/g, '_')}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: `${base}postgres` });
  await admin.connect();
  try {
    await admin.query(`create database ${pg.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
  return `${base}${name}`;
}
