/**
 * What a channel (X12, Shopify, WooCommerce, Magento, Amazon...) gives the inbound-documents core, and
 * all the core knows of it. The core owns "a document arrived, was kept, read, mapped, became orders,
 * was acknowledged or refused"; a channel registers itself here, and the core never imports a channel.
 */
import type { InboundOrderOutcome } from '@crossdock/shared-contracts/contracts/api/process-inbound-documents';
import type { SalesChannel } from '@crossdock/shared-contracts/contracts/model/sales-order';
import type { Prisma } from '../generated/prisma/client';
import type { PartnerRow } from '../partners/partner-view';
import type { ReadOrder } from './channel-order-draft';
import type { DocumentPart } from './document-part';

/**
 * Reads a stored document's parts into the drafts of the orders in it (or, for an order that cannot
 * be taken, why); throws a 4xx CrossdockError when the document itself cannot be read. Given the
 * partner, the orders are to be taken in for it; without (a dry run) the document is only read.
 */
export type DocumentReader = (parts: DocumentPart[], partner?: PartnerRow) => ReadOrder[];

/** An order of a document, acknowledged as received, that the business refuses: its sender is told so. */
export interface RejectedOrder {
  sourceOrderId?: string;
  purchaseOrderNumber?: string;
  /** YYYY-MM-DD, the order's own date when the document gave one. */
  orderedOn?: string;
  /** A short code for the reason (the problem's slug, e.g. "validation-failed"). */
  code: string;
  problem: NonNullable<InboundOrderOutcome['problem']>;
  /** For a changed resend: the order taken first under its source order id, which stands unchanged. */
  takenFirst?: { orderId: string; sourceOrderId: string };
}

/**
 * An answer telling a partner that one of its orders is refused, written but not yet kept: it is kept
 * in the transaction that settles the document (so a document is never settled without its answers,
 * nor answered without being settled), and gives the id of the document kept.
 */
export type RefusalAnswer = (tx: Prisma.TransactionClient, documentId: string) => Promise<{ id: string }>;

export interface InboundChannel {
  /** The channel its partners and orders belong to. */
  channel: SalesChannel;
  /**
   * Its reader for each kind of document it delivers, by the kind the document is stored with.
   * Documents are read again from their stored bytes for a replay or a dry run, so a reader is all a
   * new kind needs: keeping, mapping, duplicates, holds and replay come with the core.
   */
  readers: Readonly<Record<string, DocumentReader>>;
  /**
   * For a channel whose partners expect a document refusing an order (X12: an 855 with BAK02 RJ), one
   * answer per refused order, in order (undefined where none can be written). Called before the
   * settling transaction: what it allocates (control numbers) leaves a gap after a crash, never an
   * answer sent twice. Without it, a refusal is told by its event only.
   */
  answerRefusals?(partner: PartnerRow, refused: readonly RejectedOrder[]): Promise<(RefusalAnswer | undefined)[]>;
}
