import type { FieldError } from '../errors/problem';
import type { ChannelSalesOrder } from '../model/order-input';
import type { SalesOrderStatus } from '../model/sales-order';

/** received (being worked on) | processed | partially-processed | rejected */
export type InboundDocumentStatus = 'received' | 'processed' | 'partially-processed' | 'rejected';

/** What became of one order in a document. */
export interface InboundOrderOutcome {
  /** The order's id in its channel; absent when the document could not be read that far. */
  sourceOrderId?: string;
  /** The order it became (or was recognised as, when it had arrived before). */
  orderId?: string;
  /** True when the order had arrived before: nothing new was placed. */
  duplicate?: boolean;
  /**
   * The order was placed but held POSSIBLE_DUPLICATE: its PO number arrived before, on this order,
   * with other content.
   */
  possibleDuplicateOf?: string;
  /** Why it did not become an order. */
  problem?: { title: string; detail?: string; errors?: FieldError[] };
  /** True when it came in a test interchange (X12 ISA15 T). */
  test?: boolean;
  /**
   * For a cancellation from the channel: `cancelled` (the order is cancelled now), `already-cancelled`,
   * `nothing-to-cancel` (no such order was taken in: it is refused if it arrives later), or `too-late`
   * (it has shipped or cannot be cancelled; the problem says why).
   */
  cancellation?: 'cancelled' | 'already-cancelled' | 'nothing-to-cancel' | 'too-late';
  /** What was noted without refusing anything: an ISA off its fixed width, an order sent twice, what an acknowledgement matched. */
  notes?: string[];
}

/** An order a document produced, with the mapping version that made it. */
export interface InboundDocumentOrderView {
  orderId: string;
  sourceOrderId: string;
  partnerId: string;
  mapping: { name: string; version: number };
  /** @format date-time */
  linkedAt: string;
  /** The order's status now. */
  status: SalesOrderStatus;
  /** The canonical order the document was mapped to, as the pipeline received it. */
  canonicalOrder: ChannelSalesOrder;
}

/** One stored part of a document (its bytes at `/inbound-documents/{id}/parts/{seq}`). */
export interface InboundDocumentPartView {
  /** @isInt */
  seq: number;
  name: string;
  contentType: string;
  /** @isInt */
  sizeBytes: number;
}

/** An inbound document as received, and what it became. */
export interface InboundDocumentView {
  id: string;
  channel: string;
  /** Which reader understands it: shopify-order, woocommerce-order, magento-orders-page, amazon-orders-page, ... */
  kind: string;
  partnerId?: string;
  /** The channel's delivery id (X-Shopify-Webhook-Id, X-WC-Webhook-Delivery-ID). */
  deliveryId?: string;
  status: InboundDocumentStatus;
  /** SHA-256 of the bytes, hex (of all parts, in order). */
  sha256: string;
  correlationId: string;
  /** @format date-time */
  receivedAt: string;
  /** @format date-time */
  processedAt?: string;
  parts: InboundDocumentPartView[];
  outcomes: InboundOrderOutcome[];
  orders: InboundDocumentOrderView[];
}

/** The answer to a channel that delivered a document: it was kept, and this is what it became. */
export interface InboundReceipt {
  documentId: string;
  /** True when this delivery had been received before (same delivery id): nothing was done again. */
  duplicate: boolean;
  status: InboundDocumentStatus;
  /** Per order in the document: the order it became, or why it did not. */
  outcomes: InboundOrderOutcome[];
}
