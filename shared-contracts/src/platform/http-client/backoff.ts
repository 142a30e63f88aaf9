/** The whole ceiling is drawn from (0 to all of it): the HTTP client kit's retries. */
export const FULL_JITTER = 1;
/** Half the ceiling is fixed, the other half drawn: the queues' retries, which never come back at once. */
export const EQUAL_JITTER = 0.5;
/** The ceiling stops doubling here: by then any base of a millisecond or more is past any cap. */
export const MAX_DOUBLINGS = 52;

export interface BackoffSchedule {
  baseDelayMs: number;
  maxDelayMs: number;
  /** The fraction of the ceiling that is drawn at random: FULL_JITTER (the default) or EQUAL_JITTER. */
  jitter?: number;
}

/**
 * The wait before retry number `retryIndex` (0 for the first retry), in whole milliseconds: the
 * ceiling `min(maxDelayMs, baseDelayMs * 2^retryIndex)`, of which the `jitter` fraction is drawn
 * with `random()`: the wait is `ceiling * (1 - jitter + jitter * random())`, rounded down.
 *
 * The one backoff formula: the queues compute theirs in SQL with `crossdock_backoff_ms` (a process
 * migration), which backoff-in-sql.test.ts proves equal to this one, draw for draw.
 *
 * Jittered because every tier instance retries the same upstream at once after a blip; spreading
 * the retries over the window keeps them from arriving as one synchronised wave that knocks the
 * recovering upstream over again. The HTTP client draws the whole window ("full jitter"); a queue
 * keeps half of it ("equal jitter"), so a retry is never due at once and its attempts are not
 * spent before the upstream had time to recover.
 */
export function backoffDelayMs(retryIndex: number, schedule: BackoffSchedule, random: () => number): number {
  const doublings = Math.min(Math.max(retryIndex, 0), MAX_DOUBLINGS);
  const ceilingMs = Math.min(schedule.maxDelayMs, schedule.baseDelayMs * 2 ** doublings);
  const jitter = schedule.jitter ?? FULL_JITTER;
  return Math.floor(ceilingMs * (1 - jitter + jitter * random()));
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
