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
 * What a step's failure says about the ERP. `away`: it was unavailable and still does not answer
 * its probe: the order waits for it, using no attempt. `notSent`: our own open circuit refused the
 * call, but the ERP answers its probe: the breaker lags behind its recovery, and the order is tried
 * again shortly, using no attempt either. `order`: a failure while the ERP answers (a 500, a call it
 * refuses with 503 every time for this order): a poison order, whose attempts count.
 */
export async function judgeErpFailure(deps: PipelineDeps, error: unknown): Promise<'away' | 'notSent' | 'order'> {
  if (!isErpUnavailable(error)) return 'order';
  if (!deps.erpAnswers || !(await deps.erpAnswers().catch(() => false))) return 'away';
  return (error as UpstreamUnavailableError).cause === undefined ? 'notSent' : 'order';
}

/** Whether the ERP is away for this failure (see judgeErpFailure): the order, or its compensation, waits for it. */
export const waitsForErp = async (deps: PipelineDeps, error: unknown): Promise<boolean> =>
  (await judgeErpFailure(deps, error)) === 'away';
