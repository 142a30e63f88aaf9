/** The credit memo for a received return, at the prices the goods were ordered at. */
import type { CreditMemo } from '@crossdock/shared-contracts/contracts/api/system-returns';
import { ConflictError, NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import {
  formatDecimal,
  parseDecimal,
  roundMoney,
  sumDecimals,
} from '@crossdock/shared-contracts/contracts/money/decimal';
import type { ErpDatabase } from '../../database';
import type { SalesOrderLine as OrderLineRow } from '../../generated/prisma/client';
import type { WriteActor } from '../ports/common';
import { recordAudit } from './audit';
import {
  baseOf,
  creditMemoId,
  itemsBySku,
  lineFactor,
  lockReturn,
  returnNumberOf,
  toCreditMemo,
} from './return-records';

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
export async function creditReturn(db: ErpDatabase, id: string, by: WriteActor): Promise<CreditMemo> {
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
