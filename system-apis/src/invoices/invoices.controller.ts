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
import type { Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { CreateInvoiceRequest } from '@crossdock/shared-contracts/contracts/api/system-invoices';
import { NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { Invoice } from '@crossdock/shared-contracts/contracts/model/invoice';
import type { SystemServices } from '../system-services';
import { currentWriteActor } from '../write-actor';
import { PROBLEM_JSON, INVALID_REQUEST, NO_VALID_TOKEN, SCOPE_MISSING, ERP_UNREACHABLE } from '../problem-responses';
import { HEX_BOLT_INVOICE, INVOICE_PAGE } from './invoice-examples';

@Route('invoices')
@Tags('Invoices')
@Response<ProblemDetails>(400, INVALID_REQUEST, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(401, NO_VALID_TOKEN, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(403, SCOPE_MISSING, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(503, ERP_UNREACHABLE, undefined, PROBLEM_JSON)
export class InvoicesController extends Controller {
  constructor(private readonly services: SystemServices) {
    super();
  }

  /**
   * Invoices a shipped shipment at the order's prices. Once per shipment: asking again answers the same invoice (200).
   * @summary Invoice a shipment
   */
  @Example<Invoice>(HEX_BOLT_INVOICE)
  @Post()
  @SuccessResponse(201, 'Created')
  @Response<Invoice>(200, 'The shipment was invoiced before: that invoice')
  @Response<ProblemDetails>(404, 'No such shipment', undefined, PROBLEM_JSON)
  @Response<ProblemDetails>(409, 'The shipment has not shipped', undefined, PROBLEM_JSON)
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
  @Example<Invoice>(HEX_BOLT_INVOICE)
  @Get('{invoiceId}')
  @Response<ProblemDetails>(404, 'No such invoice', undefined, PROBLEM_JSON)
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
  @Example<Page<Invoice>>(INVOICE_PAGE)
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
