/** One batch the worker ran: when it started and finished (monotonic ms), and since when its jobs were due. */
export interface BatchRun {
  startedAt: number;
  finishedAt: number;
  dueSince: readonly Date[];
}

/** What the worker knows when a batch is done. */
export interface AfterBatch {
  /** The last time (monotonic ms) an order arrived or a job was made ready in this process. */
  lastArrivalAt: number;
  /** Whether a request here is waiting for an order's outcome (`Prefer: wait`). */
  anyoneWaiting: boolean;
  now: Date;
}

/**
 * Taking orders first. A channel waits on each order it sends until it is stored; nobody waits on
 * the pipeline's batch, unless a request asked to (`Prefer: wait`): then it does not pause. So while
 * orders arrive (one arrived while the batch ran), the worker idles after a batch for as long as the
 * batch ran, leaving the cores to taking orders — but only while every order of the batch was
 * through within `budgetMs` of being due. Under a load it cannot keep up with, the orders' wait
 * thus stays near the budget instead of growing. Answers the pause in milliseconds.
 */
export function intakeFirstPause(budgetMs: number, batch: BatchRun, after: AfterBatch): number {
  if (budgetMs <= 0 || after.anyoneWaiting || batch.dueSince.length === 0 || after.lastArrivalAt < batch.startedAt)
    return 0;
  const longestWait = Math.max(...batch.dueSince.map((due) => after.now.getTime() - due.getTime()));
  return longestWait < budgetMs ? Math.max(0, batch.finishedAt - batch.startedAt) : 0;
}
