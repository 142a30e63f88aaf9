import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../testing/test-database';
import { applyMigrations } from './apply-migrations';

const CREATE_WAREHOUSE = 'create table warehouse (id text primary key, name text not null);';
// Only works after CREATE_WAREHOUSE: applying out of name order fails.
const ADD_TIME_ZONE = "alter table warehouse add column time_zone text not null default 'UTC';";
const SEED_WAREHOUSE = "insert into warehouse (id, name) values ('WH-DAL', 'Dallas');";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A fresh database and an empty migrations folder, thrown away after the test. */
async function setting(purpose: string) {
  const url = await createTestDatabase(purpose);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'crossdock-migrations-'));
  // Prisma keeps this file beside the migrations; it is not a migration.
  await writeFile(path.join(dir, 'migration_lock.toml'), 'provider = "postgresql"\n');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  cleanups.push(async () => {
    await client.end();
    await rm(dir, { recursive: true, force: true });
  });
  const write = async (name: string, sql: string) => {
    await mkdir(path.join(dir, name), { recursive: true });
    await writeFile(path.join(dir, name, 'migration.sql'), sql);
  };
  const tableExists = async (table: string) =>
    (await client.query('select to_regclass($1) as found', [table])).rows[0].found !== null;
  const book = async () =>
    (
      await client.query<{
        migration_name: string;
        checksum: string;
        finished_at: Date | null;
        rolled_back_at: Date | null;
        applied_steps_count: number;
      }>(
        'select migration_name, checksum, finished_at, rolled_back_at, applied_steps_count from "_prisma_migrations" order by migration_name',
      )
    ).rows;
  return { url, dir, client, write, tableExists, book };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('applying committed migrations', () => {
  it('applies migrations in name order and records each in _prisma_migrations with its checksum', async () => {
    const { url, dir, write, book, client } = await setting('migrations_order');
    // Written newest first, so the order on disk is not the order they must run in.
    await write('20260301000000_seed_warehouse', SEED_WAREHOUSE);
    await write('20260201000000_add_time_zone', ADD_TIME_ZONE);
    await write('20260101000000_create_warehouse', CREATE_WAREHOUSE);

    const applied = await applyMigrations(url, dir);

    expect(applied).toEqual([
      '20260101000000_create_warehouse',
      '20260201000000_add_time_zone',
      '20260301000000_seed_warehouse',
    ]);
    expect((await client.query('select id, name, time_zone from warehouse')).rows).toEqual([
      { id: 'WH-DAL', name: 'Dallas', time_zone: 'UTC' },
    ]);
    const rows = await book();
    expect(rows.map((row) => row.migration_name)).toEqual(applied);
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    // The same checksum Prisma computes: sha256 of the file's content, in hex.
    expect(rows[0]!.checksum).toBe(sha256(CREATE_WAREHOUSE));
  });

  it('applies nothing on a second run', async () => {
    const { url, dir, write, book } = await setting('migrations_rerun');
    await write('001_create_warehouse', CREATE_WAREHOUSE);
    await write('002_seed_warehouse', SEED_WAREHOUSE);
    await applyMigrations(url, dir);
    const before = await book();

    expect(await applyMigrations(url, dir)).toEqual([]);
    expect(await book()).toEqual(before);
  });

  it('applies only the new migration when one is added later', async () => {
    const { url, dir, write, book } = await setting('migrations_added');
    await write('001_create_warehouse', CREATE_WAREHOUSE);
    await applyMigrations(url, dir);
    await write('002_add_time_zone', ADD_TIME_ZONE);

    expect(await applyMigrations(url, dir)).toEqual(['002_add_time_zone']);
    expect((await book()).map((row) => row.migration_name)).toEqual(['001_create_warehouse', '002_add_time_zone']);
  });

  it('applies each migration once when two replicas start together', async () => {
    const { url, dir, write, book } = await setting('migrations_replicas');
    await write('001_create_warehouse', CREATE_WAREHOUSE);
    await write('002_seed_warehouse', SEED_WAREHOUSE);

    const [a, b] = await Promise.all([applyMigrations(url, dir), applyMigrations(url, dir)]);

    expect([...a, ...b].sort()).toEqual(['001_create_warehouse', '002_seed_warehouse']);
    expect(await book()).toHaveLength(2);
  });
});

describe('a migration that fails', () => {
  it('is rolled back entirely, is not recorded, and the error names it', async () => {
    const { url, dir, write, book, tableExists } = await setting('migrations_failing');
    await write('001_create_warehouse', CREATE_WAREHOUSE);
    await write('002_broken', 'create table bin (id text primary key);\ninsert into bin (id) values (null);');

    const failure = applyMigrations(url, dir);

    await expect(failure).rejects.toThrow(/Migration 002_broken failed/);
    expect(await tableExists('bin')).toBe(false);
    expect((await book()).map((row) => row.migration_name)).toEqual(['001_create_warehouse']);
    expect(await tableExists('warehouse')).toBe(true);
  });

  it('stops the run: later migrations are not applied', async () => {
    const { url, dir, write, book, tableExists } = await setting('migrations_stop');
    await write('001_broken', 'select * from no_such_table;');
    await write('002_create_warehouse', CREATE_WAREHOUSE);

    await expect(applyMigrations(url, dir)).rejects.toThrow(/001_broken/);
    expect(await tableExists('warehouse')).toBe(false);
    expect(await book()).toEqual([]);
  });

  it('is applied on the next run once it is fixed', async () => {
    const { url, dir, write, tableExists } = await setting('migrations_fixed');
    await write('001_create_bin', 'create table bin (id text primary key); select 1/0;');
    await expect(applyMigrations(url, dir)).rejects.toThrow(/001_create_bin/);

    await write('001_create_bin', 'create table bin (id text primary key);');
    expect(await applyMigrations(url, dir)).toEqual(['001_create_bin']);
    expect(await tableExists('bin')).toBe(true);
  });
});

describe('an applied migration that was edited', () => {
  it('makes the next run refuse, saying which migration was changed, and apply nothing', async () => {
    const { url, dir, write, book } = await setting('migrations_edited');
    await write('001_create_warehouse', CREATE_WAREHOUSE);
    await applyMigrations(url, dir);
    await write('001_create_warehouse', CREATE_WAREHOUSE.replace('name text not null', 'name text'));
    await write('002_seed_warehouse', SEED_WAREHOUSE);

    await expect(applyMigrations(url, dir)).rejects.toThrow(
      'Migration 001_create_warehouse was changed after it was applied',
    );
    expect((await book()).map((row) => [row.migration_name, row.checksum])).toEqual([
      ['001_create_warehouse', sha256(CREATE_WAREHOUSE)],
    ]);
  });
});
