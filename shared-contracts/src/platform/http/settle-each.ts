import { currentContext, runWithContext } from '../context/request-context';
import type { ProblemDetails } from '../../contracts/errors/problem';
import { toCrossdockError } from './problem-middleware';

export interface Settled<T> {
  value?: T;
  problem?: ProblemDetails;
}

/**
 * Runs `run` for each item of a batch, at most `concurrency` at a time, and answers each item's
 * value or the problem that item alone would have answered. An item that is down to the ERP being
 * unreachable fails the whole batch instead: the caller retries the batch, not item by item.
 */
export async function settleEach<I, T>(
  items: readonly I[],
  concurrency: number,
  run: (item: I) => Promise<T>,
  isOutage: (error: unknown) => boolean,
): Promise<Settled<T>[]> {
  const settled: Settled<T>[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      try {
        settled[index] = { value: await run(items[index]!) };
      } catch (error) {
        if (isOutage(error)) throw error;
        settled[index] = { problem: toCrossdockError(error).toProblem(undefined) };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
  return settled;
}

/** Runs `fn` as the current request, but under another correlation id and end user (one item of a batch). */
export function runAsBatchItem<T>(
  trace: { correlationId?: string; actingFor?: string },
  fn: () => Promise<T>,
): Promise<T> {
  const context = currentContext();
  if (!context) return fn();
  const principal =
    context.principal && trace.actingFor ? { ...context.principal, actingFor: trace.actingFor } : context.principal;
  return runWithContext({ correlationId: trace.correlationId ?? context.correlationId, principal }, fn);
}
