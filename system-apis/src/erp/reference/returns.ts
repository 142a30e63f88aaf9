import { pageSize, toPage, type Page } from '@crossdock/shared-contracts/contracts/page';
import type {
  CreditMemo,
  ReceiveReturnRequest,
  RequestReturnRequest,
} from '@crossdock/shared-contracts/contracts/system-returns';
import {
  BusinessRuleError,
  ConflictError,
  NotFoundError,
  ValidationError,
} from '@crossdock/shared-contracts/errors/errors';
import { toBaseQuantity, type Item } from '@crossdock/shared-contracts/model/item';
import {
  RETURN_DISPOSITIONS,
  RETURN_REASONS,
  RETURN_STATUSES,
  type ReturnAuthorisation,
  type ReturnReason,
} from '@crossdock/shared-contracts/model/return';
import { formatDecimal, parseDecimal, roundMoney, sumDecimals } from '@crossdock/shared-contracts/money/decimal';
import type { ErpDatabase } from '../../database';
import type {
  CreditMemo as CreditMemoRow,
  Prisma,
  ReturnAuthorisation as ReturnRow,
  ReturnLine as ReturnLineRow,
  SalesOrderLine as OrderLineRow,
} from '../../generated/prisma/client';
import type { WriteActor } from '../ports/common';
import type { FulfilmentFilter, ReturnPort } from '../ports/fulfilment-ports';
import { recordAudit } from './audit';
import { documentId, documentNumberOf } from './document-numbers';
import { toItem } from './items';
import { orderNumberOf, salesOrderId } from './sales-orders';
import { cursorNumber, lockSalesOrder, sameOrderOrRefuse } from './shipments';
import { moveStock } from './stock';

export const returnId = (number: number) => documentId('RMA', number);
export const returnNumberOf = (id: string) => documentNumberOf('RMA', id);
export const creditMemoId = (number: number) => documentId('CM', number);

type Tx = Prisma.TransactionClient;
type ReturnWithLines = ReturnRow & { lines: ReturnLineRow[]; creditMemo: { number: number } | null };
type FieldProblem = { field: string; message: string };

const RETURN_INCLUDE = { lines: true, creditMemo: { select: { number: true } } } as const;

/** Items that are not returnable still come back when the fault is the distributor's. */
const FAULT_REASONS: ReadonlySet<ReturnReason> = new Set(['DAMAGED', 'DEFECTIVE', 'WRONG_ITEM']);

function toReturn(row: ReturnWithLines): ReturnAuthorisation {
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

function toCreditMemo(row: CreditMemoRow): CreditMemo {
  return {
    id: creditMemoId(row.number),
    returnId: returnId(row.returnNumber),
    customerId: row.customerId,
    currency: row.currency,
    amount: row.amount.toFixed(2),
    issuedAt: row.issuedAt.toISOString(),
  };
}

async function itemsBySku(tx: Pick<Tx, 'item'>, skus: string[]): Promise<Map<string, Item>> {
  const rows = await tx.item.findMany({ where: { sku: { in: [...new Set(skus)] } }, include: { uoms: true } });
  return new Map(rows.map((row) => [row.sku, toItem(row)]));
}

/** A quantity in base units; the unit was checked when the line was made, so it converts. */
const baseOf = (items: Map<string, Item>, line: { sku: string; quantity: number; uom: string }) =>
  toBaseQuantity(items.get(line.sku)!, line.quantity, line.uom)!;

/** How many base units each of the order's lines holds per unit it was ordered in (fixed at ordering). */
const lineFactor = (line: OrderLineRow) => line.baseQuantity / line.quantity;

function assertReturnRequest(request: RequestReturnRequest): void {
  const problems: FieldProblem[] = [];
  if (!RETURN_REASONS.includes(request.reason)) problems.push({ field: 'reason', message: RETURN_REASONS.join(' | ') });
  if (!request.lines?.length) problems.push({ field: 'lines', message: 'at least one line' });
  (request.lines ?? []).forEach((line, index) => {
    if (!line.sku?.trim()) problems.push({ field: `lines.${index}.sku`, message: 'required' });
    if (!Number.isInteger(line.quantity) || line.quantity < 1)
      problems.push({ field: `lines.${index}.quantity`, message: 'a whole number from 1' });
  });
  if (problems.length) throw new ValidationError('The return request is not valid.', problems);
}

/**
 * Opens a return for goods a customer had shipped on one of its own orders. Per item, what may come
 * back is what shipped on the order less what earlier returns (other than rejected ones) claim:
 * what they asked for while open, what actually came back once received. The order row lock makes
 * two requests for the same goods take turns. Once per `returnKey`: the same key again (a retry
 * after a lost answer) answers the return opened the first time instead of claiming the goods twice.
 */
async function requestReturn(
  db: ErpDatabase,
  request: RequestReturnRequest,
  by: WriteActor,
): Promise<ReturnAuthorisation> {
  assertReturnRequest(request);
  const orderNumber = orderNumberOf(request.salesOrderId);
  // Another customer's order answers as if it did not exist.
  const notFound = () =>
    new NotFoundError(`Sales order ${request.salesOrderId} does not exist for customer ${request.customerId}.`);
  if (orderNumber === undefined) throw notFound();
  const items = await itemsBySku(
    db,
    request.lines.map((line) => line.sku),
  );
  const lines = request.lines.map((line, index) => {
    const item = items.get(line.sku);
    if (!item) throw new BusinessRuleError('UNKNOWN_ITEM', `Item ${line.sku} is not known to the ERP.`);
    const uom = line.uom ?? item.baseUom;
    if (toBaseQuantity(item, line.quantity, uom) === undefined)
      throw new BusinessRuleError('UOM_NOT_CONVERTIBLE', `Item ${line.sku} does not come in ${uom}.`);
    if (!item.returnable && !FAULT_REASONS.has(request.reason))
      throw new BusinessRuleError(
        'NOT_RETURNABLE',
        `Item ${line.sku} is not returnable unless damaged, defective or shipped in error.`,
      );
    return { lineNumber: index + 1, sku: line.sku, quantity: line.quantity, uom };
  });
  const row = await db.$transaction(async (tx) => {
    const order = await lockSalesOrder(tx, orderNumber);
    if (!order || order.customerId !== request.customerId) throw notFound();
    const keyed = request.returnKey
      ? await tx.returnAuthorisation.findUnique({ where: { key: request.returnKey }, include: RETURN_INCLUDE })
      : null;
    if (keyed) return sameOrderOrRefuse(keyed, orderNumber, 'return', request.returnKey!);
    const orderLines = await tx.salesOrderLine.findMany({ where: { salesOrderNumber: orderNumber } });
    const earlier = await tx.returnLine.findMany({
      where: {
        sku: { in: [...items.keys()] },
        returnAuthorisation: { salesOrderNumber: orderNumber, status: { not: 'rejected' } },
      },
      include: { returnAuthorisation: { select: { status: true } } },
    });
    for (const sku of new Set(lines.map((line) => line.sku))) {
      const shipped = orderLines
        .filter((line) => line.sku === sku)
        .reduce((sum, line) => sum + line.shippedQuantity * lineFactor(line), 0);
      const claimed = earlier
        .filter((line) => line.sku === sku)
        .reduce((sum, line) => {
          const settled =
            line.returnAuthorisation.status === 'received' || line.returnAuthorisation.status === 'credited';
          return sum + baseOf(items, { sku, uom: line.uom, quantity: settled ? line.receivedQuantity : line.quantity });
        }, 0);
      const wanted = lines.filter((line) => line.sku === sku).reduce((sum, line) => sum + baseOf(items, line), 0);
      if (wanted > shipped - claimed) {
        const base = items.get(sku)!.baseUom;
        throw new BusinessRuleError(
          'OVER_RETURN',
          `${sku} on ${request.salesOrderId}: ${wanted} ${base} asked back, ${Math.max(shipped - claimed, 0)} ${base} returnable (${shipped} shipped, ${claimed} on earlier returns).`,
        );
      }
    }
    const created = await tx.returnAuthorisation.create({
      data: {
        key: request.returnKey ?? null,
        customerId: request.customerId,
        salesOrderNumber: orderNumber,
        reason: request.reason,
        note: request.note ?? null,
        lines: { create: lines },
      },
      include: RETURN_INCLUDE,
    });
    await recordAudit(tx, 'return', returnId(created.number), 'request', by, {
      salesOrderId: request.salesOrderId,
      reason: request.reason,
      lines,
    });
    return created;
  });
  return toReturn(row);
}

/** Locks the return's row until the transaction ends: every transition reads its status under it. */
async function lockReturn(tx: Tx, number: number) {
  const [row] = await tx.$queryRaw<
    { status: string; customerId: string; salesOrderNumber: number; receivedInto: string | null }[]
  >`
    select "status", "customerId", "salesOrderNumber", "receivedInto" from "ReturnAuthorisation" where "number" = ${number} for update`;
  return row;
}

/**
 * Decides a requested return: authorised, or rejected with the reason in its note. Asking for the
 * decision it already has answers the return as it is; the other decision is refused.
 */
async function decide(
  db: ErpDatabase,
  id: string,
  to: 'authorised' | 'rejected',
  by: WriteActor,
  reason?: string,
): Promise<ReturnAuthorisation> {
  const number = returnNumberOf(id);
  if (number === undefined) throw new NotFoundError(`Return ${id} does not exist.`);
  if (to === 'rejected' && !reason?.trim())
    throw new ValidationError('A rejection needs a reason.', [{ field: 'reason', message: 'required' }]);
  await db.$transaction(async (tx) => {
    const current = await lockReturn(tx, number);
    if (!current) throw new NotFoundError(`Return ${id} does not exist.`);
    if (current.status === to) return;
    if (current.status !== 'requested')
      throw new ConflictError(
        'return-decided',
        'The return is decided already',
        `Return ${id} is ${current.status}; only a requested return can be ${to}.`,
      );
    await tx.returnAuthorisation.update({
      where: { number },
      data: { status: to, ...(to === 'rejected' ? { note: reason!.trim() } : {}) },
    });
    await recordAudit(
      tx,
      'return',
      id,
      to === 'authorised' ? 'authorise' : 'reject',
      by,
      to === 'rejected' ? { reason: reason!.trim() } : undefined,
    );
  });
  return (await getReturn(db, id))!;
}

function assertReceipt(request: ReceiveReturnRequest, lines: ReturnLineRow[]): void {
  const problems: FieldProblem[] = [];
  if (!request.lines?.length) problems.push({ field: 'lines', message: 'at least one line' });
  const seen = new Set<number>();
  (request.lines ?? []).forEach((line, index) => {
    if (!lines.some((candidate) => candidate.lineNumber === line.lineNumber))
      problems.push({ field: `lines.${index}.lineNumber`, message: 'not a line of the return' });
    if (seen.has(line.lineNumber))
      problems.push({ field: `lines.${index}.lineNumber`, message: 'a line is received once' });
    if (!Number.isInteger(line.quantity) || line.quantity < 0)
      problems.push({ field: `lines.${index}.quantity`, message: 'a whole number from 0' });
    if (!RETURN_DISPOSITIONS.includes(line.disposition))
      problems.push({ field: `lines.${index}.disposition`, message: RETURN_DISPOSITIONS.join(' | ') });
    seen.add(line.lineNumber);
  });
  if (problems.length) throw new ValidationError('The receipt is not valid.', problems);
}

/** Whether `request` is the receipt already recorded, line for line (a retry). */
function isSameReceipt(receivedInto: string | null, lines: ReturnLineRow[], request: ReceiveReturnRequest): boolean {
  return (
    receivedInto === request.warehouseId &&
    lines.every((line) => {
      const receipt = request.lines.find((candidate) => candidate.lineNumber === line.lineNumber);
      return (receipt?.quantity ?? 0) === line.receivedQuantity && (receipt?.disposition ?? null) === line.disposition;
    })
  );
}

/**
 * Receives an authorised return into a warehouse: per line what came back (at most what was
 * authorised) and whether it goes back on the shelf (a `return` stock movement) or is scrapped (no
 * stock). A line the receipt does not name came back empty. The same receipt again is a no-op.
 */
async function receiveReturn(
  db: ErpDatabase,
  id: string,
  request: ReceiveReturnRequest,
  by: WriteActor,
): Promise<ReturnAuthorisation> {
  const number = returnNumberOf(id);
  if (number === undefined) throw new NotFoundError(`Return ${id} does not exist.`);
  const warehouse = await db.warehouse.findUnique({ where: { id: request.warehouseId }, select: { id: true } });
  if (!warehouse) throw new NotFoundError(`Warehouse ${request.warehouseId} does not exist.`);
  await db.$transaction(async (tx) => {
    const current = await lockReturn(tx, number);
    if (!current) throw new NotFoundError(`Return ${id} does not exist.`);
    const lines = await tx.returnLine.findMany({ where: { returnNumber: number } });
    assertReceipt(request, lines);
    if (current.status === 'received' && isSameReceipt(current.receivedInto, lines, request)) return;
    if (current.status !== 'authorised')
      throw new ConflictError(
        'return-not-authorised',
        'The return is not awaiting goods',
        `Return ${id} is ${current.status}; goods are received on an authorised return, once.`,
      );
    const items = await itemsBySku(
      tx,
      lines.map((line) => line.sku),
    );
    for (const receipt of request.lines) {
      const line = lines.find((candidate) => candidate.lineNumber === receipt.lineNumber)!;
      if (receipt.quantity > line.quantity) {
        throw new BusinessRuleError(
          'OVER_RECEIPT',
          `Line ${line.lineNumber} of ${id} authorises ${line.quantity} ${line.uom} of ${line.sku}; ${receipt.quantity} received.`,
        );
      }
      await tx.returnLine.update({
        where: { returnNumber_lineNumber: { returnNumber: number, lineNumber: line.lineNumber } },
        data: { receivedQuantity: receipt.quantity, disposition: receipt.disposition },
      });
      if (receipt.disposition === 'restock' && receipt.quantity > 0) {
        const onHandDelta = baseOf(items, { sku: line.sku, uom: line.uom, quantity: receipt.quantity });
        await moveStock(
          tx,
          {
            sku: line.sku,
            warehouseId: request.warehouseId,
            kind: 'return',
            onHandDelta,
            allocatedDelta: 0,
            reason: `returned on ${id}`,
            reference: id,
          },
          by,
        );
      }
    }
    await tx.returnAuthorisation.update({
      where: { number },
      data: { status: 'received', receivedInto: request.warehouseId },
    });
    await recordAudit(tx, 'return', id, 'receive', by, {
      warehouseId: request.warehouseId,
      lines: request.lines.map((line) => ({ ...line })),
    });
  });
  return (await getReturn(db, id))!;
}

/**
 * The credit for `baseQuantity` base units at an order line's price, which is per the line's unit:
 * price × baseQuantity ÷ (base units per line unit), rounded half up to the cent in exact integer
 * arithmetic (150 EA back from a line priced 14.50 per 100-EA case is 21.75).
 */
function creditFor(line: OrderLineRow, baseQuantity: number): string {
  const scaledPrice = parseDecimal(line.unitPrice.toFixed(4)); // price × 10^4
  const numerator = scaledPrice * BigInt(baseQuantity);
  const denominator = BigInt(line.baseQuantity / line.quantity) * 100n; // to cents, per base unit
  const cents = (2n * numerator + denominator) / (2n * denominator);
  return formatDecimal(cents * 100n, 2);
}

/** The order line whose price credits `sku`: with several, the lowest price per base unit, so a credit never exceeds what any unit was billed at. */
function creditLine(orderLines: OrderLineRow[], sku: string): OrderLineRow {
  const perBase = (line: OrderLineRow) => ({
    price: parseDecimal(line.unitPrice.toFixed(4)),
    factor: BigInt(lineFactor(line)),
  });
  return orderLines
    .filter((line) => line.sku === sku)
    .reduce((lowest, line) => {
      const a = perBase(line);
      const b = perBase(lowest);
      return a.price * b.factor < b.price * a.factor ? line : lowest;
    });
}

/**
 * Issues the credit memo for what was received, restocked or scrapped alike: each line credited at
 * its order line's price, rounded to the cent as an invoice line is. Once: crediting a credited
 * return answers the same memo (the row lock orders concurrent calls; the unique return number on
 * the memo backs it up).
 */
async function creditReturn(db: ErpDatabase, id: string, by: WriteActor): Promise<CreditMemo> {
  const number = returnNumberOf(id);
  if (number === undefined) throw new NotFoundError(`Return ${id} does not exist.`);
  const memo = await db.$transaction(async (tx) => {
    const current = await lockReturn(tx, number);
    if (!current) throw new NotFoundError(`Return ${id} does not exist.`);
    if (current.status === 'credited') return tx.creditMemo.findUniqueOrThrow({ where: { returnNumber: number } });
    if (current.status !== 'received')
      throw new ConflictError(
        'return-not-received',
        'The return has not been received',
        `Return ${id} is ${current.status}; credit is given for goods received.`,
      );
    const [lines, order] = await Promise.all([
      tx.returnLine.findMany({ where: { returnNumber: number } }),
      tx.salesOrder.findUniqueOrThrow({ where: { number: current.salesOrderNumber }, include: { lines: true } }),
    ]);
    const items = await itemsBySku(
      tx,
      lines.map((line) => line.sku),
    );
    const amounts = lines
      .filter((line) => line.receivedQuantity > 0)
      .map((line) =>
        creditFor(
          creditLine(order.lines, line.sku),
          baseOf(items, { sku: line.sku, uom: line.uom, quantity: line.receivedQuantity }),
        ),
      );
    const amount = roundMoney(sumDecimals(amounts));
    const created = await tx.creditMemo.create({
      data: { returnNumber: number, customerId: current.customerId, currency: order.currency, amount },
    });
    await tx.returnAuthorisation.update({ where: { number }, data: { status: 'credited' } });
    await recordAudit(tx, 'credit-memo', creditMemoId(created.number), 'issue', by, { returnId: id, amount });
    await recordAudit(tx, 'return', id, 'credit', by, { creditMemoId: creditMemoId(created.number) });
    return created;
  });
  return toCreditMemo(memo);
}

async function getReturn(db: ErpDatabase, id: string): Promise<ReturnAuthorisation | undefined> {
  const number = returnNumberOf(id);
  if (number === undefined) return undefined;
  const row = await db.returnAuthorisation.findUnique({ where: { number }, include: RETURN_INCLUDE });
  return row ? toReturn(row) : undefined;
}

async function listReturns(db: ErpDatabase, filter: FulfilmentFilter): Promise<Page<ReturnAuthorisation>> {
  const take = pageSize(filter.limit);
  const after = cursorNumber(filter.cursor);
  if (filter.status && !(RETURN_STATUSES as readonly string[]).includes(filter.status)) {
    throw new ValidationError(`"${filter.status}" is not a return status.`, [
      { field: 'status', message: RETURN_STATUSES.join(' | ') },
    ]);
  }
  const rows = await db.returnAuthorisation.findMany({
    where: {
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.salesOrderId ? { salesOrderNumber: orderNumberOf(filter.salesOrderId) ?? -1 } : {}),
      ...(filter.customerId ? { customerId: filter.customerId } : {}),
      ...(after !== undefined ? { number: { gt: after } } : {}),
    },
    orderBy: { number: 'asc' },
    take: take + 1,
    include: RETURN_INCLUDE,
  });
  return toPage(rows.map(toReturn), take, (rma) => String(returnNumberOf(rma.id)));
}

export function createReferenceReturns(db: ErpDatabase): ReturnPort {
  return {
    request: (request, by) => requestReturn(db, request, by),
    authorise: (id, by) => decide(db, id, 'authorised', by),
    reject: (id, reason, by) => decide(db, id, 'rejected', by, reason),
    receive: (id, request, by) => receiveReturn(db, id, request, by),
    credit: (id, by) => creditReturn(db, id, by),
    get: (id) => getReturn(db, id),
    list: (filter) => listReturns(db, filter),
  };
}
