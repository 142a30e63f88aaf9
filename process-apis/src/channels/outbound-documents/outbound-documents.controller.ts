import { Readable } from 'node:stream';
import {
  Body,
  Controller,
  Get,
  Path,
  Post,
  Produces,
  Query,
  Response,
  Route,
  SuccessResponse,
  Tags,
} from '@tsoa/runtime';
import type { Page } from '@crossdock/shared-contracts/contracts/api/page';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import { requireOperator } from '../../orders/operator-only';
import type { ProcessServices } from '../../process-services';
import { createPostgresControlNumbers } from '../x12/postgres-control-numbers';
import {
  getOutboundDocument,
  listOutboundDocuments,
  type OutboundDocument,
  type OutboundDocumentKind,
} from './outbound-documents';
import { writeForPartner, type OutboundRequest } from './write-for-partner';

/**
 * X12 documents Crossdock writes to a trading partner about the orders it sent: the purchase order
 * acknowledgement (855), the advance ship notice (856) and the invoice (810). Each is kept as sent,
 * with the control numbers it carries (never given twice towards one partner). Staff only.
 */
@Route('partners/{partnerId}/outbound')
@Tags('Outbound documents')
@Response<ProblemDetails>(
  400,
  'The request is not valid, or the partner has no X12 ids',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(
  403,
  'The token lacks the scope this route needs, or is customer-scoped',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(
  404,
  'No such partner, or the partner sent no such order (shipment, invoice)',
  undefined,
  'application/problem+json',
)
export class PartnerOutboundController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * An 855 for an order the partner sent: per line what is promised (IA, IC when changed) and backordered (IB), from its plan.
   * @summary Send an 855 order acknowledgement
   */
  @Post('855')
  @SuccessResponse(201, 'Written and kept')
  @Response<ProblemDetails>(409, 'The order is not planned yet', undefined, 'application/problem+json')
  public async writeOrderAcknowledgement(
    @Path() partnerId: string,
    @Body() body: { orderId: string },
  ): Promise<OutboundDocument> {
    return this.write(partnerId, { kind: '855', orderId: body.orderId });
  }

  /**
   * An 856 for an ERP shipment of an order the partner sent (shipment, order, pack and item levels).
   * @summary Send an 856 ship notice
   */
  @Post('856')
  @SuccessResponse(201, 'Written and kept')
  @Response<ProblemDetails>(409, 'The shipment has not left yet', undefined, 'application/problem+json')
  public async writeShipNotice(
    @Path() partnerId: string,
    @Body() body: { shipmentId: string },
  ): Promise<OutboundDocument> {
    return this.write(partnerId, { kind: '856', shipmentId: body.shipmentId });
  }

  /**
   * An 810 for an ERP invoice of an order the partner sent.
   * @summary Send an 810 invoice
   */
  @Post('810')
  @SuccessResponse(201, 'Written and kept')
  public async writeInvoice(@Path() partnerId: string, @Body() body: { invoiceId: string }): Promise<OutboundDocument> {
    return this.write(partnerId, { kind: '810', invoiceId: body.invoiceId });
  }

  private async write(partnerId: string, request: OutboundRequest): Promise<OutboundDocument> {
    requireOperator(requirePrincipal(), 'write documents to partners');
    const document = await writeForPartner(
      { ...this.services, controlNumbers: createPostgresControlNumbers(this.services.db) },
      partnerId,
      request,
    );
    this.setStatus(201);
    this.setHeader('Location', `/process/v1/outbound-documents/${document.id}`);
    return document;
  }
}

/** Every X12 document Crossdock sent (997s answered to interchanges included), as sent. Staff only. */
@Route('outbound-documents')
@Tags('Outbound documents')
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(
  403,
  'The token lacks the scope this route needs, or is customer-scoped',
  undefined,
  'application/problem+json',
)
export class OutboundDocumentsController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * Documents sent, newest first.
   * @summary List outbound documents
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 200.
   * @isInt limit
   */
  @Get()
  public async listOutboundDocuments(
    @Query() partnerId?: string,
    @Query() kind?: OutboundDocumentKind,
    @Query() cursor?: string,
    @Query() limit?: number,
  ): Promise<Page<OutboundDocument>> {
    requireOperator(requirePrincipal(), 'read outbound documents');
    return listOutboundDocuments(this.services.db, { partnerId, kind, cursor, limit });
  }

  /**
   * One document, with its control numbers and its text.
   * @summary Get an outbound document
   */
  @Get('{documentId}')
  @Response<ProblemDetails>(404, 'No such document', undefined, 'application/problem+json')
  public async getOutboundDocument(@Path() documentId: string): Promise<OutboundDocument> {
    requireOperator(requirePrincipal(), 'read outbound documents');
    return getOutboundDocument(this.services.db, documentId);
  }

  /**
   * The document's text exactly as sent.
   * @summary Get an outbound document's text as sent
   */
  @Get('{documentId}/raw')
  @Produces('application/edi-x12')
  @Response<ProblemDetails>(404, 'No such document', undefined, 'application/problem+json')
  public async getOutboundDocumentText(@Path() documentId: string): Promise<Readable> {
    requireOperator(requirePrincipal(), 'read outbound documents');
    const document = await getOutboundDocument(this.services.db, documentId);
    this.setHeader('Content-Type', 'application/edi-x12');
    return Readable.from([Buffer.from(document.raw)]);
  }
}
