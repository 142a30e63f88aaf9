import type { Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { Invoice } from '@crossdock/shared-contracts/contracts/model/invoice';
import { compareDecimals } from '@crossdock/shared-contracts/contracts/money/decimal';
import { ownedBy } from '../../confinement/not-found';
import type { SystemFulfilmentApi } from '../../upstreams/system-fulfilment-api';
import { portalCustomerOf } from '../portal-customer';
import type { PortalInvoice, PortalInvoicePage } from './portal-invoice';

export interface PortalInvoiceDeps {
  systemFulfilment: SystemFulfilmentApi;
}

export function toPortalInvoice(invoice: Invoice): PortalInvoice {
  return {
    invoiceId: invoice.id,
    orderNumber: invoice.orderId,
    status: compareDecimals(invoice.balanceDue, '0') > 0 ? 'open' : 'paid',
    currency: invoice.currency,
    invoiceDate: invoice.invoiceDate,
    dueDate: invoice.dueDate,
    lines: invoice.lines.map((line) => ({
      sku: line.sku,
      description: line.description,
      quantity: line.quantity,
      uom: line.uom,
      unitPrice: line.unitPrice,
      amount: line.amount,
    })),
    subtotal: invoice.subtotal,
    tax: invoice.tax,
    freight: invoice.freight,
    total: invoice.total,
    balanceDue: invoice.balanceDue,
  };
}

/** The customer's invoices, newest first. */
export async function listPortalInvoices(
  deps: PortalInvoiceDeps,
  principal: Principal,
  query: { status?: 'open' | 'paid'; cursor?: string; limit?: number },
): Promise<PortalInvoicePage> {
  const page = await deps.systemFulfilment.listInvoices({
    customerId: portalCustomerOf(principal),
    newestFirst: true,
    ...query,
  });
  return { items: page.items.map(toPortalInvoice), nextCursor: page.nextCursor };
}

/** One of the customer's invoices; another customer's answers 404, as one that does not exist. */
export async function getPortalInvoice(
  deps: PortalInvoiceDeps,
  principal: Principal,
  invoiceId: string,
): Promise<PortalInvoice> {
  const invoice = await ownedBy(
    portalCustomerOf(principal),
    'Invoice',
    invoiceId,
    () => deps.systemFulfilment.getInvoice(invoiceId),
    (found) => found.customerId,
  );
  return toPortalInvoice(invoice);
}
