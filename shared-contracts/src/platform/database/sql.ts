import pg from 'pg';

/**
 * How Crossdock writes SQL: one rule, in every tier.
 *
 * 1. Plain reads and writes of a model and its relations: Prisma's query builder
 *    (`db.order.findMany`, `tx.pipelineJob.update`).
 * 2. What the builder cannot say (row locks, `for update skip locked`, set-based updates, `jsonb`
 *    queries, a function of a migration such as `crossdock_backoff_ms`): Prisma's tagged templates,
 *    `$queryRaw` / `$executeRaw`, composed with `Prisma.sql`, `Prisma.join` and `Prisma.empty`.
 * 3. The few paths the benchmarks showed must be cheap (taking an order, moving a batch of orders
 *    through a step, the event queue, the ERP's batch writes), and the statements that share their
 *    fragments: node-postgres through this module, a constant text with `$1`, `$2` parameters (named,
 *    `{ name, text, values }`, when run often, so the server keeps its plan): one statement, one round
 *    trip, no query compilation.
 *
 * In all three every value is a bound parameter. Never `$queryRawUnsafe` / `$executeRawUnsafe`,
 * `Prisma.raw`, or a value spliced into SQL text; a fragment spliced into a constant text (a column
 * list, a predicate over columns, `typeMatches` in process-apis/src/events/fan-out.ts) is itself a
 * constant of the code. A name that cannot be a parameter (a database in `create database`) goes in
 * only through `pg.escapeIdentifier`.
 *
 * The pool here is the same one the Prisma client uses, so a tier holds one set of connections.
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
  // The same for a connection that is checked out but between queries (a transaction waiting on an
  // HTTP call) when the server goes away: its pending and next queries fail, the process lives on.
  pool.on('connect', (client) => client.on('error', () => undefined));
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

/**
 * Each tier's Prisma client's transaction options. Prisma gives up on a transaction that waits over 2 s for a
 * pooled connection; in a burst every connection can be busy that long, and a refused order costs more than a
 * slower one.
 */
export const PRISMA_TRANSACTION_OPTIONS = { maxWait: 10_000 } as const;
