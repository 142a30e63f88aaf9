/**
 * The meeting point of every channel: what an inbound document says about one order, in the channel's
 * own identifiers, before a trading partner's mapping turns it into a canonical `SalesOrderInput`.
 *
 * Readers (x12/parse850, shopify/read-order-webhook, ...) produce drafts and know nothing of partners;
 * the partner mapping (cross-references, unit-of-measure maps, which party id is the customer) knows
 * nothing of document formats. Ids stay exactly as the document spelled them, as strings.
 */
import { CrossdockError } from '@crossdock/shared-contracts/contracts/errors/crossdock-error';
import type { Address } from '@crossdock/shared-contracts/contracts/model/address';
import type { SalesChannel } from '@crossdock/shared-contracts/contracts/model/sales-order';

/** An identifier as the document qualifies it: `{ qualifier: 'VP', id: 'HX-2201' }`, `{ qualifier: 'UP', id: '012345678905' }`. */
export interface QualifiedId {
  /** The document's own qualifier: an X12 code (BP, VP, UP, IN, 92, ZZ...) or a channel field name (sku, variant_id, ASIN). */
  qualifier: string;
  id: string;
}

/** A party (ship-to, bill-to, buyer) with whatever address the document carries; parts may be missing. */
export interface DraftParty {
  ids: QualifiedId[];
  address: Partial<Address>;
}

export interface ChannelOrderLineDraft {
  /** The line's number or id in the document (PO101, a Shopify line item id), kept to answer in the partner's terms. */
  sourceLineId?: string;
  /** Every product identifier the line carries, in document order; the mapping picks the one it trusts. */
  productIds: QualifiedId[];
  /** Quantity exactly as written, as a decimal string ("12", "2.5"). */
  quantity: string;
  /** The document's unit of measure code (EA, CS, BX...), before the partner's unit mapping. */
  uom?: string;
  /** Unit price as written, a decimal string; never a binary float. */
  unitPrice?: string;
  description?: string;
  /** The document says the line ships nothing (a download, a virtual product, no shipping required). */
  shipsNothing?: true;
}

export interface ChannelOrderDraft {
  channel: SalesChannel;
  /** The order's id in its channel: a PO number (BEG03), a Shopify order id (a string: it does not fit a JS number). */
  sourceOrderId: string;
  purchaseOrderNumber?: string;
  currency?: string;
  /** YYYY-MM-DD */
  orderedOn?: string;
  /** YYYY-MM-DD */
  requestedDeliveryDate?: string;
  /** When the order is to leave and to arrive, as the document gives them (ISO 8601 date-times). */
  shipWindow?: { start: string; end: string };
  deliveryWindow?: { start: string; end: string };
  buyer?: DraftParty;
  shipTo?: DraftParty;
  billTo?: DraftParty;
  lines: ChannelOrderLineDraft[];
}

/**
 * An order of a document that is not taken in, and why: one order of a page that cannot be read,
 * or an order a person must look at first. It is reported in the document's outcomes while the
 * document's other orders go on, and a replay reads it again.
 */
export interface OrderNotTaken {
  /** The order's id in its channel, when the document says it readably. */
  sourceOrderId?: string;
  problem: CrossdockError;
}

/** What a reader makes of one order of a document. */
export type ReadOrder = ChannelOrderDraft | OrderNotTaken;

export function isOrderNotTaken(order: ReadOrder): order is OrderNotTaken {
  return 'problem' in order;
}

/**
 * The channel says an order it sent before is cancelled (a buyer cancelled it on the shop). It is no
 * order to take in (so it is an order not taken, for a dry run or a reader's caller), and ingesting
 * cancels the order taken in under its source order id (see take-in-cancellation).
 */
export interface OrderCancellation extends OrderNotTaken {
  sourceOrderId: string;
  /** The channel's reason in its words (Shopify's cancel_reason, ...), when it gives one. */
  cancellation: { reason?: string };
}

export function isOrderCancellation(order: ReadOrder): order is OrderCancellation {
  return 'cancellation' in order;
}

/** A channel's cancellation of the order it sent as `sourceOrderId`. */
export function cancellationOf(sourceOrderId: string, reason?: string): OrderCancellation {
  return {
    sourceOrderId,
    cancellation: { reason },
    problem: new CrossdockError({
      slug: 'order-cancelled-by-channel',
      title: 'The channel cancelled this order',
      status: 409,
      kind: 'client',
      detail: `The channel says order ${sourceOrderId} is cancelled${reason ? ` (${reason})` : ''}: it is no order to place.`,
    }),
  };
}

/**
 * Reads one order of a document; a 4xx refusal of it becomes an {@link OrderNotTaken} naming the
 * order by whatever `idOf` can still find in it, so the other orders of the document go on.
 */
export function readOneOrder<T>(
  value: T,
  read: (value: T) => ChannelOrderDraft,
  idOf: (value: T) => string | undefined,
): ReadOrder {
  try {
    return read(value);
  } catch (error) {
    if (!(error instanceof CrossdockError) || error.status >= 500) throw error;
    return { sourceOrderId: idOf(value), problem: error };
  }
}
