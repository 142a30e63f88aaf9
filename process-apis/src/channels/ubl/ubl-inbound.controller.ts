import { Readable } from 'node:stream';
import type { Request as ExpressRequest } from 'express';
import { Controller, Header, Post, Produces, Request, Response, Route, SuccessResponse, Tags } from '@tsoa/runtime';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import { requireOperator } from '../../orders/operator-only';
import { waitFromPrefer } from '../../orders/prefer-wait';
import type { ProcessServices } from '../../process-services';
import { rawBodyOf, webhookDependencies } from '../receive-signed-webhook';
import { receiveUblOrder } from './receive-ubl-order';
import { documentContentType } from '../../inbound-documents/document-media-type';

const XML_MEDIA_TYPE = 'application/xml';
const ACCEPTED_MEDIA_TYPES = [XML_MEDIA_TYPE, 'text/xml'] as const;

/**
 * UBL 2.1 Orders (Peppol BIS Order 3) from trading partners, as their access point posts them with a
 * bearer token (`process:write`). The body is the Order XML; the answer is the OrderResponse.
 */
@Route('inbound')
@Tags('Channels')
@Response<void>(
  202,
  'Kept and taken in; no OrderResponse yet: the order is not decided (or waited for) yet, or waits for a person. See the inbound document; the OrderResponse is written on request (`POST /partners/{partnerId}/outbound/order-response`)',
)
@Response<ProblemDetails>(
  400,
  'The body is no well-formed XML, no UBL 2.1 Order, or lacks mandatory elements (`errors` names each by its path, such as `Order/cac:OrderLine[2]/cac:LineItem/cbc:Quantity/@unitCode`); it was kept',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(
  403,
  'The token lacks process:write, or is customer-scoped',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(
  409,
  'A copy of an order taken in before: nothing placed again; the detail names the first document, its order and its OrderResponse',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(413, 'The body is too large', undefined, 'application/problem+json')
@Response<ProblemDetails>(
  415,
  'The body is not sent as application/xml or text/xml',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(
  422,
  "The buyer's EndpointID names no UBL trading partner; the order was kept",
  undefined,
  'application/problem+json',
)
export class UblInboundController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * Takes in a UBL 2.1 Order as Peppol BIS Order 3 sends it: kept byte for byte, the sender recognised
   * by the buyer's `cbc:EndpointID` and its `schemeID`, mapped with the partner's mapping version and
   * placed (see `GET /inbound-documents/{id}`). Elements are matched by namespace URI, whatever the
   * prefixes; a DOCTYPE is refused (no DTD or entity is ever read). An order refused on receipt is
   * answered with an OrderResponse (Peppol BIS Order Response 3) `RE` and the reason. With
   * `Prefer: wait=<seconds>` (up to 30), an order the pipeline decides in that time is answered `AP`
   * (in the ERP as ordered), `CA` (lines changed or backordered) or `RE`. Each OrderResponse is kept
   * as an outbound document; `X-Crossdock-Inbound-Document` and `X-Crossdock-Outbound-Document` name
   * the documents kept. A copy of the same order is refused as a duplicate (409).
   * @summary Receive a UBL Order
   * @param prefer `wait=<seconds>`: wait up to that long (30 at most) for the order to be decided and answered
   */
  @Post('ubl')
  @Produces(XML_MEDIA_TYPE)
  @SuccessResponse(200, 'The OrderResponse (AP, CA or RE), as application/xml')
  public async receiveUblOrder(
    @Request() request: ExpressRequest,
    @Header('Prefer') prefer?: string,
  ): Promise<Readable> {
    requireOperator(requirePrincipal(), 'post UBL orders');
    const contentType = documentContentType(request, ACCEPTED_MEDIA_TYPES);
    const waitMs = waitFromPrefer(prefer);
    const answer = await receiveUblOrder(
      { ...webhookDependencies(this.services), systemApi: this.services.systemApi, waiter: this.services.waiter },
      { name: 'order', contentType, body: rawBodyOf(request.body) },
      waitMs,
    );
    if (waitMs > 0) this.setHeader('Preference-Applied', `wait=${waitMs / 1000}`);
    this.setHeader('X-Crossdock-Inbound-Document', answer.documentId);
    if (!answer.orderResponse) {
      this.setStatus(202);
      return Readable.from([]);
    }
    this.setHeader('Content-Type', `${XML_MEDIA_TYPE}; charset=utf-8`);
    this.setHeader('X-Crossdock-Outbound-Document', answer.orderResponse.id);
    return Readable.from([Buffer.from(answer.orderResponse.raw, 'utf8')]);
  }
}
