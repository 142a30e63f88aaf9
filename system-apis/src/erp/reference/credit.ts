import type { CreditExposure } from '@crossdock/shared-contracts/contracts/api/system-credit';
import { addDecimals, formatDecimal, parseDecimal } from '@crossdock/shared-contracts/contracts/money/decimal';
import type { ErpDatabase } from '../../database';
import type { Customer as CustomerRow } from '../../generated/prisma/client';
import type { CreditPort } from '../ports/commercial-ports';

// An order counts against credit until it is invoiced in full or cancelled.
const OPEN_ORDER_STATUSES = ['open', 'partially_shipped', 'shipped'];

/** What a customer owes and has on order, summed per customer. */
interface Sums {
  balanceDue: Map<string, string>;
  ordered: Map<string, string>;
  invoicedOnOpenOrders: Map<string, string>;
}

/**
 * Exposure = open invoices (balance still due) + open orders (ordered, not yet invoiced). An order
 * counts for what is not yet invoiced: its subtotal less what its invoices already carry. Read for
 * many customers at once: a sum per customer in one statement each, not three per customer.
 */
async function exposures(db: ErpDatabase, customerIds: readonly string[]): Promise<CreditExposure[]> {
  const customers = await db.customer.findMany({ where: { id: { in: [...customerIds] } } });
  if (customers.length === 0) return [];
  const ids = customers.map((customer) => customer.id);
  const [invoices, openOrders, invoicedOnOpenOrders] = await Promise.all([
    db.invoice.groupBy({ by: ['customerId'], where: { customerId: { in: ids } }, _sum: { balanceDue: true } }),
    db.salesOrder.groupBy({
      by: ['customerId'],
      where: { customerId: { in: ids }, status: { in: OPEN_ORDER_STATUSES } },
      _sum: { subtotal: true },
    }),
    db.invoice.groupBy({
      by: ['customerId'],
      where: { customerId: { in: ids }, shipment: { salesOrder: { status: { in: OPEN_ORDER_STATUSES } } } },
      _sum: { subtotal: true },
    }),
  ]);
  const sums: Sums = {
    balanceDue: new Map(invoices.map((row) => [row.customerId, (row._sum.balanceDue ?? 0).toFixed(2)])),
    ordered: new Map(openOrders.map((row) => [row.customerId, (row._sum.subtotal ?? 0).toFixed(2)])),
    invoicedOnOpenOrders: new Map(
      invoicedOnOpenOrders.map((row) => [row.customerId, (row._sum.subtotal ?? 0).toFixed(2)]),
    ),
  };
  return customers.map((customer) => exposureOf(customer, sums));
}

function exposureOf(customer: CustomerRow, sums: Sums): CreditExposure {
  const openInvoices = sums.balanceDue.get(customer.id) ?? '0.00';
  const ordered = parseDecimal(sums.ordered.get(customer.id) ?? '0.00');
  const alreadyInvoiced = parseDecimal(sums.invoicedOnOpenOrders.get(customer.id) ?? '0.00');
  const notInvoiced = formatDecimal(ordered > alreadyInvoiced ? ordered - alreadyInvoiced : 0n, 2);
  const total = addDecimals(openInvoices, notInvoiced);
  const limit = customer.creditLimit.toFixed(2);
  return {
    customerId: customer.id,
    currency: customer.currency,
    creditLimit: limit,
    openInvoices,
    openOrders: notInvoiced,
    exposure: formatDecimal(parseDecimal(total), 2),
    available: formatDecimal(parseDecimal(limit) - parseDecimal(total), 2),
  };
}

export function createReferenceCredit(db: ErpDatabase): CreditPort {
  return {
    exposure: async (customerId) => (await exposures(db, [customerId]))[0],
    exposureMany: (customerIds) => exposures(db, customerIds),
  };
}
