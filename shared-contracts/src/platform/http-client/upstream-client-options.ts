import type { Logger } from '../logging/logger';
import type { UpstreamMetrics } from '../observability/upstream-metrics';

/** How transient failures are retried: exponential backoff with full jitter. */
export interface RetryOptions {
  /** Retries after the first attempt; 0 turns retrying off. Default 3. */
  maxRetries?: number;
  /** The backoff ceiling of the first retry; it doubles with each retry. Default 100 ms. */
  baseDelayMs?: number;
  /** No wait is longer than this, including one asked for by `Retry-After`. Default 5000 ms. */
  maxDelayMs?: number;
}

/** When the per-upstream circuit breaker opens and when it tries again. */
export interface BreakerOptions {
  /** Failure rate (0–100) over the rolling window above which the breaker opens. Default 50. */
  errorThresholdPercentage?: number;
  /** How long an open breaker fails fast before letting one trial attempt through. Default 2000 ms. */
  resetTimeoutMs?: number;
  /** Attempts the window must hold before the failure rate can open the breaker. Default 10. */
  volumeThreshold?: number;
  /** The rolling window the failure rate is measured over. Default 10000 ms. */
  rollingCountTimeoutMs?: number;
}

/** Everything `createUpstreamClient` needs; only `name`, `baseUrl` and `logger` have no default. */
export interface UpstreamClientOptions {
  /** The upstream as named in logs and errors, e.g. `system-apis`. */
  name: string;
  /** Where the upstream's paths start, e.g. `http://127.0.0.1:3001/system/v1`. */
  baseUrl: string;
  /** Per attempt, not per call: a call may take up to `(maxRetries + 1) * timeoutMs` plus waits. Default 5000. */
  timeoutMs?: number;
  retry?: RetryOptions;
  breaker?: BreakerOptions;
  logger: Logger;
  /** Waits between retries; tests pass one that records the delay and returns at once. */
  sleep?: (ms: number) => Promise<void>;
  /** A number in [0, 1) for jitter; tests pass a constant to make delays predictable. */
  random?: () => number;
  /** Epoch milliseconds, to turn an HTTP-date `Retry-After` into a wait. */
  now?: () => number;
  /**
   * The bearer token for each call, made when the call is made. Without it, the current request's
   * own token is passed on. Tiers give one that mints their own service token acting for the caller.
   */
  credentials?: () => string | undefined;
  /** Where call latency and the breaker's state are recorded (the calling service's `/metrics`). */
  metrics?: UpstreamMetrics;
}

/** The options with every default filled in and checked. */
export interface ResolvedUpstreamClientOptions {
  name: string;
  baseUrl: string;
  timeoutMs: number;
  retry: Required<RetryOptions>;
  breaker: Required<BreakerOptions>;
  logger: Logger;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
  credentials?: () => string | undefined;
  metrics?: UpstreamMetrics;
}

export const DEFAULT_TIMEOUT_MS = 5000;
export const DEFAULT_RETRY: Readonly<Required<RetryOptions>> = { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 5000 };
// volumeThreshold 10: with 4 attempts per call, a few failing calls are enough to trip the breaker,
// while a single unlucky call in a quiet period is not. resetTimeoutMs 2 s: an open breaker costs the
// upstream one trial attempt per interval, and callers wait at most that long after it is back.
export const DEFAULT_BREAKER: Readonly<Required<BreakerOptions>> = {
  errorThresholdPercentage: 50,
  resetTimeoutMs: 2000,
  volumeThreshold: 10,
  rollingCountTimeoutMs: 10_000,
};

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Fills in defaults and refuses nonsense at start-up (a negative retry count, a base URL that is
 * not a URL), naming the upstream and the bad setting.
 */
export function resolveUpstreamClientOptions(options: UpstreamClientOptions): ResolvedUpstreamClientOptions {
  const resolved: ResolvedUpstreamClientOptions = {
    name: options.name,
    baseUrl: options.baseUrl,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: { ...DEFAULT_RETRY, ...definedOnly(options.retry) },
    breaker: { ...DEFAULT_BREAKER, ...definedOnly(options.breaker) },
    logger: options.logger,
    sleep: options.sleep ?? realSleep,
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
    credentials: options.credentials,
    metrics: options.metrics,
  };
  check(resolved);
  return resolved;
}

function check(o: ResolvedUpstreamClientOptions): void {
  const fail = (setting: string, why: string): never => {
    throw new TypeError(`Upstream client "${o.name}": ${setting} ${why}.`);
  };
  if (!o.name) fail('name', 'is required');
  if (!URL.canParse(o.baseUrl)) fail('baseUrl', `"${o.baseUrl}" is not an absolute URL`);
  if (!(o.timeoutMs > 0)) fail('timeoutMs', 'must be greater than 0');
  if (!Number.isInteger(o.retry.maxRetries) || o.retry.maxRetries < 0)
    fail('retry.maxRetries', 'must be a whole number ≥ 0');
  if (!(o.retry.baseDelayMs >= 0)) fail('retry.baseDelayMs', 'must be ≥ 0');
  if (!(o.retry.maxDelayMs >= o.retry.baseDelayMs)) fail('retry.maxDelayMs', 'must be ≥ retry.baseDelayMs');
  const { errorThresholdPercentage, resetTimeoutMs, volumeThreshold, rollingCountTimeoutMs } = o.breaker;
  if (!(errorThresholdPercentage >= 0 && errorThresholdPercentage <= 100))
    fail('breaker.errorThresholdPercentage', 'must be between 0 and 100');
  if (!(resetTimeoutMs > 0)) fail('breaker.resetTimeoutMs', 'must be greater than 0');
  if (!Number.isInteger(volumeThreshold) || volumeThreshold < 0)
    fail('breaker.volumeThreshold', 'must be a whole number ≥ 0');
  if (!(rollingCountTimeoutMs > 0)) fail('breaker.rollingCountTimeoutMs', 'must be greater than 0');
}

// `{ maxRetries: undefined }` (an unset environment value passed through) must not erase a default.
function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  if (!value) return {};
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
