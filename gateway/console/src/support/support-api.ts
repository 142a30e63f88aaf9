import type { InboundDocumentView } from '@crossdock/shared-contracts/contracts/process-inbound-documents';
import type { ProcessOrder } from '@crossdock/shared-contracts/contracts/process-orders';
import type { Api, Page } from '../api/client';

/** Where the order came from: the document as it arrived, and the mapping version that made the order. */
export interface OrderSource {
  documentId: string;
  channel: string;
  partnerId?: string;
  receivedAt: string;
  mapping: { name: string; version: number };
  contentType?: string;
  /** The document's first part as text, as it arrived. */
  raw?: string;
}

/** Everything support needs to judge one order. */
export interface OrderWorkbench {
  order: ProcessOrder;
  /** The canonical order as the pipeline received it. */
  canonical: unknown;
  sources: OrderSource[];
}

const RAW_TEXT_LIMIT = 64 * 1024;

/** The order, its timeline, and the documents it came in with their mapping versions and raw text. */
export async function loadWorkbench(api: Api, orderId: string): Promise<OrderWorkbench> {
  const [order, documents] = await Promise.all([
    api.get<ProcessOrder & { received?: unknown }>(`/process/v1/orders/${encodeURIComponent(orderId)}`),
    api.get<Page<InboundDocumentView>>(`/process/v1/inbound-documents?orderId=${encodeURIComponent(orderId)}`),
  ]);
  const sources = await Promise.all(
    documents.items.map(async (document): Promise<OrderSource & { canonical?: unknown }> => {
      const link = document.orders.find((candidate) => candidate.orderId === orderId);
      const part = document.parts[0];
      const raw =
        part && part.sizeBytes <= RAW_TEXT_LIMIT
          ? await api.text(`/process/v1/inbound-documents/${document.id}/parts/${part.seq}`)
          : undefined;
      return {
        documentId: document.id,
        channel: document.channel,
        partnerId: document.partnerId,
        receivedAt: document.receivedAt,
        mapping: link?.mapping ?? { name: '—', version: 0 },
        contentType: part?.contentType,
        raw,
        canonical: link?.canonicalOrder,
      };
    }),
  );
  const canonical = sources.find((source) => source.canonical)?.canonical ?? canonicalOf(order);
  return { order, canonical, sources };
}

/** An order placed through the API has no document: its canonical form is the order as stored. */
function canonicalOf(order: ProcessOrder): unknown {
  const { channel, sourceOrderId, customerId, purchaseOrderNumber, currency, shipTo, lines } = order;
  return { channel, sourceOrderId, customerId, purchaseOrderNumber, currency, shipTo, lines };
}

/** A person's action on a hold, with why. */
export type HoldAction = 'release' | 'override' | 'reject';

export function actOnHold(api: Api, holdId: string, action: HoldAction, comment: string) {
  const body = action === 'release' ? { note: comment } : { reason: comment };
  return api.post(`/process/v1/holds/${encodeURIComponent(holdId)}/${action}`, body, { Prefer: 'wait=5' });
}

export function replayDeadLetter(api: Api, deadLetterId: string, comment: string) {
  return api.post(`/process/v1/dead-letters/${encodeURIComponent(deadLetterId)}/replay`, { comment });
}

export interface CrossReferenceFix {
  qualifier?: string;
  partnerProductId: string;
  sku: string;
  comment: string;
}

/** Maps a partner's product id to our SKU, then maps the partner's stuck orders again and replays them. */
export function fixCrossReference(api: Api, partnerId: string, fix: CrossReferenceFix) {
  return api.post(`/process/v1/partners/${encodeURIComponent(partnerId)}/cross-references`, {
    ...fix,
    replay: true,
  });
}

/** The corrected canonical order, and why; the order runs again from the step it needs. */
export function editCanonicalOrder(api: Api, orderId: string, order: unknown, comment: string) {
  return api.put(`/process/v1/orders/${encodeURIComponent(orderId)}/canonical`, { order, comment });
}

/** How many a bulk action matches (dry run), or did (for real). */
export interface BulkOutcome {
  dryRun: boolean;
  matched: number;
  released?: number;
  replayed?: number;
}

/**
 * Releases every open hold, or replays every dead letter, that the filter matches: first as a dry
 * run (a count, nothing done), then with the comment that says why.
 */
export function bulkByFilter(
  api: Api,
  tab: 'holds' | 'dead-letters',
  filter: Record<string, string>,
  run: { dryRun: true } | { dryRun: false; comment: string },
): Promise<BulkOutcome> {
  const body: Record<string, unknown> = { ...run };
  for (const [name, value] of Object.entries(filter)) {
    if (!value.trim()) continue;
    body[name] = name === 'minAgeMinutes' ? Number(value) : value.trim();
  }
  const path = tab === 'holds' ? '/process/v1/holds/release' : '/process/v1/dead-letters/replay';
  return api.post<BulkOutcome>(path, body);
}
