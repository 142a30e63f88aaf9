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
// While no order waits, the watch looks this seldom: this process's worker tells it when a batch
// ran (orders may wait since), so only an order parked by another replica that then went away waits
// for the look (it would wait for the probe anyway).
const IDLE_LOOK_MS = 10_000;

/**
 * While orders wait for the ERP, probes it every `probeIntervalMs`; once it answers, gives the
 * waiting orders back to the workers a batch at a time, the earliest first, and calls `wake` so
 * the worker claims them at once. Orders that waited longer than the pipeline allows are woken
 * whatever the probe says, to be dead-lettered if the ERP is still away. Every replica runs one:
 * what waits is in the database, so any of them wakes it. Answers how to stop it, and `look`: a
 * batch ran, orders may wait now (while none waits the watch looks only every IDLE_LOOK_MS).
 */
export function watchForErp(
  deps: PipelineDeps,
  probe: ErpProbe,
  options: ErpWatchOptions,
  wake: () => void,
): { stop(): Promise<void>; look(): void } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let endSleep: (() => void) | undefined;

  let idle = false;
  // Told during a look, which may have read the jobs before the batch parked any: look again soon.
  let toldMeanwhile = false;

  /** How long until the next look: draining, orders waiting (the probe interval), or none waiting. */
  const tick = async (): Promise<number> => {
    const now = deps.clock.now();
    let woken = await wakeExpiredWaits(deps.db, deps.retry.erpMaxWaitMs ?? DEFAULT_ERP_MAX_WAIT_MS, now);
    const waiting = await anyWaitingForErp(deps.db);
    const draining = waiting && (await probe().catch(() => false));
    if (draining) woken += await wakeWaitingJobs(deps.db, options.wakeBatch, now);
    if (woken > 0) wake();
    return draining ? DRAINING_INTERVAL_MS : waiting ? options.probeIntervalMs : IDLE_LOOK_MS;
  };
  const loop = async () => {
    while (!stopped) {
      toldMeanwhile = false;
      let sleepMs = await tick().catch((error: unknown) => {
        deps.logger.warn('could not wake the orders waiting for the ERP', { error: coerceError(error).message });
        return options.probeIntervalMs;
      });
      if (stopped) break;
      if (sleepMs === IDLE_LOOK_MS && toldMeanwhile) sleepMs = options.probeIntervalMs;
      idle = sleepMs === IDLE_LOOK_MS;
      await new Promise<void>((resolve) => {
        endSleep = resolve;
        timer = setTimeout(resolve, sleepMs);
      });
      idle = false;
    }
  };
  const looping = loop();
  return {
    look: () => {
      toldMeanwhile = true;
      if (!idle) return;
      idle = false;
      clearTimeout(timer);
      endSleep?.();
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      endSleep?.();
      await looping;
    },
  };
}
