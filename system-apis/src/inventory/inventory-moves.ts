import pg from 'pg';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';

/** The channel a trigger on `InventoryMovement` notifies on (migration 20261207210410_inventory_moved_notify). */
export const INVENTORY_MOVED_CHANNEL = 'crossdock_inventory_moved';

// A lost listener connection is opened again this long after it went.
const RECONNECT_AFTER_MS = 1000;

/** Word that stock moved: what a long-poll of the inventory change feed waits on. */
export interface InventoryMoves {
  /**
   * Resolves `'moved'` when a movement is written (or may have been: the ERP tells nothing, or the
   * word is not getting through) and `'quiet'` after `ms` without one; `'closed'` at once once closed.
   */
  next(ms: number): Promise<'moved' | 'quiet' | 'closed'>;
  /** True while every movement is told of: false for an ERP that tells nothing, or a lost listener. */
  told(): boolean;
  /** Answers every wait (`'closed'`), so a tier stopping never waits out a long-poll. */
  close(): Promise<void>;
}

/** Waiters on one word, each answered once. */
function waiters() {
  const waiting = new Set<(word: 'moved' | 'quiet' | 'closed') => void>();
  let closed = false;
  return {
    get closed() {
      return closed;
    },
    next(ms: number): Promise<'moved' | 'quiet' | 'closed'> {
      if (closed) return Promise.resolve('closed');
      return new Promise((resolve) => {
        const answer = (word: 'moved' | 'quiet' | 'closed') => {
          clearTimeout(timer);
          waiting.delete(answer);
          resolve(word);
        };
        const timer = setTimeout(() => answer('quiet'), ms);
        waiting.add(answer);
      });
    },
    tell(word: 'moved' | 'closed') {
      if (word === 'closed') closed = true;
      for (const answer of [...waiting]) answer(word);
    },
  };
}

/** For an ERP that tells nothing of its movements (Odoo): waits are only ever timed out, or closed. */
export function untoldInventoryMoves(): InventoryMoves {
  const word = waiters();
  return { next: (ms) => word.next(ms), told: () => false, close: async () => word.tell('closed') };
}

/**
 * Listens (PostgreSQL LISTEN, on a connection of its own) for the reference ERP's movements. A lost
 * connection is logged and opened again; meanwhile `told()` is false and waiters re-read on a timer.
 */
export async function listenForInventoryMoves(databaseUrl: string, logger: Logger): Promise<InventoryMoves> {
  const word = waiters();
  let client: pg.Client | undefined;
  let reconnect: NodeJS.Timeout | undefined;
  const connect = async (): Promise<void> => {
    const fresh = new pg.Client({ connectionString: databaseUrl });
    fresh.on('notification', () => word.tell('moved'));
    fresh.on('error', (error) => {
      logger.warn('inventory movement listener lost its connection', { error: error.message });
      if (client !== fresh) return;
      client = undefined;
      void fresh.end().catch(() => undefined);
      reconnect = setTimeout(retry, RECONNECT_AFTER_MS);
    });
    await fresh.connect();
    await fresh.query(`listen ${INVENTORY_MOVED_CHANNEL}`);
    if (word.closed) return void (await fresh.end());
    client = fresh;
    // Movements written while no one listened were not told of: whoever waits reads again now.
    word.tell('moved');
  };
  const retry = (): void => {
    reconnect = undefined;
    connect().catch((error: unknown) => {
      logger.warn('inventory movement listener could not connect', { error: coerceError(error).message });
      if (!word.closed) reconnect = setTimeout(retry, RECONNECT_AFTER_MS);
    });
  };
  await connect();
  return {
    next: (ms) => word.next(ms),
    told: () => client !== undefined,
    close: async () => {
      word.tell('closed');
      if (reconnect) clearTimeout(reconnect);
      await client?.end().catch(() => undefined);
      client = undefined;
    },
  };
}
