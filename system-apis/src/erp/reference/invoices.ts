import { pageSize, toPage, type Page } from '@crossdock/shared-contracts/contracts/api/page';
import { ConflictError, NotFoundError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { Invoice, InvoiceLine } from '@crossdock/shared-contracts/contracts/model/invoice';
import { multiplyByQuantity, roundMoney, sumDecimals } from '@crossdock/shared-contracts/contracts/money/decimal';
import type { ErpDatabase } from '../../database';
import { Prisma, type Invoice as InvoiceRow } from '../../generated/prisma/client';
import type { WriteActor } from '../ports/common';
import type { FulfilmentFilter, InvoicePort } from '../ports/fulfilment-ports';
import { recordAudit } from './audit';
import { invoiceLinesColumn } from './json-columns';
import { cursorNumber, documentId, documentNumberOf } from './document-numbers';

import { orderNumberOf, salesOrderId } from './sales-orders';
import { shipmentNumberOf } from './shipment-records';
import type { FulfilmentOptions } from './shipments';

export const invoiceId = (number: number) => documentId('INV', number);
export const invoiceNumberOf = (id: string) => documentNumberOf('INV', id);

const MILLISECONDS_PER_DAY = 86_400_000;

/** An invoice's status for list filters: open while something is owed on it. */
const STATUS_WHERE: Record<string, Prisma.InvoiceWhereInput> = {
  open: { balanceDue: { gt: 0 } },
  paid: { balanceDue: { lte: 0 } },
};

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The calendar day (UTC) of `instant`, as the ERP stores a date. */
const dayOf = (instant: Date) =>
  new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));

/** Days until an invoice is due under `paymentTerms` ("NET30" is 30); terms the ERP does not know are due at once. */
export function daysToPay(paymentTerms: string): number {
  const net = /^NET\s*(\d{1,3})$/i.exec(paymentTerms.trim());
  return net ? Number(net[1]) : 0;
}

function toInvoice(row: InvoiceRow): Invoice {
  return {
    id: invoiceId(row.number),
    orderId: salesOrderId(row.salesOrderNumber),
    customerId: row.customerId,
    currency: row.currency,
    invoiceDate: isoDate(row.invoiceDate),
    dueDate: isoDate(row.dueDate),
    lines: invoiceLinesColumn.read(row.lines),
    subtotal: row.subtotal.toFixed(2),
    tax: row.tax.toFixed(2),
    freight: row.freight.toFixed(2),
    total: row.total.toFixed(2),
    balanceDue: row.balanceDue.toFixed(2),
  };
}

/**
 * Raises the invoice for a shipped shipment, once: a second call, also a concurrent one, answers
 * the first invoice. The unique shipment number on the invoice decides, not the look-up.
 */
async function createFromShipment(
  db: ErpDatabase,
  now: () => Date,
  id: string,
  by: WriteActor,
): Promise<{ invoice: Invoice; created: boolean }> {
  const number = shipmentNumberOf(id);
  const shipment =
    number === undefined
      ? null
      : await db.shipment.findUnique({
          where: { number },
          include: { lines: true, invoice: true, salesOrder: { include: { lines: true, customer: true } } },
        });
  if (number === undefined || !shipment) throw new NotFoundError(`Shipment ${id} does not exist.`);
  if (shipment.invoice) return { invoice: toInvoice(shipment.invoice), created: false };
  if (!shipment.shippedAt)
    throw new ConflictError(
      'shipment-not-shipped',
      'The shipment has not shipped',
      `Shipment ${id} has not shipped yet; goods are invoiced once they have shipped.`,
    );

  const order = shipment.salesOrder;
  const items = await db.item.findMany({
    where: { sku: { in: shipment.lines.map((line) => line.sku) } },
    select: { sku: true, description: true },
  });
  const lines: InvoiceLine[] = [...shipment.lines]
    .sort((a, b) => a.orderLineNumber - b.orderLineNumber)
    .map((line, index) => {
      const unitPrice = order.lines
        .find((orderLine) => orderLine.lineNumber === line.orderLineNumber)!
        .unitPrice.toFixed(4);
      return {
        lineNumber: index + 1,
        orderLineNumber: line.orderLineNumber,
        sku: line.sku,
        description: items.find((item) => item.sku === line.sku)?.description,
        quantity: line.quantity,
        uom: line.uom,
        unitPrice,
        amount: roundMoney(multiplyByQuantity(unitPrice, line.quantity)),
      };
    });
  const subtotal = roundMoney(sumDecimals(lines.map((line) => line.amount)));
  // Tax by ship-to jurisdiction and freight come with the order pipeline's enrich step; until then
  // the ERP bills goods only.
  const tax = '0.00';
  const freight = '0.00';
  const total = roundMoney(sumDecimals([subtotal, tax, freight]));
  const invoiceDate = dayOf(now());
  const dueDate = new Date(invoiceDate.getTime() + daysToPay(order.customer.paymentTerms) * MILLISECONDS_PER_DAY);

  try {
    const row = await db.$transaction(async (tx) => {
      const created = await tx.invoice.create({
        data: {
          shipmentNumber: number,
          salesOrderNumber: order.number,
          customerId: order.customerId,
          currency: order.currency,
          invoiceDate,
          dueDate,
          lines: invoiceLinesColumn.write(lines),
          subtotal,
          tax,
          freight,
          total,
          balanceDue: total,
        },
      });
      await recordAudit(tx, 'invoice', invoiceId(created.number), 'create', by, { shipmentId: id, total });
      return created;
    });
    return { invoice: toInvoice(row), created: true };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const winner = await db.invoice.findUnique({ where: { shipmentNumber: number } });
      if (winner) return { invoice: toInvoice(winner), created: false };
    }
    throw error;
  }
}

async function getInvoice(db: ErpDatabase, id: string): Promise<Invoice | undefined> {
  const number = invoiceNumberOf(id);
  if (number === undefined) return undefined;
  const row = await db.invoice.findUnique({ where: { number } });
  return row ? toInvoice(row) : undefined;
}

async function listInvoices(db: ErpDatabase, filter: FulfilmentFilter): Promise<Page<Invoice>> {
  const take = pageSize(filter.limit);
  const after = cursorNumber(filter.cursor);
  const statusWhere = filter.status ? STATUS_WHERE[filter.status] : {};
  if (!statusWhere)
    throw new ValidationError(`"${filter.status}" is not an invoice status.`, [
      { field: 'status', message: Object.keys(STATUS_WHERE).join(' | ') },
    ]);
  const rows = await db.invoice.findMany({
    where: {
      ...statusWhere,
      ...(filter.salesOrderId ? { salesOrderNumber: orderNumberOf(filter.salesOrderId) ?? -1 } : {}),
      ...(filter.customerId ? { customerId: filter.customerId } : {}),
      ...(after !== undefined ? { number: filter.newestFirst ? { lt: after } : { gt: after } } : {}),
    },
    orderBy: { number: filter.newestFirst ? 'desc' : 'asc' },
    take: take + 1,
  });
  return toPage(rows.map(toInvoice), take, (invoice) => String(invoiceNumberOf(invoice.id)));
}

export function createReferenceInvoices(db: ErpDatabase, options: FulfilmentOptions = {}): InvoicePort {
  const now = options.now ?? (() => new Date());
  return {
    createFromShipment: (shipmentId, by) => createFromShipment(db, now, shipmentId, by),
    get: (id) => getInvoice(db, id),
    list: (filter) => listInvoices(db, filter),
  };
}
