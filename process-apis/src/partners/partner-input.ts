import { z } from 'zod';
import type { PartnerInput } from '@crossdock/shared-contracts/contracts/api/process-partners';
import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { FieldError } from '@crossdock/shared-contracts/contracts/errors/problem';
import { compareDecimals } from '@crossdock/shared-contracts/contracts/money/decimal';

const text = z.string().trim().min(1).max(200);
const code = z.string().trim().min(1).max(64);

/** An X12 partner's interchange ids; also what `TradingPartner.x12` holds (partner-columns.ts). */
export const x12IdentifiersSchema = z.object({
  senderQualifier: z.string().trim().length(2),
  senderId: z.string().trim().min(1).max(15),
  receiverQualifier: z.string().trim().length(2),
  receiverId: z.string().trim().min(1).max(15),
  applicationSenderCode: z.string().trim().min(2).max(15).optional(),
  applicationReceiverCode: z.string().trim().min(2).max(15).optional(),
  testMode: z.boolean().optional(),
});

/** An EDIFACT partner's UNB ids; also what `TradingPartner.edifact` holds. */
export const edifactIdentifiersSchema = z.object({
  senderId: z.string().trim().min(1).max(35),
  senderQualifier: z.string().trim().min(1).max(4).optional(),
  recipientId: z.string().trim().min(1).max(35),
  recipientQualifier: z.string().trim().min(1).max(4).optional(),
  testMode: z.boolean().optional(),
});

/** A UBL partner's Peppol address: the EndpointID's schemeID (an ISO 6523 ICD code) and value. */
const peppolEndpointSchema = z.object({
  schemeId: z
    .string()
    .trim()
    .regex(/^\d{4}$/, 'An ISO 6523 ICD code such as 0088'),
  id: text,
});

export const unitOfMeasureMappingSchema = z.object({ partnerUom: code, uom: code });

/** Where a pulled channel is polled; also what `TradingPartner.connection` holds, secrets included. */
export const partnerConnectionSchema = z.object({
  baseUrl: z.url({ protocol: /^https?$/ }),
  accessToken: z.string().min(1).max(4096).optional(),
  marketplaceIds: z.array(code).max(20).optional(),
  startFrom: z.iso.datetime({ offset: true }).optional(),
  pageSize: z.number().int().min(1).max(100).optional(),
  lwaClientId: z.string().min(1).max(512).optional(),
  lwaClientSecret: z.string().min(1).max(4096).optional(),
  lwaRefreshToken: z.string().min(1).max(4096).optional(),
  lwaTokenUrl: z.url({ protocol: /^https?$/ }).optional(),
  ordersApi: z.enum(['v0', '2026-01-01']).optional(),
  buyerData: z.boolean().optional(),
  webhookHeaders: z
    .record(
      z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'A header name (letters, digits and -)'),
      z.string().min(1).max(1024),
    )
    .refine((headers) => Object.keys(headers).length <= 10, 'At most 10 headers')
    .optional(),
});

const fingerprint = z
  .string()
  .trim()
  .regex(/^(SHA256:[A-Za-z0-9+/=]{43,44}|([0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2})$/, 'A SHA-256 fingerprint');

/** How the partner's documents travel; also what `TradingPartner.transport` holds, secrets included. */
export const partnerTransportSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('as2'),
    as2From: text,
    as2To: text,
    url: z.url({ protocol: /^https?$/ }).optional(),
    mdn: z.enum(['sync', 'async', 'none']).optional(),
    certificateFingerprint: fingerprint.optional(),
  }),
  z.object({
    kind: z.literal('sftp'),
    host: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9.-]{1,253}$|^\[[0-9A-Fa-f:.]+\]$/, 'A host name or address'),
    port: z.number().int().min(1).max(65535).optional(),
    username: text,
    inboundPath: text.optional(),
    outboundPath: text.optional(),
    password: z.string().min(1).max(1024).optional(),
    privateKey: z.string().min(1).max(16_384).optional(),
    hostKeyFingerprint: fingerprint.optional(),
  }),
  z.object({ kind: z.literal('van'), provider: text, mailbox: text }),
  z.object({ kind: z.literal('api'), contact: text.optional() }),
  z.object({ kind: z.literal('webhook'), topics: z.array(code).max(20).optional() }),
]);

const partnerInputSchema = z.object({
  name: text,
  channel: z.enum([
    'x12',
    'edifact',
    'shopify',
    'woocommerce',
    'bigcommerce',
    'magento',
    'amazon',
    'amazon-vendor',
    'csv',
    'ubl',
  ]),
  customerId: code,
  active: z.boolean().optional(),
  identifiers: z.object({
    x12: x12IdentifiersSchema.optional(),
    edifact: edifactIdentifiersSchema.optional(),
    shopDomain: text.optional(),
    sellerId: code.optional(),
    peppolEndpoint: peppolEndpointSchema.optional(),
  }),
  mapping: z.object({ name: code, version: z.number().int().min(1) }),
  itemCrossReferences: z
    .array(z.object({ partnerProductId: text, qualifier: code.optional(), sku: code, uom: code.optional() }))
    .max(100_000)
    .optional(),
  unitOfMeasureMappings: z.array(unitOfMeasureMappingSchema).max(500).optional(),
  priceTolerancePercent: z
    .string()
    .regex(/^\d{1,3}(\.\d{1,4})?$/, 'Expected a percentage such as "2.5"')
    .refine((value) => compareDecimals(value, '100') <= 0, 'At most 100')
    .optional(),
  allowBackorders: z.boolean().optional(),
  reusesPurchaseOrderNumbers: z.boolean().optional(),
  webhookSecrets: z
    .array(z.string().min(8, 'A webhook secret needs at least 8 characters').max(512))
    .max(2, 'At most two secrets (the current one and the one being replaced)')
    .optional(),
  connection: partnerConnectionSchema.optional(),
  transport: partnerTransportSchema.optional(),
});

/** Which identifier each channel's documents are recognised by, and what a pulled channel needs to be polled. */
function channelRequirements(input: PartnerInput): FieldError[] {
  const problems: FieldError[] = [];
  const need = (present: unknown, field: string, message: string) => !present && problems.push({ field, message });
  switch (input.channel) {
    case 'x12':
      need(input.identifiers.x12, 'identifiers.x12', 'An X12 partner is recognised by its interchange sender id');
      break;
    case 'edifact':
      need(input.identifiers.edifact, 'identifiers.edifact', 'An EDIFACT partner is recognised by its UNB sender id');
      break;
    case 'shopify':
    case 'woocommerce':
      need(input.identifiers.shopDomain, 'identifiers.shopDomain', 'A web shop is recognised by its domain');
      break;
    case 'bigcommerce':
      need(
        input.identifiers.shopDomain,
        'identifiers.shopDomain',
        'A BigCommerce store is recognised by its permanent domain, store-{store_hash}.mybigcommerce.com',
      );
      need(
        input.connection,
        'connection',
        "A BigCommerce order is fetched from the store's API: its base URL and API account token (X-Auth-Token)",
      );
      break;
    case 'ubl':
      need(
        input.identifiers.peppolEndpoint,
        'identifiers.peppolEndpoint',
        "A UBL partner is recognised by its buyer's EndpointID",
      );
      break;
    case 'amazon':
      need(input.identifiers.sellerId, 'identifiers.sellerId', 'An Amazon seller is recognised by its seller id');
      if (input.connection)
        need(
          input.connection.marketplaceIds?.length,
          'connection.marketplaceIds',
          'Amazon orders are asked for per marketplace',
        );
      break;
    case 'amazon-vendor':
      need(
        input.identifiers.sellerId,
        'identifiers.sellerId',
        "An Amazon vendor is recognised by its vendor code (its purchase orders' sellingParty partyId)",
      );
      break;
  }
  return problems;
}

/** A partner's full rules beyond its shape (which tsoa checks): a 400 naming every field at fault. */
export function parsePartnerInput(input: PartnerInput): PartnerInput {
  const result = partnerInputSchema.safeParse(input);
  const problems: FieldError[] = result.success
    ? channelRequirements(result.data)
    : result.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
  if (problems.length > 0) throw new ValidationError('The partner is not valid.', problems);
  return result.data!;
}
