import { Body, Controller, Post, Response, Route, SuccessResponse, Tags } from '@tsoa/runtime';
import type { InvoiceShipmentRequest } from '@crossdock/shared-contracts/contracts/api/process-shipments';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { Invoice } from '@crossdock/shared-contracts/contracts/model/invoice';
import type { ProcessServices } from '../process-services';
import { invoiceShipment } from './invoice-shipment';

@Route('invoices')
@Tags('Shipments and invoices')
@Response<ProblemDetails>(
  400,
  'The request is not valid (the problem lists the fields at fault)',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(
  403,
  'The token lacks the scope, or is customer-scoped',
  undefined,
  'application/problem+json',
)
export class InvoicesController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * Invoices a shipped shipment through the ERP; `invoice.created` goes out.
   * @summary Invoice a shipment
   */
  @Post()
  @SuccessResponse(201, 'Created')
  @Response<ProblemDetails>(404, 'No such shipment', undefined, 'application/problem+json')
  @Response<ProblemDetails>(
    409,
    'The shipment has not shipped, or is invoiced already',
    undefined,
    'application/problem+json',
  )
  public async invoiceShipment(@Body() body: InvoiceShipmentRequest): Promise<Invoice> {
    const invoice = await invoiceShipment(this.services, requirePrincipal(), body.shipmentId);
    this.setStatus(201);
    return invoice;
  }
}
