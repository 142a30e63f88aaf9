import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { coerceError } from '../../contracts/errors/coerce-error';

/**
 * Applies a package's committed Prisma migrations at start-up, so installing Crossdock never needs
 * the Prisma CLI. It keeps Prisma's own `_prisma_migrations` book (same columns, same sha256
 * checksum), so an operator can still run `prisma migrate deploy` or `migrate status` against it.
 */
export async function applyMigrations(connectionString: string, migrationsDir: string): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // Prisma's own advisory lock key: two replicas starting together, or the CLI, wait for each other.
    await client.query('select pg_advisory_lock(72707369)');
    await client.query(CREATE_TABLE);
    const applied = await appliedMigrations(client);
    const done: string[] = [];
    for (const migration of await committedMigrations(migrationsDir)) {
      const previous = applied.get(migration.name);
      if (previous) {
        if (previous !== migration.checksum)
          throw new Error(
            `Migration ${migration.name} was changed after it was applied. Add a new migration instead of editing an applied one.`,
          );
        continue;
      }
      await applyOne(client, migration);
      done.push(migration.name);
    }
    return done;
  } finally {
    await client.query('select pg_advisory_unlock(72707369)').catch(() => undefined);
    await client.end();
  }
}

interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

const CREATE_TABLE = `create table if not exists "_prisma_migrations" (
  "id" varchar(36) primary key not null,
  "checksum" varchar(64) not null,
  "finished_at" timestamptz,
  "migration_name" varchar(255) not null,
  "logs" text,
  "rolled_back_at" timestamptz,
  "started_at" timestamptz not null default now(),
  "applied_steps_count" integer not null default 0
)`;

async function appliedMigrations(client: pg.Client): Promise<Map<string, string>> {
  const rows = await client.query<{ migration_name: string; checksum: string }>(
    'select migration_name, checksum from "_prisma_migrations" where finished_at is not null and rolled_back_at is null',
  );
  return new Map(rows.rows.map((row) => [row.migration_name, row.checksum]));
}

async function committedMigrations(migrationsDir: string): Promise<Migration[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

/** One migration, all or nothing: PostgreSQL DDL is transactional. */
async function applyOne(client: pg.Client, migration: Migration): Promise<void> {
  const id = randomUUID();
  await client.query('begin');
  try {
    await client.query(migration.sql);
    await client.query(
      `insert into "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) values ($1, $2, $3, now(), 1)`,
      [id, migration.checksum, migration.name],
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw new Error(`Migration ${migration.name} failed: ${coerceError(error).message}`, { cause: error });
  }
}
