import type { BatchItemTrace } from '@crossdock/shared-contracts/contracts/api/system-batches';
import { CrossdockError } from '@crossdock/shared-contracts/contracts/errors/crossdock-error';
import { UpstreamProblemError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { runAsBatchItem, settleEach, type Settled } from '@crossdock/shared-contracts/platform/http/settle-each';
import { toCrossdockError } from '@crossdock/shared-contracts/platform/http/problem-middleware';
import type { BatchWrite, ItemOutcome, WriteActor } from './erp/ports/common';
import { currentWriteActor } from './write-actor';

/** An item that failed because the ERP cannot be reached fails its whole batch (503): the caller retries the batch. */
const isOutage = (error: unknown) => !(error instanceof CrossdockError) || error.kind === 'transient';

/**
 * Runs one write per item of a batch, each under its own correlation id and end user (so the ERP's
 * audit reads as if the calls had come one by one), `concurrency` at a time.
 */
export function writeEach<I extends BatchItemTrace, T>(
  items: readonly I[],
  concurrency: number,
  write: (item: I, by: WriteActor) => Promise<T>,
): Promise<Settled<T>[]> {
  return settleEach(
    items,
    concurrency,
    (item) => runAsBatchItem(item, () => write(item, currentWriteActor())),
    isOutage,
  );
}

/** A batch item as the single call takes it: without the trace that only says whose it is. */
export function withoutTrace<R>(item: R & BatchItemTrace): R {
  const { correlationId: _correlationId, actingFor: _actingFor, ...request } = item;
  return request as R;
}

/**
 * Runs a batch of writes the adapter's own batch operation when it has one (one transaction for
 * all), one write per item otherwise; the answers are the same either way.
 */
export async function writeBatch<I extends BatchItemTrace, R, T>(
  items: readonly I[],
  requestOf: (item: I) => R,
  native: ((writes: BatchWrite<R>[]) => Promise<ItemOutcome<T>[]>) | undefined,
  single: (request: R, by: WriteActor) => Promise<T>,
  concurrency: number,
): Promise<Settled<T>[]> {
  if (!native) return writeEach(items, concurrency, (item, by) => single(requestOf(item), by));
  const writes = await Promise.all(
    items.map(async (item) => ({
      request: requestOf(item),
      by: await runAsBatchItem(item, async () => currentWriteActor()),
    })),
  );
  return settledFrom(await native(writes));
}

/** Runs one read per item of a batch, `concurrency` at a time, or the adapter's own batch read when it has one. */
export async function readEach<I, T>(
  items: readonly I[],
  concurrency: number,
  read: (item: I) => Promise<T>,
  native?: (items: readonly I[]) => Promise<ItemOutcome<T>[]>,
): Promise<Settled<T>[]> {
  if (!native) return settleEach(items, concurrency, read, isOutage);
  return settledFrom(await native(items));
}

/**
 * The ones of `keys` that exist, in the order asked, unknown keys left out: in one read by the
 * adapter's own many-read when it has one (`keyOf` tells which key a found one answers), else each
 * looked up on its own.
 */
export async function lookUpEach<T>(
  keys: readonly string[],
  concurrency: number,
  get: (key: string) => Promise<T | undefined>,
  native?: { getMany: (keys: readonly string[]) => Promise<T[]>; keyOf: (found: T) => string },
): Promise<T[]> {
  const unique = [...new Set(keys)];
  if (native) {
    const found = new Map((await native.getMany(unique)).map((value) => [native.keyOf(value), value]));
    return unique.flatMap((key) => (found.has(key) ? [found.get(key)!] : []));
  }
  const settled = await readEach(unique, concurrency, get);
  return settled.flatMap(({ value, problem }) => {
    if (problem) throw new UpstreamProblemError('erp', problem);
    return value === undefined ? [] : [value];
  });
}

/** An adapter's batch answers as the system API gives them: an item's business refusal as its problem; an outage fails the batch. */
function settledFrom<T>(outcomes: ItemOutcome<T>[]): Settled<T>[] {
  return outcomes.map((outcome) => {
    if (outcome.error === undefined) return { value: outcome.value };
    if (isOutage(outcome.error)) throw outcome.error;
    return { problem: toCrossdockError(outcome.error).toProblem(undefined) };
  });
}
