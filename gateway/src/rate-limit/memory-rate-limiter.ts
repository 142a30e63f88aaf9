import type { RateLimitDecision, RateLimiter, RateLimitPolicy } from './rate-limiter';

// Windows that ended are dropped when there are this many keys, so memory stays bounded.
const SWEEP_AT_KEYS = 50_000;

/**
 * Fixed windows aligned to the clock (a 60-second window starts on the minute): cheap, exact per
 * process, and what a shared store can do with one atomic increment. A caller may send up to twice
 * its allowance across a window boundary; the tiers' allowances are set with that in mind.
 */
export function createMemoryRateLimiter(): RateLimiter {
  const windows = new Map<string, { startsAtMs: number; count: number }>();

  function sweep(nowMs: number, windowMs: number): void {
    for (const [key, window] of windows) if (window.startsAtMs + windowMs <= nowMs) windows.delete(key);
  }

  return {
    async take(key: string, policy: RateLimitPolicy, now: Date): Promise<RateLimitDecision> {
      const windowMs = policy.windowSeconds * 1000;
      const nowMs = now.getTime();
      const startsAtMs = Math.floor(nowMs / windowMs) * windowMs;
      const bucket = `${policy.name}\u0000${key}`;
      let window = windows.get(bucket);
      if (!window || window.startsAtMs !== startsAtMs) {
        if (windows.size >= SWEEP_AT_KEYS) sweep(nowMs, windowMs);
        window = { startsAtMs, count: 0 };
        windows.set(bucket, window);
      }
      const resetSeconds = Math.max(1, Math.ceil((startsAtMs + windowMs - nowMs) / 1000));
      if (window.count >= policy.requests) return { allowed: false, remaining: 0, resetSeconds };
      window.count += 1;
      return { allowed: true, remaining: policy.requests - window.count, resetSeconds };
    },
  };
}
