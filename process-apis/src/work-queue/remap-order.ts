import { ValidationError } from '@crossdock/shared-contracts/errors/errors';
import { isOrderNotTaken } from '../channels/channel-order-draft';
import type { ProcessDatabase } from '../database';
import { readDocument } from '../inbound-documents/document-readers';
import { partsOf } from '../inbound-documents/store-document';
import { mapDraft } from '../partners/map-draft';
import { rulesOf } from '../partners/mapping-versions';
import { termsOfPartner, type ReceivedOrder } from '../partners/partner-terms';
import { mappingDataOf, type PartnerRow } from '../partners/partner-view';

/** Which document an order came in, and as which of its orders. */
export interface DocumentLink {
  documentId: string;
  orderId: string;
  sourceOrderId: string;
}

/**
 * The canonical order a stored document gives for one of its orders with the partner's data and
 * pinned mapping version as they are now (after a cross-reference was fixed), or undefined when the
 * document no longer reads as that order. The order keeps its own source order id (a partner that
 * reuses PO numbers has the PO's date in it). A draft that cannot be mapped is a 400 with why.
 */
export async function remapOrder(
  db: ProcessDatabase,
  link: DocumentLink,
  partner: PartnerRow,
  currentSourceOrderId: string,
): Promise<ReceivedOrder | undefined> {
  const document = await db.inboundDocument.findUniqueOrThrow({
    where: { id: link.documentId },
    select: { kind: true },
  });
  const drafts = readDocument(document.kind, await partsOf(db, link.documentId), partner);
  const draft = drafts.find((each) => !isOrderNotTaken(each) && each.sourceOrderId === link.sourceOrderId);
  if (!draft || isOrderNotTaken(draft)) return undefined;
  const mapping = await db.mappingVersion.findUniqueOrThrow({
    where: { name_version: { name: partner.mappingName, version: partner.mappingVersion } },
  });
  const mapped = mapDraft(draft, mappingDataOf(partner), rulesOf(mapping));
  if (!mapped.order) throw new ValidationError('The order cannot be mapped to a canonical order.', mapped.problems);
  return { ...mapped.order, sourceOrderId: currentSourceOrderId, partnerTerms: termsOfPartner(partner) };
}
