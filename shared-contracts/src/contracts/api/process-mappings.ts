import { z } from 'zod';
import type { FieldError } from '../errors/problem';
import type { ChannelSalesOrder } from '../model/order-input';
import { assertTypesMatch, type Equals } from '../model/type-equality';

/** How one of a line's product ids becomes our SKU. */
export interface ProductIdRule {
  /**
   * The qualifier of the id to use, as the document gives it: an X12 code (BP, VP, UP, IN) or a
   * channel field (sku, variant_id, product_id, SellerSKU, ASIN).
   * @example "sku"
   */
  qualifier: string;
  /**
   * `cross-reference`: look the id up in the partner's item cross-references; `as-sku`: the id is
   * our SKU as it is (the ERP says whether it knows it).
   */
  lookup: 'cross-reference' | 'as-sku';
}

/** Which customer account an order is placed for. */
export interface CustomerRule {
  /**
   * `partner`: the partner's customer account. `party`: a party's id in the document (the buyer's,
   * the ship-to's, the bill-to's, with `qualifier`) is the ERP customer id; when the document
   * carries none, the partner's account.
   */
  from: 'partner' | 'party';
  party?: 'buyer' | 'shipTo' | 'billTo';
  /** @example "92" */
  qualifier?: string;
}

/** Unit-of-measure rules: the partner's units mapped to ours (before the partner's own unit mappings). */
export interface UnitRules {
  /** Our unit for lines that name none; the item's base unit when absent. */
  default?: string;
  /** The partner's code → ours, e.g. `{ "CA": "CS" }`. */
  map?: Record<string, string>;
}

/** Values for what a document may leave out. */
export interface MappingDefaults {
  /** @example "USD" */
  currency?: string;
  /** A ship-to country when the document has none. @example "US" */
  country?: string;
  /** A ship-to name when the document has none (a person's or company's name is used first). */
  shipToName?: string;
}

/**
 * A mapping version's rules: declarative data, no code, that turn any channel's draft into a
 * canonical order. Every partner pinned to the version is mapped by the same rules.
 */
export interface MappingRules {
  /**
   * The product ids to try for each line, in order; the first that gives a SKU wins. A line none
   * of them resolves keeps its first product id as the SKU, and the pipeline holds it UNKNOWN_ITEM.
   * @minItems 1
   */
  productIds: ProductIdRule[];
  customer: CustomerRule;
  units?: UnitRules;
  /**
   * `keep`: the channel's prices go on the order, and the pipeline holds it on PRICE_MISMATCH when
   * they differ from the customer's price; `ignore`: the customer's price applies as it is.
   */
  prices: 'keep' | 'ignore';
  /** `position` (1, 2, 3...), or `source`: the document's own line numbers where they are whole numbers. */
  lineNumbers?: 'position' | 'source';
  /** Echo this product id (by qualifier) back as the customer's part number; by default the id that matched a cross-reference. */
  customerPartNumberQualifier?: string;
  defaults?: MappingDefaults;
}

const code = z.string().trim().min(1).max(64);

/** Runtime check for {@link MappingRules}. */
export const mappingRulesSchema = z.strictObject({
  productIds: z.array(z.strictObject({ qualifier: code, lookup: z.enum(['cross-reference', 'as-sku']) })).min(1),
  customer: z
    .strictObject({
      from: z.enum(['partner', 'party']),
      party: z.enum(['buyer', 'shipTo', 'billTo']).optional(),
      qualifier: code.optional(),
    })
    .refine((rule) => rule.from === 'partner' || (rule.party && rule.qualifier), {
      message: 'A customer taken from a party needs its party and qualifier',
    }),
  units: z.strictObject({ default: code.optional(), map: z.record(code, code).optional() }).optional(),
  prices: z.enum(['keep', 'ignore']),
  lineNumbers: z.enum(['position', 'source']).optional(),
  customerPartNumberQualifier: code.optional(),
  defaults: z
    .strictObject({
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 currency code such as "USD"')
        .optional(),
      country: z
        .string()
        .regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 country code such as "US"')
        .optional(),
      shipToName: z.string().trim().min(1).optional(),
    })
    .optional(),
});

assertTypesMatch<Equals<z.infer<typeof mappingRulesSchema>, MappingRules>>();

/** Adding a version to a mapping (the version number is the next one). */
export interface NewMappingVersion {
  /**
   * What this version changes, for whoever moves a partner to it.
   * @minLength 1
   * @maxLength 500
   * @example "Cross-reference Shopify SKUs; ignore shop prices"
   */
  description: string;
  rules: MappingRules;
}

/** One version of a mapping, as stored: never changed once added. */
export interface MappingVersionView {
  /** @example "shopify-retail" */
  name: string;
  /** @isInt */
  version: number;
  description: string;
  rules: MappingRules;
  createdBy: string;
  /** @format date-time */
  createdAt: string;
  /** The partners pinned to this version now. */
  partnerIds: string[];
}

/** Trying a mapping version on a stored document, without placing anything. */
export interface DryRunRequest {
  /** The inbound document to map. */
  documentId: string;
  /** The partner whose data (cross-references, customer account) to use; the document's partner when absent. */
  partnerId?: string;
}

/** One field that differs between what two mapping versions make of an order. */
export interface MappingDifference {
  /** @example "lines.0.sku" */
  field: string;
  /** The value with the previous version (absent: it had none). */
  before?: unknown;
  /** The value with this version (absent: it has none). */
  after?: unknown;
}

/** What a mapping version makes of one order in the document. */
export interface DryRunOrder {
  sourceOrderId: string;
  /** The canonical order it would place; absent when it cannot be mapped (see `problems`). */
  order?: ChannelSalesOrder;
  problems?: FieldError[];
  /** How it differs from what the previous version makes of it; empty when the same, absent without a previous version. */
  differences?: MappingDifference[];
}

/** A dry run's result: nothing was placed. */
export interface DryRunResult {
  documentId: string;
  partnerId: string;
  mapping: { name: string; version: number };
  /** The version compared with (the one before), when there is one. */
  comparedWith?: { name: string; version: number };
  orders: DryRunOrder[];
}

/** A sample document to try on a partner before it goes live. */
export interface SampleDryRunRequest {
  /**
   * The document as the partner would send it: an X12 interchange, an EDIFACT interchange, a UBL Order
   * (XML), or a web shop's order JSON, by the partner's channel.
   */
  document: string;
  /** The mapping version to try; the partner's own when absent. */
  mapping?: { name: string; version: number };
}

/** What the partner's sender gets back, as it would be sent (control numbers are allocated only when really sent). */
export interface SampleAcknowledgement {
  /** @example "997" */
  kind: '997' | 'CONTRL' | 'OrderResponse' | 'HTTP';
  /** A 997's AK9, a CONTRL's UCI action, the HTTP status: accepted, rejected... @example "accepted" */
  verdict: 'accepted' | 'accepted with errors' | 'rejected' | 'none asked for';
  /** The acknowledgement written out, when the channel answers with a document on receipt. */
  text?: string;
  /** What the sender is told, in words. */
  summary: string;
}

/** A sample document's dry run: nothing was kept, placed or sent. */
export interface SampleDryRunResult {
  partnerId: string;
  channel: string;
  mapping: { name: string; version: number };
  /** Whether the document would be taken in, or refused as a whole (unreadable, another sender, an envelope error). */
  outcome: 'taken-in' | 'refused';
  /** Who the document says sent it, and who the partner is (the ids it is recognised by). */
  sender: { found?: string; expected: string; matches: boolean };
  /** Problems with the document as a whole; the orders' own problems are on each order. */
  problems: FieldError[];
  acknowledgement?: SampleAcknowledgement;
  orders: DryRunOrder[];
}
