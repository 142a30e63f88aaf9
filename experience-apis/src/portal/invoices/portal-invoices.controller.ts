import { Controller, Example, Get, Path, Query, Response, Route, Tags } from '@tsoa/runtime';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { PortalInvoice, PortalInvoicePage } from './portal-invoice';
import { getPortalInvoice, listPortalInvoices, type PortalInvoiceDeps } from './portal-invoices.service';

const INVOICE: PortalInvoice = {
  invoiceId: 'INV-000003',
  orderNumber: 'SO-000042',
  status: 'open',
  currency: 'USD',
  invoiceDate: '2026-11-28',
  dueDate: '2026-12-28',
  lines: [
    {
      sku: 'HXB-004',
      description: 'Hex bolt, zinc plated, M8 x 40',
      quantity: 600,
      uom: 'EA',
      unitPrice: '0.1900',
      amount: '114.00',
    },
  ],
  subtotal: '114.00',
  tax: '7.13',
  freight: '0.00',
  total: '121.13',
  balanceDue: '121.13',
};

@Route('portal/v1/invoices')
@Tags('Portal')
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(
  403,
  'The token lacks the scope this route needs, or is not customer-scoped',
  undefined,
  'application/problem+json',
)
export class PortalInvoicesController extends Controller {
  constructor(private readonly services: PortalInvoiceDeps) {
    super();
  }

  /**
   * The customer's invoices, newest first.
   * @summary List my invoices
   * @param status open (something is owed) or paid.
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 200.
   * @isInt limit
   */
  @Example<PortalInvoicePage>({ items: [INVOICE] })
  @Get()
  public async listInvoices(
    @Query() status?: 'open' | 'paid',
    @Query() cursor?: string,
    @Query() limit?: number,
  ): Promise<PortalInvoicePage> {
    return listPortalInvoices(this.services, requirePrincipal(), { status, cursor, limit });
  }

  /**
   * One of the customer's invoices, line by line.
   * @summary Get one of my invoices
   */
  @Example<PortalInvoice>(INVOICE)
  @Get('{invoiceId}')
  @Response<ProblemDetails>(404, 'No such invoice for this customer', undefined, 'application/problem+json')
  public async getInvoice(@Path() invoiceId: string): Promise<PortalInvoice> {
    return getPortalInvoice(this.services, requirePrincipal(), invoiceId);
  }
}
