import {
  Body,
  Controller,
  Example,
  Get,
  Path,
  Post,
  Query,
  Response,
  Route,
  SuccessResponse,
  Tags,
} from '@tsoa/runtime';
import type { Page } from '@crossdock/shared-contracts/contracts/page';
import type { CreateInvoiceRequest } from '@crossdock/shared-contracts/contracts/system-invoices';
import { NotFoundError } from '@crossdock/shared-contracts/errors/errors';
import type { ProblemDetails } from '@crossdock/shared-contracts/errors/problem';
import type { Invoice } from '@crossdock/shared-contracts/model/invoice';
import type { SystemServices } from '../system-services';
import { currentWriteActor } from '../write-actor';

@Route('invoices')
@Tags('Invoices')
@Response<ProblemDetails>(
  400,
  'The request is not valid (the problem lists the fields at fault)',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(403, 'The token lacks the scope this route needs', undefined, 'application/problem+json')
@Response<ProblemDetails>(503, 'The ERP cannot be reached; try again later', undefined, 'application/problem+json')
export class InvoicesController extends Controller {
  constructor(private readonly services: SystemServices) {
    super();
  }

  /**
   * Invoices a shipped shipment at the order's prices. Once per shipment: asking again answers the same invoice (200).
   * @summary Invoice a shipment
   */
  @Example<Invoice>({
    id: 'INV-000003',
    orderId: 'SO-000042',
    customerId: 'C-1001',
    currency: 'USD',
    invoiceDate: '2026-11-28',
    dueDate: '2026-12-28',
    lines: [
      {
        lineNumber: 1,
        orderLineNumber: 1,
        sku: 'HXB-004',
        description: 'Hex bolt, zinc plated, M8 x 40',
        quantity: 600,
        uom: 'EA',
        unitPrice: '0.1900',
        amount: '114.00',
      },
    ],
    subtotal: '114.00',
    tax: '0.00',
    freight: '0.00',
    total: '114.00',
    balanceDue: '114.00',
  })
  @Post()
  @SuccessResponse(201, 'Created')
  @Response<Invoice>(200, 'The shipment was invoiced before: that invoice')
  @Response<ProblemDetails>(404, 'No such shipment', undefined, 'application/problem+json')
  @Response<ProblemDetails>(409, 'The shipment has not shipped', undefined, 'application/problem+json')
  public async createInvoice(@Body() request: CreateInvoiceRequest): Promise<Invoice> {
    const { invoice, created } = await this.services.erp.invoices.createFromShipment(
      request.shipmentId,
      currentWriteActor(),
    );
    this.setStatus(created ? 201 : 200);
    return invoice;
  }

  /**
   * One invoice with its lines and totals, at the order's prices.
   * @summary Get an invoice
   */
  @Example<Invoice>({
    id: 'INV-000003',
    orderId: 'SO-000042',
    customerId: 'C-1001',
    currency: 'USD',
    invoiceDate: '2026-11-28',
    dueDate: '2026-12-28',
    lines: [
      {
        lineNumber: 1,
        orderLineNumber: 1,
        sku: 'HXB-004',
        description: 'Hex bolt, zinc plated, M8 x 40',
        quantity: 600,
        uom: 'EA',
        unitPrice: '0.1900',
        amount: '114.00',
      },
    ],
    subtotal: '114.00',
    tax: '0.00',
    freight: '0.00',
    total: '114.00',
    balanceDue: '114.00',
  })
  @Get('{invoiceId}')
  @Response<ProblemDetails>(404, 'No such invoice', undefined, 'application/problem+json')
  public async getInvoice(@Path() invoiceId: string): Promise<Invoice> {
    const invoice = await this.services.erp.invoices.get(invoiceId);
    if (!invoice) throw new NotFoundError(`Invoice ${invoiceId} does not exist.`);
    return invoice;
  }

  /**
   * Invoices, oldest first (or newest first).
   * @summary List invoices
   * @param status open (something is owed) or paid.
   * @param newestFirst true for the newest invoices first.
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 200.
   * @isInt limit
   */
  @Example<Page<Invoice>>({
    items: [
      {
        id: 'INV-000003',
        orderId: 'SO-000042',
        customerId: 'C-1001',
        currency: 'USD',
        invoiceDate: '2026-11-28',
        dueDate: '2026-12-28',
        lines: [
          {
            lineNumber: 1,
            orderLineNumber: 1,
            sku: 'HXB-004',
            description: 'Hex bolt, zinc plated, M8 x 40',
            quantity: 600,
            uom: 'EA',
            unitPrice: '0.1900',
            amount: '114.00',
          },
        ],
        subtotal: '114.00',
        tax: '0.00',
        freight: '0.00',
        total: '114.00',
        balanceDue: '114.00',
      },
    ],
    nextCursor: 'SU5WLTAwMDAwMw',
  })
  @Get()
  public async listInvoices(
    @Query() customerId?: string,
    @Query() salesOrderId?: string,
    @Query() status?: 'open' | 'paid',
    @Query() newestFirst?: boolean,
    @Query() cursor?: string,
    @Query() limit?: number,
  ): Promise<Page<Invoice>> {
    return this.services.erp.invoices.list({ customerId, salesOrderId, status, newestFirst, cursor, limit });
  }
}
