import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProcessDatabase, type ProcessDatabase } from '../../database';
import { createPostgresControlNumbers } from './postgres-control-numbers';

let db: ProcessDatabase;

beforeAll(async () => {
  db = await openProcessDatabase(await createTestDatabase('control_numbers'));
});
afterAll(async () => {
  await db?.$disconnect();
});

describe('X12 control numbers from PostgreSQL', () => {
  it('starts at 1 for a new scope and counts on, groups numbered on their own counter', async () => {
    const allocator = createPostgresControlNumbers(db);

    expect(await allocator.allocate('ZZ:ACMEHW')).toEqual({ interchange: 1, groups: [1] });
    expect(await allocator.allocate('ZZ:ACMEHW', 3)).toEqual({ interchange: 2, groups: [2, 3, 4] });
    expect(await allocator.allocate('ZZ:ACMEHW', 0)).toEqual({ interchange: 3, groups: [] });
    expect(await allocator.allocate('ZZ:ACMEHW')).toEqual({ interchange: 4, groups: [5] });
  });

  it('keeps each scope apart', async () => {
    const allocator = createPostgresControlNumbers(db);
    await allocator.allocate('ZZ:ONE');
    await allocator.allocate('ZZ:ONE');

    expect(await allocator.allocate('ZZ:TWO')).toEqual({ interchange: 1, groups: [1] });
  });

  it('never gives the same numbers twice to 60 allocations at once, from two allocators (two replicas)', async () => {
    const replicas = [createPostgresControlNumbers(db), createPostgresControlNumbers(db)];

    const allocated = await Promise.all(
      Array.from({ length: 60 }, (_, index) => replicas[index % 2]!.allocate('ZZ:BUSY', 2)),
    );

    const interchanges = allocated.map((numbers) => numbers.interchange).sort((a, b) => a - b);
    const groups = allocated.flatMap((numbers) => numbers.groups).sort((a, b) => a - b);
    expect(interchanges).toEqual(Array.from({ length: 60 }, (_, index) => index + 1));
    expect(groups).toEqual(Array.from({ length: 120 }, (_, index) => index + 1));
  });

  it('starts again at 1 after 999999999, the largest number nine digits hold', async () => {
    const allocator = createPostgresControlNumbers(db);
    await allocator.allocate('ZZ:OLD');
    await db.$executeRaw`update "X12ControlNumber" set "lastInterchange" = 999999998, "lastGroup" = 999999998 where "scope" = 'ZZ:OLD'`;

    expect(await allocator.allocate('ZZ:OLD', 3)).toEqual({ interchange: 999999999, groups: [999999999, 1, 2] });
    expect(await allocator.allocate('ZZ:OLD')).toEqual({ interchange: 1, groups: [3] });
  });

  it('refuses an empty scope and a nonsensical group count', async () => {
    const allocator = createPostgresControlNumbers(db);

    await expect(allocator.allocate('')).rejects.toThrow(/scope is required/);
    await expect(allocator.allocate('ZZ:X', -1)).rejects.toThrow(/groupCount/);
  });
});
