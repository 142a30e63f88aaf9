import type {
  OrderWorkbench,
  WorkbenchPart,
  WorkbenchSource,
} from '@crossdock/shared-contracts/contracts/process-work-queue';
import type { Principal } from '@crossdock/shared-contracts/context/request-context';
import type { ChannelSalesOrder } from '@crossdock/shared-contracts/model/order-input';
import { auditOfOrder } from '../audit/list-audit';
import type { ProcessDatabase } from '../database';
import { documentView } from '../inbound-documents/document-view';
import { requireOperator } from '../orders/operator-only';
import { getOrder } from '../orders/place-order';
import { getMappingVersion } from '../partners/mapping-versions';

// Parts up to this size come as text beside the canonical order; larger ones only by their link.
export const INLINE_PART_BYTES = 64 * 1024;

/**
 * One order as support judges it: the order with its holds, dead letters and timeline, the canonical
 * order the pipeline works on, each document it came in (as received, with the mapping version that
 * made this order from it), and the support actions taken on it.
 */
export async function orderWorkbench(
  services: { db: ProcessDatabase },
  principal: Principal,
  orderId: string,
): Promise<OrderWorkbench> {
  requireOperator(principal, 'open the order workbench');
  const order = await getOrder(services, principal, orderId);
  const { db } = services;
  const { received } = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { received: true } });
  const links = await db.inboundDocumentOrder.findMany({
    where: { orderId },
    orderBy: [{ createdAt: 'asc' }, { documentId: 'asc' }],
  });
  const sources: WorkbenchSource[] = [];
  for (const link of links) {
    const mapping = await getMappingVersion(db, link.mappingName, link.mappingVersion).catch(() => undefined);
    sources.push({
      document: await documentView(db, link.documentId),
      parts: await partsOf(db, link.documentId),
      mapping,
    });
  }
  return {
    order,
    canonical: received as unknown as ChannelSalesOrder,
    sources,
    audit: await auditOfOrder(db, orderId),
  };
}

/** The document's parts, the short ones with their text: only those bodies are read. */
async function partsOf(db: ProcessDatabase, documentId: string): Promise<WorkbenchPart[]> {
  const parts = await db.inboundDocumentPart.findMany({
    where: { documentId },
    select: { seq: true, name: true, contentType: true, sizeBytes: true },
    orderBy: { seq: 'asc' },
  });
  const short = parts.filter((part) => part.sizeBytes <= INLINE_PART_BYTES).map((part) => part.seq);
  const bodies = short.length
    ? await db.inboundDocumentPart.findMany({
        where: { documentId, seq: { in: short } },
        select: { seq: true, body: true },
      })
    : [];
  const textOf = new Map(bodies.map((part) => [part.seq, Buffer.from(part.body).toString('utf8')]));
  return parts.map((part) => ({
    ...part,
    href: `/process/v1/inbound-documents/${documentId}/parts/${part.seq}`,
    text: textOf.get(part.seq),
  }));
}
