/** An allowance: so many requests per window. */
export interface RateLimitPolicy {
  /** Named in the RateLimit headers (the tier's name in gateway.yaml). */
  name: string;
  requests: number;
  windowSeconds: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** Requests left in the current window after this one. */
  remaining: number;
  /** Seconds until the window ends and the allowance is whole again. */
  resetSeconds: number;
}

/**
 * Counts requests per key (a consumer, or a consumer's user) against a policy. The memory
 * implementation counts per gateway process; one on a shared store (PostgreSQL, Redis) fits the
 * same port when several gateways must share one allowance.
 */
export interface RateLimiter {
  /** Counts one request for `key` at `now` and says whether it is within the allowance. */
  take(key: string, policy: RateLimitPolicy, now: Date): Promise<RateLimitDecision>;
}
