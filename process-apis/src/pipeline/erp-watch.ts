import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import { DEFAULT_ERP_MAX_WAIT_MS, type ErpProbe, type PipelineDeps } from './pipeline-deps';
import { anyWaitingForErp, wakeExpiredWaits, wakeWaitingJobs } from './waiting-jobs';

export interface ErpWatchOptions {
  /** How often the ERP is probed while orders wait for it. */
  probeIntervalMs: number;
  /** Waiting orders made ready at a time, at most (see wakeWaitingJobs). */
  wakeBatch: number;
}

// While the ERP answers and orders still wait, the next batch is woken as soon as the workers have
// taken the last: a short look, not a probe interval, between batches.
const DRAINING_INTERVAL_MS = 100;

/**
 * While orders wait for the ERP, probes it every `probeIntervalMs`; once it answers, gives the
 * waiting orders back to the workers a batch at a time, the earliest first, and calls `wake` so
 * the worker claims them at once. Orders that waited longer than the pipeline allows are woken
 * whatever the probe says, to be dead-lettered if the ERP is still away. Every replica runs one:
 * what waits is in the database, so any of them wakes it. Answers the function that stops it.
 */
export function watchForErp(
  deps: PipelineDeps,
  probe: ErpProbe,
  options: ErpWatchOptions,
  wake: () => void,
): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let endSleep: (() => void) | undefined;

  const tick = async (): Promise<boolean> => {
    const now = deps.clock.now();
    let woken = await wakeExpiredWaits(deps.db, deps.retry.erpMaxWaitMs ?? DEFAULT_ERP_MAX_WAIT_MS, now);
    const draining = (await anyWaitingForErp(deps.db)) && (await probe().catch(() => false));
    if (draining) woken += await wakeWaitingJobs(deps.db, options.wakeBatch, now);
    if (woken > 0) wake();
    return draining;
  };
  const loop = async () => {
    while (!stopped) {
      const draining = await tick().catch((error: unknown) => {
        deps.logger.warn('could not wake the orders waiting for the ERP', { error: coerceError(error).message });
        return false;
      });
      if (stopped) break;
      await new Promise<void>((resolve) => {
        endSleep = resolve;
        timer = setTimeout(resolve, draining ? DRAINING_INTERVAL_MS : options.probeIntervalMs);
      });
    }
  };
  const looping = loop();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    endSleep?.();
    await looping;
  };
}
