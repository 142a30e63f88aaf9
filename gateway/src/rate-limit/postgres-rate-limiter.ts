import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { applyMigrations } from '@crossdock/shared-contracts/platform/database/apply-migrations';
import type { RateLimitDecision, RateLimiter, RateLimitPolicy } from './rate-limiter';

/** The gateway's own migrations (its one table, gateway_rate_limits), applied at start. */
export const GATEWAY_MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');
const TABLE = 'gateway_rate_limits';
const POOL_SIZE = 10;

export interface SharedRateLimiter extends RateLimiter {
  close(): Promise<void>;
}

/**
 * Counts requests in PostgreSQL (rate-limiter-flexible's RateLimiterPostgres: one atomic upsert per
 * request), so every gateway replica pointed at the database shares one allowance per consumer. A
 * window starts at a key's first request and lasts the tier's windowSeconds. While the database
 * cannot be reached, each replica counts in its own memory (the library's insurance limiter): callers
 * keep being served and limited, per replica, rather than refused or let through unlimited.
 */
export async function createPostgresRateLimiter(databaseUrl: string): Promise<SharedRateLimiter> {
  await applyMigrations(databaseUrl, GATEWAY_MIGRATIONS);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_SIZE });
  // An idle connection the server drops is replaced on the next query; no process should die of it.
  pool.on('error', () => undefined);
  const limiters = new Map<string, RateLimiterPostgres>();

  function limiterFor(policy: RateLimitPolicy): RateLimiterPostgres {
    const id = `${policy.name}:${policy.requests}:${policy.windowSeconds}`;
    let limiter = limiters.get(id);
    if (!limiter) {
      const allowance = { points: policy.requests, duration: policy.windowSeconds };
      limiter = new RateLimiterPostgres({
        ...allowance,
        storeClient: pool,
        storeType: 'pool',
        tableName: TABLE,
        tableCreated: true,
        keyPrefix: policy.name,
        insuranceLimiter: new RateLimiterMemory({ ...allowance, keyPrefix: policy.name }),
      });
      limiters.set(id, limiter);
    }
    return limiter;
  }

  return {
    // Windows are timed by the library on the wall clock: the port's `now` (a test clock) is not used.
    async take(key: string, policy: RateLimitPolicy): Promise<RateLimitDecision> {
      // Hashed: fits the key column whatever the subject's length, and keeps user names out of the table.
      const stored = createHash('sha256').update(key).digest('base64url');
      try {
        return decision(await limiterFor(policy).consume(stored), true);
      } catch (outcome) {
        if (outcome instanceof RateLimiterRes) return decision(outcome, false);
        throw outcome;
      }
    },
    close: () => pool.end(),
  };
}

function decision(outcome: RateLimiterRes, allowed: boolean): RateLimitDecision {
  return {
    allowed,
    remaining: outcome.remainingPoints,
    resetSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)),
  };
}
