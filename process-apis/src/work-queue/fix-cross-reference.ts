import type {
  FixCrossReferenceRequest,
  FixCrossReferenceResult,
  OrderNotRemapped,
} from '@crossdock/shared-contracts/contracts/process-work-queue';
import type { ItemCrossReference } from '@crossdock/shared-contracts/contracts/process-partners';
import { actorName, type Principal } from '@crossdock/shared-contracts/context/request-context';
import { NotFoundError } from '@crossdock/shared-contracts/errors/errors';
import { recordSupportAction } from '../audit/record-action';
import { MAX_REPLAYS_PER_REQUEST, whyNot } from '../dead-letters/replay-dead-letters';
import type { Prisma } from '../generated/prisma/client';
import { requestHash } from '../idempotency/request-hash';
import { requiredText, requireOperator } from '../orders/operator-only';
import { PARTNER_INCLUDE } from '../partners/partner-view';
import type { ProcessServices } from '../process-services';
import { correctAndReplay } from './correct-order';
import { remapOrder } from './remap-order';

// A partner's orders a person is waiting on: held with a hold open, or failed with a dead letter not replayed.
const STUCK: Prisma.OrderWhereInput = {
  OR: [
    { status: 'HELD', holds: { some: { status: 'open' } } },
    { status: 'FAILED', deadLetters: { some: { replayedAt: null } } },
  ],
};

/**
 * Adds or fixes one of a partner's item cross-references (its product id → our SKU), then maps each
 * of the partner's held or failed orders again from the document it came in: an order whose
 * canonical order comes out different is corrected and replayed from validation (see
 * correctAndReplay); one that comes out the same is left for a person. The fix and each correction
 * are on the audit trail; the partner's version goes up, as on any change to it.
 */
export async function fixCrossReference(
  services: ProcessServices,
  principal: Principal,
  partnerId: string,
  request: FixCrossReferenceRequest,
): Promise<FixCrossReferenceResult> {
  requireOperator(principal, 'change cross-references');
  const comment = requiredText(request.comment, 'comment');
  const reference: ItemCrossReference = {
    partnerProductId: requiredText(request.partnerProductId, 'partnerProductId'),
    qualifier: request.qualifier?.trim() || undefined,
    sku: requiredText(request.sku, 'sku'),
    uom: request.uom?.trim() || undefined,
  };
  const actor = actorName(principal);
  const key = { partnerId, qualifier: reference.qualifier ?? '', partnerProductId: reference.partnerProductId };
  const { auditId, partnerVersion } = await services.db.$transaction(async (tx) => {
    const partner = await tx.tradingPartner.findUnique({ where: { id: partnerId }, select: { id: true } });
    if (!partner) throw new NotFoundError(`Partner ${partnerId} does not exist.`);
    const before = await tx.partnerItemReference.findUnique({ where: { partnerId_qualifier_partnerProductId: key } });
    const values = { sku: reference.sku, uom: reference.uom ?? null };
    await tx.partnerItemReference.upsert({
      where: { partnerId_qualifier_partnerProductId: key },
      create: { ...key, ...values },
      update: values,
    });
    const updated = await tx.tradingPartner.update({ where: { id: partnerId }, data: { version: { increment: 1 } } });
    const id = await recordSupportAction(tx, {
      action: 'fix-cross-reference',
      actor,
      comment,
      subjectType: 'partner-item-reference',
      subjectId: `${partnerId}/${key.qualifier}/${key.partnerProductId}`,
      details: { partnerId, before: before && { sku: before.sku, uom: before.uom }, after: reference },
    });
    return { auditId: id, partnerVersion: updated.version };
  });
  const outcome =
    request.replay === false
      ? { replayedOrderIds: [], unchangedOrderIds: [], notReplayed: [] }
      : await remapStuckOrders(services, actor, partnerId, { comment, auditId });
  return { crossReference: reference, partnerVersion, ...outcome, auditId };
}

async function remapStuckOrders(
  services: ProcessServices,
  actor: string,
  partnerId: string,
  fix: { comment: string; auditId: string },
): Promise<Pick<FixCrossReferenceResult, 'replayedOrderIds' | 'unchangedOrderIds' | 'notReplayed'>> {
  const partner = await services.db.tradingPartner.findUniqueOrThrow({
    where: { id: partnerId },
    include: PARTNER_INCLUDE,
  });
  const links = await services.db.inboundDocumentOrder.findMany({
    where: { partnerId, order: STUCK },
    include: { order: { select: { sourceOrderId: true, received: true } } },
    orderBy: [{ createdAt: 'asc' }, { orderId: 'asc' }],
    take: MAX_REPLAYS_PER_REQUEST,
  });
  const replayedOrderIds: string[] = [];
  const unchangedOrderIds: string[] = [];
  const notReplayed: OrderNotRemapped[] = [];
  const seen = new Set<string>();
  // An order resent in a later document is linked to both: the first document it came in decides.
  for (const link of links.filter((each) => !seen.has(each.orderId) && seen.add(each.orderId))) {
    try {
      const after = await remapOrder(services.db, link, partner, link.order.sourceOrderId);
      if (!after) {
        notReplayed.push({ orderId: link.orderId, detail: 'Its document no longer reads as this order.' });
      } else if (requestHash(after) === requestHash(link.order.received)) {
        unchangedOrderIds.push(link.orderId);
      } else {
        const details = { crossReferenceFix: fix.auditId, documentId: link.documentId };
        await correctAndReplay(services, actor, link.orderId, { comment: fix.comment, after, details });
        replayedOrderIds.push(link.orderId);
      }
    } catch (error) {
      notReplayed.push({ orderId: link.orderId, detail: whyNot(services, { id: link.orderId, ...link }, error) });
    }
  }
  return { replayedOrderIds, unchangedOrderIds, notReplayed };
}
