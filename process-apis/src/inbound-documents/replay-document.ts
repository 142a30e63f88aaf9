import type { InboundDocumentView } from '@crossdock/shared-contracts/contracts/api/process-inbound-documents';
import { NotFoundError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { PARTNER_INCLUDE } from '../partners/partner-view';
import { documentView, findDocument } from './document-view';
import { ingestStoredDocument, type IngestDependencies } from './ingest-document';
import { partsOf } from './store-document';

/**
 * Takes in a stored document again, with its partner's data and pinned mapping version as they are
 * now: after a mapping or cross-reference was fixed, or to finish a document whose taking-in was
 * interrupted. Orders placed before are recognised, not placed twice; an order whose mapping now
 * comes out different is reported as a conflict, not changed.
 */
export async function replayDocument(deps: IngestDependencies, documentId: string): Promise<InboundDocumentView> {
  const document = await findDocument(deps.db, documentId);
  if (!document.partnerId)
    throw new ValidationError('The document has no partner to take it in for.', [
      { field: 'partnerId', message: 'none' },
    ]);
  const partner = await deps.db.tradingPartner.findUnique({
    where: { id: document.partnerId },
    include: PARTNER_INCLUDE,
  });
  if (!partner) throw new NotFoundError(`Partner ${document.partnerId} no longer exists.`);
  await ingestStoredDocument(deps, document.id, document.kind, await partsOf(deps.db, document.id), partner);
  return documentView(deps.db, documentId);
}
