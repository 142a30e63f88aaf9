import { pageSize, toPage, type Page } from '@crossdock/shared-contracts/contracts/api/page';
import { ConflictError, NotFoundError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { RETURN_STATUSES, type ReturnAuthorisation } from '@crossdock/shared-contracts/contracts/model/return';
import type { ErpDatabase } from '../../database';
import type { WriteActor } from '../ports/common';
import type { FulfilmentFilter, ReturnPort } from '../ports/fulfilment-ports';
import { recordAudit } from './audit';
import { orderNumberOf } from './sales-orders';
import { cursorNumber } from './document-numbers';
import { creditReturn } from './credit-return';
import { receiveReturn } from './receive-return';
import { requestReturn } from './request-return';
import { getReturn, lockReturn, RETURN_INCLUDE, returnNumberOf, toReturn } from './return-records';

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
