/**
 * What became of a run's accepted orders, read from the databases as an auditor would: where each
 * ended in Crossdock, whether it is in the ERP once, and whether the stock the ERP holds for the run's
 * item is exactly what those ERP orders hold. Not a test file.
 */
import type pg from 'pg';
import { UNITS } from './load-kit';

export interface OrderFates {
  /** Accepted orders by the status they ended in. */
  statuses: Record<string, number>;
  deadLetters: number;
  openHolds: number;
  /** Accepted orders with exactly one ERP order / with none / with more than one. */
  inErpOnce: number;
  missingFromErp: number;
  inErpTwice: number;
  /** Units of the run's item allocated in the ERP, against the units of the orders that reached it. */
  allocated: number;
  unitsOrdered: number;
  activeReservationsWithoutOrder: number;
  /** Per order that reached the ERP: from its receipt to its ERP order (ms), and when that was. */
  waitsMs: number[];
  reachedErpAt: number[];
}

const count = async (db: pg.Client, sql: string, values: unknown[]) =>
  (await db.query(sql, values)).rows[0].n as number;

export async function readOrderFates(
  processDb: pg.Client,
  systemDb: pg.Client,
  ids: string[],
  sku: string,
): Promise<OrderFates> {
  const statusRows = await processDb.query(
    `select status, count(*)::int as n from "Order" where id = any($1) group by status`,
    [ids],
  );
  const received = new Map<string, number>(
    (await processDb.query(`select id, "createdAt" from "Order" where id = any($1)`, [ids])).rows.map((row) => [
      row.id,
      (row.createdAt as Date).getTime(),
    ]),
  );
  const erp = (
    await systemDb.query(
      `select "orderKey", count(*)::int as n, min("createdAt") as at from "SalesOrder" where "orderKey" = any($1) group by "orderKey"`,
      [ids],
    )
  ).rows as { orderKey: string; n: number; at: Date }[];
  const inErp = new Set(erp.map((row) => row.orderKey));
  return {
    statuses: Object.fromEntries(statusRows.rows.map((row) => [row.status, row.n])),
    deadLetters: await count(processDb, `select count(*)::int as n from "DeadLetter" where "orderId" = any($1)`, [ids]),
    openHolds: await count(
      processDb,
      `select count(*)::int as n from "Hold" where "orderId" = any($1) and status = 'open'`,
      [ids],
    ),
    inErpOnce: erp.filter((row) => row.n === 1).length,
    inErpTwice: erp.filter((row) => row.n > 1).length,
    missingFromErp: ids.filter((id) => !inErp.has(id)).length,
    allocated: await count(
      systemDb,
      `select coalesce(sum(quantity), 0)::int as n from "Reservation" where sku = $1 and status = 'active'`,
      [sku],
    ),
    unitsOrdered: erp.length * UNITS,
    activeReservationsWithoutOrder: await count(
      systemDb,
      `select count(*)::int as n from "Reservation" where sku = $1 and status = 'active' and "salesOrderNumber" is null`,
      [sku],
    ),
    waitsMs: erp.map((row) => row.at.getTime() - received.get(row.orderKey)!),
    reachedErpAt: erp.map((row) => row.at.getTime()),
  };
}
