import { Readable } from 'node:stream';
import type { Request as ExpressRequest } from 'express';
import { Controller, Post, Produces, Request, Response, Route, SuccessResponse, Tags } from '@tsoa/runtime';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import { requireOperator } from '../../orders/operator-only';
import type { ProcessServices } from '../../process-services';
import { rawBodyOf, webhookDependencies } from '../receive-signed-webhook';
import { createPostgresControlNumbers } from '../x12/postgres-control-numbers';
import { receiveInterchange } from './receive-interchange';
import { documentContentType } from '../../inbound-documents/document-media-type';

const X12_MEDIA_TYPE = 'application/edi-x12';
const ACCEPTED_MEDIA_TYPES = [X12_MEDIA_TYPE, 'text/plain'] as const;

/**
 * X12 EDI from trading partners, as their VAN or AS2 gateway posts it with a bearer token
 * (`process:write`). The body is the raw interchange; the answer is the 997.
 */
@Route('inbound')
@Tags('Channels')
@Response<void>(
  204,
  'The interchange only acknowledges (997, 999, TA1): matched to the documents it acknowledges, and not answered',
)
@Response<ProblemDetails>(
  400,
  'The interchange cannot be read (no valid ISA, ISA16 or separators; cut off before its IEA); `errors` names the ISA field with its TA1 note code; it was kept',
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
@Response<ProblemDetails>(413, 'The body is too large', undefined, 'application/problem+json')
@Response<ProblemDetails>(
  415,
  'The body is not sent as application/edi-x12 or text/plain',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(
  422,
  'ISA05/ISA06 name no X12 trading partner; the interchange was kept',
  undefined,
  'application/problem+json',
)
export class X12InboundController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * Takes in an X12 interchange (850 purchase orders): kept byte for byte, the sender recognised by
   * ISA05/ISA06, each 850 the 997 accepts mapped with the partner's mapping version and placed (see
   * `GET /inbound-documents/{id}` for the orders). Answers the 997 (with a TA1 when asked for or when
   * the envelope had faults); `X-Crossdock-Inbound-Document` and `X-Crossdock-Outbound-Document` name
   * the documents kept. The same interchange sent again answers the same 997 and places nothing.
   * An interchange holding only 997s, 999s or TA1s moves the outbound documents they acknowledge
   * and is answered 204, never with a 997. A test interchange (ISA15 T) places orders only for a
   * partner in test mode.
   * @summary Receive an X12 interchange
   */
  @Post('x12')
  @Produces(X12_MEDIA_TYPE)
  @SuccessResponse(200, 'The functional acknowledgement (997), as application/edi-x12')
  public async receiveX12Interchange(@Request() request: ExpressRequest): Promise<Readable> {
    requireOperator(requirePrincipal(), 'post X12 interchanges');
    const contentType = documentContentType(request, ACCEPTED_MEDIA_TYPES);
    const answer = await receiveInterchange(
      { ...webhookDependencies(this.services), controlNumbers: createPostgresControlNumbers(this.services.db) },
      { name: 'interchange', contentType, body: rawBodyOf(request.body) },
    );
    this.setHeader('X-Crossdock-Inbound-Document', answer.documentId);
    if (!answer.acknowledgement) {
      this.setStatus(204);
      return Readable.from([]);
    }
    this.setHeader('Content-Type', X12_MEDIA_TYPE);
    this.setHeader('X-Crossdock-Outbound-Document', answer.acknowledgement.id);
    return Readable.from([Buffer.from(answer.acknowledgement.raw)]);
  }
}
