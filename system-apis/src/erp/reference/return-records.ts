/** A return and its credit memo as the database keeps them and as the API shows them, and the lock every transition takes. */
import type { CreditMemo } from '@crossdock/shared-contracts/contracts/api/system-returns';
import { toBaseQuantity, type Item } from '@crossdock/shared-contracts/contracts/model/item';
import type { ReturnAuthorisation, ReturnReason } from '@crossdock/shared-contracts/contracts/model/return';
import type { ErpDatabase } from '../../database';
import type {
  CreditMemo as CreditMemoRow,
  Prisma,
  ReturnAuthorisation as ReturnRow,
  ReturnLine as ReturnLineRow,
  SalesOrderLine as OrderLineRow,
} from '../../generated/prisma/client';
import { documentId, documentNumberOf } from './document-numbers';
import { toItem } from './items';
import { salesOrderId } from './sales-orders';

export const returnId = (number: number) => documentId('RMA', number);

export const returnNumberOf = (id: string) => documentNumberOf('RMA', id);

export const creditMemoId = (number: number) => documentId('CM', number);

type Tx = Prisma.TransactionClient;

export type ReturnWithLines = ReturnRow & { lines: ReturnLineRow[]; creditMemo: { number: number } | null };

export const RETURN_INCLUDE = { lines: true, creditMemo: { select: { number: true } } } as const;

export function toReturn(row: ReturnWithLines): ReturnAuthorisation {
  return {
    id: returnId(row.number),
    customerId: row.customerId,
    orderId: salesOrderId(row.salesOrderNumber),
    reason: row.reason as ReturnReason,
    note: row.note ?? undefined,
    status: row.status as ReturnAuthorisation['status'],
    lines: [...row.lines]
      .sort((a, b) => a.lineNumber - b.lineNumber)
      .map((line) => ({
        lineNumber: line.lineNumber,
        sku: line.sku,
        quantity: line.quantity,
        uom: line.uom,
        disposition: (line.disposition as 'restock' | 'scrap' | null) ?? undefined,
        receivedQuantity: line.disposition ? line.receivedQuantity : undefined,
      })),
    creditMemoId: row.creditMemo ? creditMemoId(row.creditMemo.number) : undefined,
    requestedAt: row.requestedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toCreditMemo(row: CreditMemoRow): CreditMemo {
  return {
    id: creditMemoId(row.number),
    returnId: returnId(row.returnNumber),
    customerId: row.customerId,
    currency: row.currency,
    amount: row.amount.toFixed(2),
    issuedAt: row.issuedAt.toISOString(),
  };
}

export async function itemsBySku(tx: Pick<Tx, 'item'>, skus: string[]): Promise<Map<string, Item>> {
  const rows = await tx.item.findMany({ where: { sku: { in: [...new Set(skus)] } }, include: { uoms: true } });
  return new Map(rows.map((row) => [row.sku, toItem(row)]));
}

/** A quantity in base units; the unit was checked when the line was made, so it converts. */
export const baseOf = (items: Map<string, Item>, line: { sku: string; quantity: number; uom: string }) =>
  toBaseQuantity(items.get(line.sku)!, line.quantity, line.uom)!;

/** How many base units each of the order's lines holds per unit it was ordered in (fixed at ordering). */
export const lineFactor = (line: OrderLineRow) => line.baseQuantity / line.quantity;

/** Locks the return's row until the transaction ends: every transition reads its status under it. */
export async function lockReturn(tx: Tx, number: number) {
  const [row] = await tx.$queryRaw<
    { status: string; customerId: string; salesOrderNumber: number; receivedInto: string | null }[]
  >`
    select "status", "customerId", "salesOrderNumber", "receivedInto" from "ReturnAuthorisation" where "number" = ${number} for update`;
  return row;
}

export async function getReturn(db: ErpDatabase, id: string): Promise<ReturnAuthorisation | undefined> {
  const number = returnNumberOf(id);
  if (number === undefined) return undefined;
  const row = await db.returnAuthorisation.findUnique({ where: { number }, include: RETURN_INCLUDE });
  return row ? toReturn(row) : undefined;
}
