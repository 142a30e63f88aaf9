/** One batch the worker ran: when it started and finished (performance.now()), and since when its jobs were due. */
export interface BatchRun {
  startedAt: number;
  finishedAt: number;
  dueSince: readonly Date[];
}

/**
 * Taking orders first. A channel waits on each order it sends until it is stored; nobody waits on
 * the pipeline's batch. So while orders arrive (one arrived while the batch ran), the worker pauses
 * after a batch for as long as the batch took, leaving the machine to taking orders half of the
 * time — but only while every order of the batch was through within `budgetMs` of being due, so a
 * long burst never leaves the pipeline behind for good. Answers the pause in milliseconds.
 */
export function intakeFirstPause(budgetMs: number, batch: BatchRun, lastArrivalAt: number, now: Date): number {
  if (budgetMs <= 0 || batch.dueSince.length === 0 || lastArrivalAt < batch.startedAt) return 0;
  const longestWait = Math.max(...batch.dueSince.map((due) => now.getTime() - due.getTime()));
  return longestWait < budgetMs ? Math.max(0, batch.finishedAt - batch.startedAt) : 0;
}
