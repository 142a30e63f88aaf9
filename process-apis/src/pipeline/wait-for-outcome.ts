import type { ProcessDatabase } from '../database';
import { SETTLED_STATUSES } from './run-job';

/**
 * Waits, at most `waitMs`, for an order to settle (submitted, held, failed...). Woken by this
 * process's pipeline as the order moves; the database is asked again every `checkEveryMs` too, for
 * when another process's worker runs it.
 */
export function createOutcomeWaiter(db: ProcessDatabase, checkEveryMs = 250) {
  const waiting = new Map<string, Set<() => void>>();
  // Requests waiting now, also while they ask the database (when they are not in `waiting`).
  let waiters = 0;
  return {
    orderChanged(orderId: string): void {
      for (const notify of waiting.get(orderId) ?? []) notify();
    },
    /** Whether a request in this process is waiting for an order's outcome (`Prefer: wait`). */
    anyoneWaiting(): boolean {
      return waiters > 0;
    },
    async waitForSettled(orderId: string, waitMs: number): Promise<boolean> {
      waiters++;
      try {
        return await settledWithin(orderId, Date.now() + waitMs);
      } finally {
        waiters--;
      }
    },
  };

  async function settledWithin(orderId: string, deadline: number): Promise<boolean> {
    for (;;) {
      const order = await db.order.findUnique({ where: { id: orderId }, select: { status: true } });
      if (!order || SETTLED_STATUSES.has(order.status)) return true;
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        const listeners = waiting.get(orderId) ?? new Set<() => void>();
        const done = () => {
          clearTimeout(timer);
          listeners.delete(done);
          if (listeners.size === 0) waiting.delete(orderId);
          resolve();
        };
        const timer = setTimeout(done, Math.min(left, checkEveryMs));
        listeners.add(done);
        waiting.set(orderId, listeners);
      });
    }
  }
}

export type OutcomeWaiter = ReturnType<typeof createOutcomeWaiter>;
