import { Readable } from 'node:stream';
import { Controller, Get, Path, Post, Query, Response, Route, Tags } from '@tsoa/runtime';
import type { Page } from '@crossdock/shared-contracts/contracts/api/page';
import type {
  InboundDocumentStatus,
  InboundDocumentView,
} from '@crossdock/shared-contracts/contracts/api/process-inbound-documents';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import { requireOperator } from '../orders/operator-only';
import type { ProcessServices } from '../process-services';
import { ingestDependencies } from './ingest-dependencies';
import { documentView } from './document-view';
import { documentPart, listDocuments } from './list-documents';
import { replayDocument } from './replay-document';

/**
 * Every document a channel delivered, kept byte for byte as it arrived (for audit and replay), with
 * what it became: the orders it produced and the mapping version that made each. Staff only.
 */
@Route('inbound-documents')
@Tags('Inbound documents')
@Response<ProblemDetails>(
  400,
  'The request is not valid (the problem lists the fields at fault)',
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
export class InboundDocumentsController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * Documents, newest first, filtered by everything given.
   * @summary List inbound documents
   * @param orderId Only the document(s) that produced this order.
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 200.
   * @isInt limit
   */
  @Get()
  public async listDocuments(
    @Query() partnerId?: string,
    @Query() channel?: string,
    @Query() status?: InboundDocumentStatus,
    @Query() orderId?: string,
    @Query() cursor?: string,
    @Query() limit?: number,
  ): Promise<Page<InboundDocumentView>> {
    requireOperator(requirePrincipal(), 'read inbound documents');
    return listDocuments(this.services.db, { partnerId, channel, status, orderId, cursor, limit });
  }

  /**
   * One document: how it arrived, its parts, what became of each order in it.
   * @summary Get an inbound document
   */
  @Get('{documentId}')
  @Response<ProblemDetails>(404, 'No such document', undefined, 'application/problem+json')
  public async getDocument(@Path() documentId: string): Promise<InboundDocumentView> {
    requireOperator(requirePrincipal(), 'read inbound documents');
    return documentView(this.services.db, documentId);
  }

  /**
   * One part of a document, byte for byte as it arrived, with the content type it came with.
   * @summary Get an inbound document part as it arrived
   * @isInt seq
   */
  @Get('{documentId}/parts/{seq}')
  @Response<ProblemDetails>(404, 'No such document or part', undefined, 'application/problem+json')
  public async getPart(@Path() documentId: string, @Path() seq: number): Promise<Readable> {
    requireOperator(requirePrincipal(), 'read inbound documents');
    const part = await documentPart(this.services.db, documentId, seq);
    this.setHeader('Content-Type', part.contentType);
    this.setHeader('Content-Length', String(part.body.length));
    return Readable.from([Buffer.from(part.body)]);
  }

  /**
   * Takes the document in again with its partner's current data and mapping version (after a
   * mapping or cross-reference was fixed). Orders placed before are not placed twice.
   * @summary Take an inbound document in again
   */
  @Post('{documentId}/replay')
  @Response<ProblemDetails>(404, 'No such document', undefined, 'application/problem+json')
  public async replayDocument(@Path() documentId: string): Promise<InboundDocumentView> {
    requireOperator(requirePrincipal(), 'replay inbound documents');
    return replayDocument(ingestDependencies(this.services), documentId);
  }
}
