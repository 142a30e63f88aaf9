import type { InventoryChangePage } from '@crossdock/shared-contracts/contracts/api/system-inventory';
import type { InventoryMoves } from './inventory-moves';

/** The longest a reader may wait for a change: under the gateway's upstream timeout (30 s in gateway.yaml). */
export const MAX_CHANGE_WAIT_MS = 25_000;

// While movements are not told of (an ERP that tells nothing, a lost listener), a waiting read looks again this often.
const UNTOLD_LOOK_MS = 1000;
// A movement told of is read once its transaction and every older one in the cluster have ended:
// until the feed shows it, look again after these waits, doubling, up to the last, until the wait
// runs out (the word may also be of a movement already read: then that costs a read a second).
const FIRST_LOOK_AGAIN_MS = 10;
const LAST_LOOK_AGAIN_MS = 1000;

/**
 * The change feed's page after `after`, answered as soon as it holds a movement, or empty after
 * `waitMs` (a long-poll: a reader is told of a change at once, without asking many times a second).
 * Waiting costs nothing while no stock moves: the feed is read again only on word of a movement.
 */
export async function changesAfterWaiting(
  read: (after: string, limit: number) => Promise<InventoryChangePage>,
  moves: InventoryMoves,
  request: { after: string; limit: number; waitMs: number },
): Promise<InventoryChangePage> {
  const deadline = performance.now() + request.waitMs;
  let lookAgainMs: number | undefined;
  for (;;) {
    const page = await read(request.after, request.limit);
    const left = deadline - performance.now();
    if (page.items.length > 0 || left <= 0) return page;
    const word = await moves.next(Math.min(left, lookAgainMs ?? (moves.told() ? left : UNTOLD_LOOK_MS)));
    if (word === 'closed') return page;
    if (word === 'moved') lookAgainMs = FIRST_LOOK_AGAIN_MS;
    else if (lookAgainMs !== undefined) lookAgainMs = Math.min(lookAgainMs * 2, LAST_LOOK_AGAIN_MS);
  }
}
