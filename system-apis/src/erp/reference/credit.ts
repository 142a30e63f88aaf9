import type { CreditExposure } from '@crossdock/shared-contracts/contracts/system-credit';
import { addDecimals, formatDecimal, parseDecimal } from '@crossdock/shared-contracts/money/decimal';
import type { ErpDatabase } from '../../database';
import type { CreditPort } from '../ports/commercial-ports';

/**
 * Exposure = open invoices (balance still due) + open orders (ordered, not yet invoiced). An order
 * counts for what is not yet invoiced: its subtotal less what its invoices already carry.
 */
async function exposure(db: ErpDatabase, customerId: string): Promise<CreditExposure | undefined> {
  const customer = await db.customer.findUnique({ where: { id: customerId } });
  if (!customer) return undefined;
  const [invoices, openOrders, invoicedOnOpenOrders] = await Promise.all([
    db.invoice.aggregate({ where: { customerId }, _sum: { balanceDue: true } }),
    db.salesOrder.aggregate({ where: { customerId, status: { in: ['open', 'partially_shipped', 'shipped'] } }, _sum: { subtotal: true } }),
    db.invoice.aggregate({ where: { customerId, shipment: { salesOrder: { status: { in: ['open', 'partially_shipped', 'shipped'] } } } }, _sum: { subtotal: true } }),
  ]);
  const openInvoices = (invoices._sum.balanceDue ?? 0).toFixed(2);
  const ordered = parseDecimal((openOrders._sum.subtotal ?? 0).toFixed(2));
  const alreadyInvoiced = parseDecimal((invoicedOnOpenOrders._sum.subtotal ?? 0).toFixed(2));
  const notInvoiced = formatDecimal(ordered > alreadyInvoiced ? ordered - alreadyInvoiced : 0n, 2);
  const total = addDecimals(openInvoices, notInvoiced);
  const limit = customer.creditLimit.toFixed(2);
  return {
    customerId,
    currency: customer.currency,
    creditLimit: limit,
    openInvoices,
    openOrders: notInvoiced,
    exposure: formatDecimal(parseDecimal(total), 2),
    available: formatDecimal(parseDecimal(limit) - parseDecimal(total), 2),
  };
}

export function createReferenceCredit(db: ErpDatabase): CreditPort {
  return { exposure: (customerId) => exposure(db, customerId) };
}
