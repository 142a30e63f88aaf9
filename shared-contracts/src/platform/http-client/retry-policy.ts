/** The methods the client kit sends. */
export type HttpMethod = 'GET' | 'HEAD' | 'OPTIONS' | 'PUT' | 'DELETE' | 'POST' | 'PATCH';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

// Idempotent by definition (RFC 9110 §9.2.2): sending one twice has the effect of sending it once.
const REPEATABLE_METHODS: ReadonlySet<HttpMethod> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/**
 * Statuses that say "try again later" and nothing about the request itself.
 *
 * 500 is deliberately absent: between our own tiers it almost always means a bug met this
 * request, and the same request will meet the same bug; retrying only multiplies the load and the
 * error logs, and hides the bug behind latency. It still fails as `UpstreamUnavailableError`, so
 * the pipeline's own (slower, persisted) retry and dead-letter path decides what happens next.
 */
const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/** True when the status is worth retrying (429, 502, 503, 504). */
export function isTransientStatus(status: number): boolean {
  return TRANSIENT_STATUSES.has(status);
}

/**
 * True when a failed attempt may be sent again without risk of doing the work twice: an idempotent
 * method, or a POST/PATCH the upstream can de-duplicate by its `Idempotency-Key`. A POST without a
 * key that timed out may well have created the order; sending it again could create a second one.
 *
 * `headers` must have lower-case names (as `outboundHeaders` makes them).
 */
export function isSafeToRepeat(method: HttpMethod, headers: Readonly<Record<string, string>>): boolean {
  if (REPEATABLE_METHODS.has(method)) return true;
  return Boolean(headers[IDEMPOTENCY_KEY_HEADER]?.trim());
}
