import { UpstreamUnavailableError } from '@crossdock/shared-contracts/contracts/errors/errors';

// "Come back later", from the system tier or a proxy before it: its ERP (or itself) is away.
const UNAVAILABLE_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/**
 * Whether a step failed because the ERP could not be reached, rather than because of the order: the
 * system tier or the ERP behind it refused the connection, timed out, answered 502/503/504, or its
 * circuit is open (nothing was sent). Such an order waits for the ERP without using up its
 * attempts. Anything else (a 500, a bug meeting this order) is a failure while the ERP answers, and
 * is retried and dead-lettered as ever.
 */
export function isErpUnavailable(error: unknown): boolean {
  if (!(error instanceof UpstreamUnavailableError)) return false;
  // The client kit hangs the last attempt's status or network code on the error; an open circuit
  // refuses before any attempt of this call, with no cause or the previous call's.
  const cause = error.cause as { status?: unknown } | undefined;
  if (cause === undefined || cause === null || typeof cause !== 'object') return true;
  const status = typeof cause.status === 'number' ? cause.status : undefined;
  return status === undefined || UNAVAILABLE_STATUSES.has(status);
}
