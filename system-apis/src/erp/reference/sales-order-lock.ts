/**
 * The sales order's row lock, which every document that claims the order's quantities (a shipment, a
 * return, a cancellation) takes first, and the rule that a caller's key names a document of one order.
 */
import { ConflictError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { Prisma } from '../../generated/prisma/client';
import { salesOrderId } from './sales-orders';

type Tx = Prisma.TransactionClient;

/**
 * Locks the order row until the transaction ends. Everything that claims an order's quantities —
 * creating a shipment, shipping it, requesting a return, cancelling — takes this lock first, so two
 * of them never both count the same remainder.
 */
export async function lockSalesOrder(
  tx: Tx,
  number: number,
): Promise<{ status: string; customerId: string; currency: string } | undefined> {
  const [row] = await tx.$queryRaw<{ status: string; customerId: string; currency: string }[]>`
    select "status", "customerId", "currency" from "SalesOrder" where "number" = ${number} for update`;
  return row;
}

/** A document found by the caller's key, when it belongs to the same order; a key is one caller's, for one order. */
export function sameOrderOrRefuse<T extends { salesOrderNumber: number }>(
  earlier: T,
  orderNumber: number,
  what: 'shipment' | 'return',
  key: string,
): T {
  if (earlier.salesOrderNumber === orderNumber) return earlier;
  throw new ConflictError(
    `${what}-key-reused`,
    `The ${what} key was used for another order`,
    `The ${what} key ${key} was used for sales order ${salesOrderId(earlier.salesOrderNumber)}; a key names one ${what}.`,
  );
}
