/**
 * The reference ERP whose PostgreSQL cannot be reached answers as an ERP that is down (503,
 * UpstreamUnavailableError: the process tier's orders wait for it), not with a 500 that would count
 * against the order: a real Prisma client and pool pointed at a port nothing listens on.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { UpstreamUnavailableError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { createSqlPool } from '@crossdock/shared-contracts/platform/database/sql';
import { refusedBaseUrl } from '@crossdock/shared-contracts/testing/test-upstream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErpDatabase } from '../../database';
import { PrismaClient } from '../../generated/prisma/client';
import type { ErpAdapter } from '../ports/erp-adapter';
import { isDatabaseUnreachable, withDatabaseUnreachableAsUnavailable } from './database-unreachable';
import { createReferenceErp } from './reference-erp';

let db: ErpDatabase;
let erp: ErpAdapter;

beforeAll(async () => {
  const { port } = new URL(await refusedBaseUrl());
  const pool = createSqlPool(`postgresql://crossdock:secret@127.0.0.1:${port}/erp`);
  db = Object.assign(new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) }), { sql: pool });
  erp = withDatabaseUnreachableAsUnavailable(createReferenceErp(db));
});
afterAll(async () => {
  await db?.$disconnect();
});

describe('the reference ERP with its database unreachable', () => {
  it('answers 503 (the ERP is unavailable) to a call, and to the health check', async () => {
    for (const call of [() => erp.customers.get('C-1001'), () => erp.ping()]) {
      const error = await call().then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(UpstreamUnavailableError);
      expect((error as UpstreamUnavailableError).toProblem()).toMatchObject({
        status: 503,
        detail: "The reference ERP's database cannot be reached.",
      });
    }
  });

  it('tells a query the database refused (a unique violation) from a database that is gone', () => {
    expect(isDatabaseUnreachable({ code: 'P2002', message: 'Unique constraint failed' })).toBe(false);
    expect(isDatabaseUnreachable({ code: '23505', message: 'duplicate key value' })).toBe(false);
    expect(
      isDatabaseUnreachable({ code: '57P01', message: 'terminating connection due to administrator command' }),
    ).toBe(true);
    expect(isDatabaseUnreachable(new Error('Connection terminated unexpectedly'))).toBe(true);
  });
});
