/**
 * The inventory change feed of the reference ERP: every stock movement once, oldest first, and
 * never one overtaken — a movement committed late does not let the cursor pass it by.
 */
import type { SqlClient } from '@crossdock/shared-contracts/platform/database/sql';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openErpDatabase, type ErpDatabase } from '../../database';
import type { InventoryPort } from '../ports/inventory-port';
import { createReferenceInventory } from './inventory';
import { reserveMany } from './reserve-many';

const CLERK = { actor: 'receiving@crossdock.example', correlationId: 'corr-feed-test' };

let db: ErpDatabase;
let inventory: InventoryPort;

beforeAll(async () => {
  db = await openErpDatabase(await createTestDatabase('inventory_changes', 'demoErp'));
  inventory = createReferenceInventory(db);
});
afterAll(async () => {
  await db?.$disconnect();
});

/**
 * The feed after `cursor` once it shows `count` movements. A transaction of another test on the
 * same PostgreSQL (transaction ids are cluster-wide) may hold the feed back for a moment.
 */
async function changesOnceThere(cursor: string, count: number) {
  for (let tries = 0; ; tries++) {
    const page = await inventory.changesAfter!(cursor, 100);
    if (page.items.length >= count || tries > 200) return page;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function tail(): Promise<string> {
  let cursor = '0';
  for (;;) {
    const page = await inventory.changesAfter!(cursor, 1000);
    if (page.items.length === 0) return page.cursor;
    cursor = page.cursor;
  }
}

describe('the inventory change feed', () => {
  it('shows receipts, adjustments and batch reservations in the order they were made, after the cursor', async () => {
    const cursor = await tail();
    await inventory.recordMovement(
      { sku: 'HXB-004', warehouseId: 'WH-DAL', kind: 'receipt', quantity: 100, reason: 'PO 1' },
      CLERK,
    );
    await inventory.recordMovement(
      { sku: 'HXB-004', warehouseId: 'WH-DAL', kind: 'adjustment', quantity: -3, reason: 'count' },
      CLERK,
    );
    await reserveMany(db, [
      { request: { sku: 'HXB-004', warehouseId: 'WH-DAL', quantity: 5, reference: 'ORDER-1' }, by: CLERK },
      { request: { sku: 'GLV-002', warehouseId: 'WH-DAL', quantity: 1, reference: 'ORDER-1' }, by: CLERK },
    ]);

    const page = await changesOnceThere(cursor, 4);

    expect(page.items.map((each) => [each.kind, each.sku, each.quantity])).toEqual([
      ['receipt', 'HXB-004', 100],
      ['adjustment', 'HXB-004', -3],
      ['reservation', 'HXB-004', 5],
      ['reservation', 'GLV-002', 1],
    ]);
    expect(await inventory.changesAfter!(page.cursor, 100)).toEqual({ items: [], cursor: page.cursor });
  });

  it('holds back movements after one whose transaction is still open, and shows them all once it ends', async () => {
    const cursor = await tail();
    const slow = await db.sql.connect();
    try {
      await slow.query('begin');
      // Takes its id now, commits last.
      await slow.query(
        `insert into "InventoryMovement" ("sku", "warehouseId", "kind", "quantity", "reason", "onHandAfter", "allocatedAfter", "actor", "correlationId") values ('HXB-004', 'WH-ATL', 'receipt', 7, 'slow', 0, 0, 'test', 'c')`,
      );
      await inventory.recordMovement(
        { sku: 'HXB-004', warehouseId: 'WH-DAL', kind: 'receipt', quantity: 1, reason: 'fast' },
        CLERK,
      );

      expect((await inventory.changesAfter!(cursor, 100)).items).toEqual([]);

      await slow.query('commit');
      const page = await changesOnceThere(cursor, 2);
      expect(page.items.map((each) => each.reason)).toEqual(['slow', 'fast']);
    } finally {
      slow.release();
    }
  });

  it('shows a movement whose transaction commits after one that took its id earlier and wrote later, once', async () => {
    let cursor = await tail();
    const seen: string[] = [];
    const readUntil = async (reason: string) => {
      for (let tries = 0; tries < 300 && !seen.includes(reason); tries++) {
        const page = await inventory.changesAfter!(cursor, 100);
        seen.push(...page.items.map((each) => each.reason));
        cursor = page.cursor;
        if (!seen.includes(reason)) await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return seen;
    };
    await twoTransactions(async ({ early, late }) => {
      await early.query('select pg_current_xact_id()');
      await late.query(MOVEMENT, ['late']);
      await early.query(MOVEMENT, ['early']);
      await early.query('commit');
      expect(await readUntil('early')).toEqual(['early']);
      await late.query('commit');
    });

    expect(await readUntil('late')).toEqual(['early', 'late']);
  });

  it('takes a movement id given out as a cursor before, and skips nothing after it', async () => {
    await tail();
    const ids: Record<string, string> = {};
    await twoTransactions(async ({ early, late }) => {
      await early.query('select pg_current_xact_id()');
      ids.first = (await late.query<{ id: string }>(`${MOVEMENT} returning "id"::text as "id"`, ['first'])).rows[0]!.id;
      await late.query('commit');
      ids.second = (
        await early.query<{ id: string }>(`${MOVEMENT} returning "id"::text as "id"`, ['second'])
      ).rows[0]!.id;
      await early.query('commit');
    });

    // A reader that went by id stopped at the first: the second, of an older transaction, follows.
    const page = await changesOnceThere(ids.first!, 1);
    expect(page.items.map((each) => each.reason)).toContain('second');
    expect(page.cursor).toMatch(/^\d+:\d+$/);
  });
});

const MOVEMENT = `insert into "InventoryMovement" ("sku", "warehouseId", "kind", "quantity", "reason", "onHandAfter", "allocatedAfter", "actor", "correlationId") values ('HXB-004', 'WH-ATL', 'adjustment', 1, $1, 0, 0, 'test', 'c')`;

/** Two transactions held open from the test, rolled back if `work` leaves them open. */
async function twoTransactions(work: (clients: { early: SqlClient; late: SqlClient }) => Promise<void>): Promise<void> {
  const early = await db.sql.connect();
  const late = await db.sql.connect();
  try {
    await early.query('begin');
    await late.query('begin');
    await work({ early, late });
  } finally {
    await early.query('rollback').catch(() => undefined);
    await late.query('rollback').catch(() => undefined);
    early.release();
    late.release();
  }
}
