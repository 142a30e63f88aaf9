import type { DecimalString } from '../model/primitives';
import type { PartnerTransport, PartnerTransportView } from './partner-transport';

/** The channels a trading partner can send orders through. */
export type PartnerChannel =
  | 'x12'
  | 'edifact'
  | 'shopify'
  | 'woocommerce'
  | 'bigcommerce'
  | 'magento'
  | 'amazon'
  | 'amazon-vendor'
  | 'csv'
  | 'ubl';

/** The X12 interchange ids of a partner (ISA05/ISA06 is who they are, ISA07/ISA08 is who we are to them). */
export interface X12Identifiers {
  /** ISA05 @example "ZZ" */
  senderQualifier: string;
  /** ISA06, without the padding @example "ACMEHARDWARE" */
  senderId: string;
  /** ISA07 @example "ZZ" */
  receiverQualifier: string;
  /** ISA08, without the padding @example "CROSSDOCK" */
  receiverId: string;
  /**
   * GS02, the application sender's code, when it is not the ISA06 id (one interchange sender with several
   * divisions, each its own partner). Given, only groups with this GS02 are the partner's. @example "ACMEHW-EAST"
   */
  applicationSenderCode?: string;
  /** GS03, who we are to the partner's application, when it is not the ISA08 id; given, groups must name it. @example "CROSSDOCK" */
  applicationReceiverCode?: string;
  /**
   * True while the partner is being onboarded: its test interchanges (ISA15 T) place orders. Otherwise
   * (the default) a test interchange is validated and acknowledged, and places nothing.
   */
  testMode?: boolean;
}

/** An EDIFACT partner's interchange ids (UNB S002 is who they are, S003 is who we are to them). */
export interface EdifactIdentifiers {
  /** UNB S002 0004 @example "5412345000013" */
  senderId: string;
  /** UNB S002 0007, the code qualifier ("14" GS1, "ZZZ" mutually defined); absent when the partner sends none. @example "14" */
  senderQualifier?: string;
  /** UNB S003 0010 @example "CROSSDOCK" */
  recipientId: string;
  /** UNB S003 0007 @example "ZZZ" */
  recipientQualifier?: string;
  /** True while onboarding: its test interchanges (UNB 0035 = 1) place orders. */
  testMode?: boolean;
}

/** How a partner is recognised in what it sends. Each identifier belongs to one partner only. */
export interface PartnerIdentifiers {
  x12?: X12Identifiers;
  edifact?: EdifactIdentifiers;
  /**
   * The shop's domain: Shopify's `X-Shopify-Shop-Domain`, WooCommerce's `X-WC-Webhook-Source` host.
   * @example "acme-store.myshopify.com"
   */
  shopDomain?: string;
  /**
   * The marketplace seller id (Amazon's merchant token), or an Amazon vendor's vendor code (its purchase
   * orders' sellingParty partyId). @example "A2EXAMPLE1SELLER"
   */
  sellerId?: string;
  /** A UBL partner's Peppol address: the buyer's cbc:EndpointID in its orders, with its schemeID. */
  peppolEndpoint?: PeppolEndpoint;
}

/** A Peppol participant's electronic address (cbc:EndpointID). */
export interface PeppolEndpoint {
  /** The EndpointID's schemeID: an ISO 6523 ICD code (0088 GLN, 0192 Norwegian organisation number). @example "0088" */
  schemeId: string;
  /** @example "7300010000001" */
  id: string;
}

/** The partner's number for a product → our SKU. */
export interface ItemCrossReference {
  /** The partner's id: their part number, a UPC, their shop's SKU. @example "IPOD2008GREEN" */
  partnerProductId: string;
  /** The qualifier it comes with (BP, UP, sku, ...); any when absent. */
  qualifier?: string;
  /** @example "HXB-004" */
  sku: string;
  /** The unit the partner's id stands for (a case UPC), used when the line names none. */
  uom?: string;
}

/** The partner's unit of measure → ours. */
export interface UnitOfMeasureMapping {
  /** @example "CA" */
  partnerUom: string;
  /** @example "CS" */
  uom: string;
}

/** Where a pulled channel is polled (Magento, Amazon). The token is write-only: never shown again. */
export interface PartnerConnection {
  /**
   * Magento: the REST base, e.g. `https://shop.example/rest/default` (the poller calls `/V1/orders`).
   * Amazon: the Selling Partner API endpoint, e.g. `https://sellingpartnerapi-na.amazon.com`.
   * @example "https://shop.example/rest/default"
   */
  baseUrl: string;
  /** Magento: an integration access token (sent as a bearer token). Amazon: an LWA access token (`x-amz-access-token`). */
  accessToken?: string;
  /** Amazon: the marketplaces to ask for orders of. @example ["ATVPDKIKX0DER"] */
  marketplaceIds?: string[];
  /** The first poll asks for orders created from this instant on. @format date-time */
  startFrom?: string;
  /**
   * Orders per page asked for.
   * @isInt
   * @minimum 1
   * @maximum 100
   */
  pageSize?: number;
  /**
   * Amazon: the app's Login with Amazon client id. With `lwaClientSecret` and `lwaRefreshToken`, the
   * poller gets its own access tokens from Login with Amazon (and refreshes them) instead of `accessToken`.
   */
  lwaClientId?: string;
  /** Amazon: the app's LWA client secret. Write-only; never shown or logged. */
  lwaClientSecret?: string;
  /** Amazon: the selling partner's LWA refresh token (from authorising the app). Write-only; never shown or logged. */
  lwaRefreshToken?: string;
  /** Amazon: the LWA token endpoint; `https://api.amazon.com/auth/o2/token` when absent. */
  lwaTokenUrl?: string;
  /**
   * Amazon: which Orders API lists the orders: `v0` (getOrders and getOrderItems, the default) or
   * `2026-01-01` (searchOrders, items and buyer data in the one answer).
   */
  ordersApi?: AmazonOrdersApi;
  /**
   * Amazon, Orders API v0: also fetch each new order's shipping address and buyer (getOrderAddress,
   * getOrderBuyerInfo) with a Restricted Data Token; the seller's app needs the restricted roles.
   */
  buyerData?: boolean;
  /**
   * BigCommerce: the custom headers given to the webhook when it was created (the `headers` of
   * `POST /v3/hooks`); each callback must carry every one of them with its value. Write-only: the
   * partner shows their names only. A replace that leaves them out keeps them.
   * @example {"X-Crossdock-Hook-Key": "a long random value"}
   */
  webhookHeaders?: Record<string, string>;
}

/** The Amazon Orders API versions a poller can list orders with. */
export type AmazonOrdersApi = 'v0' | '2026-01-01';

/** A trading partner as created or replaced. */
export interface PartnerInput {
  /** @example "Acme web store" */
  name: string;
  channel: PartnerChannel;
  /** The ERP customer account the partner's orders are placed for. @example "C-1001" */
  customerId: string;
  active?: boolean;
  identifiers: PartnerIdentifiers;
  /** The mapping version the partner's documents are mapped with. */
  mapping: { name: string; version: number };
  itemCrossReferences?: ItemCrossReference[];
  unitOfMeasureMappings?: UnitOfMeasureMapping[];
  /** How far (in percent) a price the partner sends may differ from ours. @example "2.5" */
  priceTolerancePercent?: DecimalString;
  /** Whether the partner takes backorders for what cannot be promised; absent: the ERP customer's setting decides. */
  allowBackorders?: boolean;
  /**
   * The partner reuses its PO numbers (some buyers' systems cycle through a range): an order with a
   * PO number the partner sent before is then a new order. Absent or false: it is held as
   * `POSSIBLE_DUPLICATE` unless it repeats the first one exactly (then it is that order, resent).
   * When true, the PO's date (an 850's BEG05) joins the PO number as the order's id in the channel,
   * so the same order resent is still recognised.
   */
  reusesPurchaseOrderNumbers?: boolean;
  /**
   * The secret(s) webhooks are signed with (Shopify, WooCommerce). Write-only. Two while rotating:
   * a signature made with either is accepted. Absent on a replace: the stored ones are kept.
   */
  webhookSecrets?: string[];
  /** Where a pulled channel (Magento, Amazon) is polled; its token is kept when a replace leaves it out. */
  connection?: PartnerConnection;
  /** How the partner's documents travel; secrets left out of a replace are kept. */
  transport?: PartnerTransport;
}

/** Creating a partner: its id (a code of your choosing) and the rest. */
export interface NewPartner extends PartnerInput {
  /**
   * @pattern ^[A-Za-z0-9._-]{1,64}$
   * @example "acme-shopify"
   */
  id: string;
}

/** Where a pulled channel's poller is for this partner. */
export interface PollerState {
  /** The channel's own bookmark (Magento: the last order entity id; Amazon: CreatedAfter, NextToken). */
  cursor: Record<string, unknown>;
  /** @format date-time */
  nextPollAt: string;
  /** @format date-time */
  lastPolledAt?: string;
  consecutiveFailures: number;
  lastError?: string;
}

/** A trading partner as shown: secrets only say whether they are set. */
export interface PartnerView {
  id: string;
  name: string;
  channel: PartnerChannel;
  customerId: string;
  active: boolean;
  identifiers: PartnerIdentifiers;
  mapping: { name: string; version: number };
  itemCrossReferences: ItemCrossReference[];
  unitOfMeasureMappings: UnitOfMeasureMapping[];
  priceTolerancePercent: DecimalString;
  /** Absent: the ERP customer's setting decides. */
  allowBackorders?: boolean;
  /** Whether an order with a PO number the partner sent before is a new order (see PartnerInput). */
  reusesPurchaseOrderNumbers: boolean;
  /** How many webhook secrets are set (their values are never shown). */
  webhookSecretCount: number;
  connection?: Omit<PartnerConnection, 'accessToken' | 'lwaClientSecret' | 'lwaRefreshToken' | 'webhookHeaders'> & {
    accessTokenSet: boolean;
    /** The names of the webhook's custom headers, when set (never their values). */
    webhookHeaderNames?: string[];
    /** Shown with `lwaClientId`: whether the LWA client secret is set (never its value). */
    lwaClientSecretSet?: boolean;
    /** Shown with `lwaClientId`: whether the LWA refresh token is set (never its value). */
    lwaRefreshTokenSet?: boolean;
  };
  transport?: PartnerTransportView;
  poller?: PollerState;
  /** The version for If-Match. */
  version: number;
  /** @format date-time */
  createdAt: string;
  /** @format date-time */
  updatedAt: string;
}

/** Moving a partner to another mapping version. */
export interface PinMappingRequest {
  /** @example "shopify-retail" */
  name: string;
  /** @isInt @example 2 */
  version: number;
}

/** What one poll of a partner's channel did. */
export interface PollReport {
  partnerId: string;
  /** False when the poll did not run (another poller has the partner, or it is not due). */
  polled: boolean;
  /** The documents kept (each a page as received) and taken in. */
  documentIds: string[];
  /** @format date-time */
  nextPollAt?: string;
  /** Why the poll stopped early (the channel down, rate limited after retries); the bookmark stays where it was. */
  error?: string;
  detail?: string;
}
