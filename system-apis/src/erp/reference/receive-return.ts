/** The goods of an authorised return come back into a warehouse: restocked or scrapped, line by line. */
import type { ReceiveReturnRequest } from '@crossdock/shared-contracts/contracts/api/system-returns';
import {
  BusinessRuleError,
  ConflictError,
  NotFoundError,
  ValidationError,
} from '@crossdock/shared-contracts/contracts/errors/errors';
import { RETURN_DISPOSITIONS, type ReturnAuthorisation } from '@crossdock/shared-contracts/contracts/model/return';
import type { ErpDatabase } from '../../database';
import type { ReturnLine as ReturnLineRow } from '../../generated/prisma/client';
import type { WriteActor } from '../ports/common';
import { recordAudit } from './audit';
import { moveStock } from './stock';
import { baseOf, getReturn, itemsBySku, lockReturn, returnNumberOf } from './return-records';

type FieldProblem = { field: string; message: string };

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
export async function receiveReturn(
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
