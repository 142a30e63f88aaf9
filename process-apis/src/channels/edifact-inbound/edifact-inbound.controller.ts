import { Readable } from 'node:stream';
import type { Request as ExpressRequest } from 'express';
import { Controller, Post, Produces, Request, Response, Route, SuccessResponse, Tags } from '@tsoa/runtime';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import { requireOperator } from '../../orders/operator-only';
import type { ProcessServices } from '../../process-services';
import { rawBodyOf, webhookDependencies } from '../receive-signed-webhook';
import { createPostgresControlNumbers } from '../x12/postgres-control-numbers';
import { receiveEdifactInterchange } from './receive-edifact-interchange';
import { documentContentType } from '../../inbound-documents/document-media-type';

const EDIFACT_MEDIA_TYPE = 'application/edifact';
const ACCEPTED_MEDIA_TYPES = [EDIFACT_MEDIA_TYPE, 'text/plain'] as const;

/**
 * UN/EDIFACT interchanges from trading partners, as their VAN or AS2 gateway posts them with a
 * bearer token (`process:write`). The body is the raw interchange; the answer is the CONTRL.
 */
@Route('inbound')
@Tags('Channels')
@Response<void>(204, 'Taken in; the partner asked for no CONTRL (UNB 0031 not 1) and there was no error to report')
@Response<ProblemDetails>(
  400,
  'The body is no EDIFACT interchange (no UNA or UNB, a bad UNA, no sender in UNB); it was kept',
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
  'The body is not sent as application/edifact or text/plain',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(
  422,
  'UNB S002 names no EDIFACT trading partner; the interchange was kept',
  undefined,
  'application/problem+json',
)
export class EdifactInboundController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * Takes in a UN/EDIFACT interchange (ORDERS, directories D.96A to D.01B): kept byte for byte, the
   * sender recognised by UNB S002 (id and code qualifier), each ORDERS message the CONTRL
   * acknowledges mapped with the partner's mapping version and placed (see
   * `GET /inbound-documents/{id}` for the orders). Answers a CONTRL for any syntax error (UCI 4 for
   * the envelope, nothing taken; UCM 4 for a message) and, when UNB 0031 is 1, an acceptance (UCI 7);
   * otherwise 204. `X-Crossdock-Inbound-Document` and `X-Crossdock-Outbound-Document` name the
   * documents kept. The same interchange sent again answers the same CONTRL and places nothing. A
   * test interchange (UNB 0035 = 1) places orders only for a partner in test mode. An interchange of
   * the partner's CONTRLs is matched to the ORDRSP, DESADV or INVOIC each reports on (by UCI 0020, our
   * UNB 0020) and answered 204: a CONTRL is never answered with a CONTRL.
   * @summary Receive an EDIFACT interchange
   */
  @Post('edifact')
  @Produces(EDIFACT_MEDIA_TYPE)
  @SuccessResponse(200, 'The syntax and service report (CONTRL), as application/edifact')
  public async receiveEdifactInterchange(@Request() request: ExpressRequest): Promise<Readable> {
    requireOperator(requirePrincipal(), 'post EDIFACT interchanges');
    const contentType = documentContentType(request, ACCEPTED_MEDIA_TYPES);
    const answer = await receiveEdifactInterchange(
      { ...webhookDependencies(this.services), controlNumbers: createPostgresControlNumbers(this.services.db) },
      { name: 'interchange', contentType, body: rawBodyOf(request.body) },
    );
    this.setHeader('X-Crossdock-Inbound-Document', answer.documentId);
    if (!answer.acknowledgement) {
      this.setStatus(204);
      return Readable.from([]);
    }
    this.setHeader('Content-Type', EDIFACT_MEDIA_TYPE);
    this.setHeader('X-Crossdock-Outbound-Document', answer.acknowledgement.id);
    // Written in the interchange's own character set: UTF-8 for UNOW/UNOY, else ISO 8859 byte for byte.
    const { raw } = answer.acknowledgement;
    return Readable.from([Buffer.from(raw, /^UNA.{6}UNB\+UNO[WY]/.test(raw) ? 'utf8' : 'latin1')]);
  }
}
