import pg from 'pg';

/**
 * Plain SQL through node-postgres, for the few paths the benchmarks showed must be cheap (taking an
 * order, moving a batch of orders through a step, the ERP's batch writes): one statement, one round
 * trip, no query compilation. Everything else uses the Prisma client. The pool is the same one the
 * Prisma client uses, so a tier holds one set of connections.
 *
 * Rows read this way come with node-postgres' own types: `numeric` as a string (never a float),
 * `timestamp` as a local-time Date — so these paths do not read timestamps back.
 */
export type SqlPool = pg.Pool;
export type SqlClient = pg.PoolClient;

/** A pool of connections to `databaseUrl`. */
export function createSqlPool(databaseUrl: string, maxConnections = 10): SqlPool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: maxConnections });
  // An idle connection the server closed (a restart, a shutdown) is dropped by the pool and opened
  // again on next use; without a listener, node-postgres would take the whole process down.
  pool.on('error', () => undefined);
  return pool;
}

/** Runs `work` in one transaction on one connection: committed when it returns, rolled back when it throws. */
export async function inSqlTransaction<T>(pool: SqlPool, work: (client: SqlClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
