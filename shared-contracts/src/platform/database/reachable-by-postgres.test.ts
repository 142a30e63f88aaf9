/** Whether the `postgres` user can reach the embedded PostgreSQL's programs and data, on real directories. */
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directoryPostgresCannotPass, requireReachableByPostgres } from './reachable-by-postgres';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'crossdock-reach-'));
  await mkdir(path.join(root, 'open/inner'), { recursive: true });
  await mkdir(path.join(root, 'private/inner'), { recursive: true });
  await chmod(root, 0o755);
  await chmod(path.join(root, 'private'), 0o700);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('reaching the embedded PostgreSQL as the postgres user', () => {
  it('finds the private directory on the way, and nothing on an open path', () => {
    expect(directoryPostgresCannotPass(path.join(root, 'private/inner/bin/initdb'))).toBe(path.join(root, 'private'));
    expect(directoryPostgresCannotPass(path.join(root, 'open/inner/bin/initdb'))).toBeUndefined();
  });

  it('refuses with what to change, instead of failing later inside the package', () => {
    expect(() => requireReachableByPostgres([path.join(root, 'private/inner/data')])).toThrow(
      `chmod o+x ${path.join(root, 'private')}`,
    );
  });
});
