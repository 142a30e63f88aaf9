/**
 * The inventory change feed as a long-poll (issue #20): a reader waiting with `waitMs` is answered
 * as soon as a movement is written — told by the reference ERP's database (LISTEN/NOTIFY), not by
 * reading the feed many times a second — and with an empty page when the wait runs out.
 */
import { Writable } from 'node:stream';
import type { InventoryChangePage } from '@crossdock/shared-contracts/contracts/api/system-inventory';
import { signToken } from '@crossdock/shared-contracts/platform/auth/tokens';
import type { RunningServer } from '@crossdock/shared-contracts/platform/http/listen';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_FAULTS } from '../erp/fault-injection';
import { startSystemApi } from '../server';
import { listenForInventoryMoves } from './inventory-moves';

const TOKENS = {
  secret: 'crossdock-test-secret-0123456789abcdef',
  issuer: 'crossdock',
  audience: 'crossdock',
  clockToleranceSeconds: 30,
};

const quiet = createLogger({
  service: 'test',
  level: 'error',
  stream: new Writable({ write: (_c, _e, done) => done() }),
});
let api: RunningServer;
let databaseUrl: string;
let headers: Record<string, string>;

beforeAll(async () => {
  databaseUrl = await createTestDatabase('inventory_long_poll');
  api = await startSystemApi(
    {
      host: '127.0.0.1',
      port: 0,
      databaseUrl,
      tokens: TOKENS,
      seedDemoData: true,
      erp: { adapter: 'reference' },
      faults: NO_FAULTS,
    },
    quiet,
  );
  const token = signToken(TOKENS, { subject: 'test', scopes: ['system:read', 'system:write'] });
  headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
});
afterAll(async () => {
  await api?.close();
});

const receipt = (reference: string) =>
  fetch(`${api.url}/system/v1/inventory/movements`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      sku: 'HXB-004',
      warehouseId: 'WH-DAL',
      kind: 'receipt',
      quantity: 5,
      reason: 'PO arrived while a reader waited',
      reference,
    }),
  });

const changes = async (query: string) => {
  const answer = await fetch(`${api.url}/system/v1/inventory/changes?${query}`, { headers });
  return { status: answer.status, body: (await answer.json()) as InventoryChangePage & { title?: string } };
};

/** The feed's cursor past every movement so far. */
async function tail(): Promise<string> {
  let cursor = '0';
  for (;;) {
    const { body } = await changes(`after=${cursor}&limit=1000`);
    if (body.items.length === 0) return body.cursor;
    cursor = body.cursor;
  }
}

describe('word of stock movements', () => {
  it('comes from the database when a movement is written, and not otherwise', async () => {
    const moves = await listenForInventoryMoves(databaseUrl, quiet);
    try {
      expect(moves.told()).toBe(true);
      expect(await moves.next(100)).toBe('quiet');
      const word = moves.next(25_000);
      expect((await receipt('PO-WORD')).status).toBe(201);
      expect(await word).toBe('moved');
    } finally {
      await moves.close();
    }
    expect(await moves.next(25_000)).toBe('closed');
  });
});

describe('a long-poll of the inventory change feed', () => {
  it('is answered with a movement written while it waits, long before its wait runs out', async () => {
    const cursor = await tail();
    let answeredAt: number | undefined;
    const waiting = changes(`after=${cursor}&waitMs=25000`).then((answer) => ((answeredAt = Date.now()), answer));
    // The long-poll is waiting: nothing follows the cursor yet.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(answeredAt).toBeUndefined();

    const writtenAt = Date.now();
    expect((await receipt('PO-LONG-POLL')).status).toBe(201);

    const { status, body } = await waiting;
    expect(status).toBe(200);
    // The feed hands a movement out only once every older transaction on the server has ended, and other test
    // files' transactions share this server: the test before's receipt may not have been out yet at `tail()`.
    expect(body.items.map((movement) => movement.reference).filter((reference) => reference !== 'PO-WORD')).toEqual([
      'PO-LONG-POLL',
    ]);
    expect(body.cursor).not.toBe(cursor);
    // Told, not found by the next poll: the test's own 5 s timeout would end a wait of 25 s.
    expect(answeredAt).toBeGreaterThanOrEqual(writtenAt);
  });

  it('answers an empty page, at the same cursor, once a short wait runs out without a movement', async () => {
    const cursor = await tail();
    const { status, body } = await changes(`after=${cursor}&waitMs=150`);
    expect(status).toBe(200);
    expect(body).toEqual({ items: [], cursor });
  });

  it('refuses a wait longer than 25 s, which the gateway would cut short', async () => {
    const { status, body } = await changes('after=0&waitMs=60000');
    expect(status).toBe(400);
    expect(body.title).toBeDefined();
  });
});
