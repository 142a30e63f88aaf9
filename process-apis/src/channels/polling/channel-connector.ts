import type { UpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import type { ProcessDatabase } from '../../database';
import type { DocumentPart } from '../../inbound-documents/document-part';
import type { IngestResult } from '../../inbound-documents/ingest-document';
import type { PartnerRow, StoredConnection } from '../../partners/partner-view';

/** A poller's bookmark in a channel: whatever the channel needs to ask for what came after. */
export type PollCursor = Record<string, string | undefined>;

/** What one poll of one partner gets to work with. */
export interface PollContext {
  partner: PartnerRow;
  connection: StoredConnection;
  /** Where the last poll stopped ({} the first time). */
  cursor: PollCursor;
  /** The channel's API, through the client kit (timeouts, retries with backoff on 429 and 5xx). */
  client: UpstreamClient;
  /** The client kit at another origin of the channel (Amazon's Login with Amazon), with no token of its own. */
  clientAt(baseUrl: string): UpstreamClient;
  now: Date;
  /** Stores the bookmark at once: a poll that stops later starts again from here, not from the start. */
  saveCursor(cursor: PollCursor): Promise<void>;
  /**
   * Keeps a fetched document as received and takes its orders in; with a `deliveryId`, a document
   * delivered again under it is recognised and not taken in twice.
   */
  ingest(kind: string, parts: DocumentPart[], deliveryId?: string): Promise<IngestResult>;
  /** Which of these orders of the partner were taken in before (a poll may see an order twice). */
  takenInBefore(sourceOrderIds: string[]): Promise<Set<string>>;
  /** For a channel that answers its orders itself (Amazon Vendor's acknowledgements): what it keeps, and its log. */
  db: ProcessDatabase;
  logger: Logger;
}

/** What one poll did. */
export interface PollResult {
  documentIds: string[];
}

/** Pulls a channel's new orders for a partner (Magento's REST API, Amazon's Selling Partner API). */
export interface ChannelConnector {
  /** The headers each call carries besides the bearer token (which `bearerToken` gives, or none). */
  headers(connection: StoredConnection): Record<string, string>;
  /** The bearer token of each call, if the channel uses one (it is never the caller's own token). */
  bearerToken(connection: StoredConnection): string | undefined;
  poll(context: PollContext): Promise<PollResult>;
}
