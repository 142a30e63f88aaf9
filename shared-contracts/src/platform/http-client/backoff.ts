/**
 * The wait before retry number `retryIndex` (0 for the first retry): "full jitter", a uniform draw
 * between 0 and `min(maxDelayMs, baseDelayMs * 2^retryIndex)`.
 *
 * Full jitter rather than a fixed doubling because every tier instance retries the same upstream at
 * once after a blip; spreading the retries over the whole window keeps them from arriving as one
 * synchronised wave that knocks the recovering upstream over again.
 */
export function backoffDelayMs(
  retryIndex: number,
  schedule: { baseDelayMs: number; maxDelayMs: number },
  random: () => number,
): number {
  const ceilingMs = Math.min(schedule.maxDelayMs, schedule.baseDelayMs * 2 ** retryIndex);
  return Math.round(random() * ceilingMs);
}

/**
 * How long a `Retry-After` header asks us to wait, in milliseconds: either delay-seconds (`120`) or
 * an HTTP-date (`Wed, 21 Oct 2015 07:28:00 GMT`). `undefined` when absent or unreadable, so the
 * caller falls back to its own backoff; a date in the past means "now".
 */
export function retryAfterMs(header: string | undefined, nowMs: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // All three HTTP-date forms (RFC 9110 §5.6.7) open with a day name. Checking that first keeps
  // Date.parse's leniency out: it reads "-5" or "2.5" as dates in antiquity.
  if (!/^[A-Za-z]{3,9},?\s/.test(value)) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
