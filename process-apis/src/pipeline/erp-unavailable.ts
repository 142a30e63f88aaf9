import { UpstreamUnavailableError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { PipelineDeps } from './pipeline-deps';

// "Come back later", from the system tier or a proxy before it: its ERP (or itself) is away.
const UNAVAILABLE_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/**
 * Whether a step failed because the ERP could not be reached, rather than because of the order: the
 * system tier or the ERP behind it refused the connection, timed out, answered 502/503/504, or its
 * circuit is open (nothing was sent). Anything else (a 500, a bug meeting this order) is a failure
 * while the ERP answers, and is retried and dead-lettered as ever.
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

/**
 * Whether an order whose step failed with `error` waits for the ERP, without using up an attempt:
 * the ERP was unavailable, and still does not answer its probe. One that fails so while the ERP
 * answers (a call it refuses with 503 every time, for this order) is a poison order: its attempts
 * count, and it is dead-lettered after the last.
 */
export async function waitsForErp(deps: PipelineDeps, error: unknown): Promise<boolean> {
  if (!isErpUnavailable(error)) return false;
  // Refused by our own open circuit before anything was sent: the ERP has not judged this order.
  if (!deps.erpAnswers || (error as UpstreamUnavailableError).cause === undefined) return true;
  return !(await deps.erpAnswers().catch(() => false));
}
