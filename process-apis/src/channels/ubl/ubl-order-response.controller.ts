import { Body, Controller, Path, Post, Response, Route, SuccessResponse, Tags } from '@tsoa/runtime';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import { requireOperator } from '../../orders/operator-only';
import type { ProcessServices } from '../../process-services';
import type { OutboundDocument } from '../outbound-documents/outbound-documents';
import { answerOrder } from './answer-order';

/** The UBL OrderResponse to a partner's order, written on request like an 855. Staff only. */
@Route('partners/{partnerId}/outbound')
@Tags('Outbound documents')
@Response<ProblemDetails>(
  400,
  'The request is not valid, or the partner is not UBL',
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
  'No such partner, or the partner sent no such order',
  undefined,
  'application/problem+json',
)
export class UblOrderResponseController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * A UBL OrderResponse (Peppol BIS Order Response 3) for an order a UBL partner sent, from its plan:
   * `AP` when every line is promised as ordered, `CA` with each line's status (5 accepted, 3 changed:
   * backordered, or our price or unit differs) and `RE` for an order rejected or cancelled. Kept as an
   * outbound document of kind `ubl-order-response`.
   * @summary Send a UBL OrderResponse
   */
  @Post('order-response')
  @SuccessResponse(201, 'Written and kept')
  @Response<ProblemDetails>(409, 'The order is not planned yet', undefined, 'application/problem+json')
  public async writeUblOrderResponse(
    @Path() partnerId: string,
    @Body() body: { orderId: string },
  ): Promise<OutboundDocument> {
    requireOperator(requirePrincipal(), 'write documents to partners');
    const document = await answerOrder(this.services, partnerId, body.orderId);
    this.setStatus(201);
    this.setHeader('Location', `/process/v1/outbound-documents/${document.id}`);
    return document;
  }
}
