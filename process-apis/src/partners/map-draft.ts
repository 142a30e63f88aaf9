import { z } from 'zod';
import type { MappingRules } from '@crossdock/shared-contracts/contracts/api/process-mappings';
import type { FieldError } from '@crossdock/shared-contracts/contracts/errors/problem';
import { addressSchema, type Address } from '@crossdock/shared-contracts/contracts/model/address';
import { normaliseCountryCode } from '@crossdock/shared-contracts/contracts/model/country-codes';
import {
  dateTimeWindowSchema,
  salesOrderInputSchema,
  type ChannelSalesOrder,
  type SalesOrderLineInput,
} from '@crossdock/shared-contracts/contracts/model/order-input';
import type { ChannelOrderDraft, ChannelOrderLineDraft, DraftParty } from '../inbound-documents/channel-order-draft';

/** What of a partner the mapping reads: its account, its cross-references and its unit mappings. */
export interface PartnerMappingData {
  customerId: string;
  itemReferences: ReadonlyArray<{ qualifier: string; partnerProductId: string; sku: string; uom: string | null }>;
  unitOfMeasureMappings: ReadonlyArray<{ partnerUom: string; uom: string }>;
}

// The ship-to's parts are checked by the pipeline (ADDRESS_INCOMPLETE), not here.
const channelSalesOrderSchema = salesOrderInputSchema.extend({
  shipTo: z.custom<Partial<Address>>((value) => typeof value === 'object' && value !== null).optional(),
  shipWindow: dateTimeWindowSchema.optional(),
  deliveryWindow: dateTimeWindowSchema.optional(),
});

export type MappingResult =
  | { order: ChannelSalesOrder; problems?: undefined }
  | { order?: undefined; problems: FieldError[] };

/**
 * Turns a channel draft into a canonical order with a mapping version's rules and a partner's data.
 * Unknown products and customers are not problems here: the order is placed with the ids the
 * document has and the pipeline holds it (UNKNOWN_ITEM, UNKNOWN_CUSTOMER), where someone can fix
 * and release it. A problem is what no canonical order can carry (no lines, no street to ship to).
 */
export function mapDraft(draft: ChannelOrderDraft, partner: PartnerMappingData, rules: MappingRules): MappingResult {
  const problems: FieldError[] = [];
  const lines = draft.lines.map((line, index) => mapLine(line, index, partner, rules, problems));
  const order: ChannelSalesOrder = {
    channel: draft.channel,
    sourceOrderId: draft.sourceOrderId,
    customerId: customerOf(draft, partner, rules),
    purchaseOrderNumber: draft.purchaseOrderNumber,
    currency: draft.currency ?? rules.defaults?.currency,
    requestedDeliveryDate: draft.requestedDeliveryDate,
    shipWindow: draft.shipWindow,
    deliveryWindow: draft.deliveryWindow,
    shipTo: draft.shipTo ? addressOf(draft.shipTo, rules) : undefined,
    billTo: completeAddress(draft.billTo, rules),
    lines,
  };
  const checked = channelSalesOrderSchema.safeParse(withoutUndefined(order));
  if (!checked.success) {
    const reported = new Set(problems.map((problem) => problem.field));
    for (const issue of checked.error.issues) {
      const field = issue.path.join('.') || '(order)';
      if (!reported.has(field)) problems.push({ field, message: issue.message });
    }
  }
  return problems.length > 0 ? { problems } : { order: checked.data! };
}

function mapLine(
  line: ChannelOrderLineDraft,
  index: number,
  partner: PartnerMappingData,
  rules: MappingRules,
  problems: FieldError[],
): SalesOrderLineInput {
  const resolved = resolveProduct(line, partner, rules);
  const quantity = Number(line.quantity);
  if (!(quantity > 0))
    problems.push({
      field: `lines.${index}.quantity`,
      message: `The quantity "${line.quantity}" is not more than zero.`,
    });
  if (!resolved) problems.push({ field: `lines.${index}.sku`, message: 'The line has no product id at all.' });
  const partnerUom = line.uom ?? resolved?.uom;
  const sourceNumber = Number(line.sourceLineId);
  return {
    lineNumber:
      rules.lineNumbers === 'source' && Number.isSafeInteger(sourceNumber) && sourceNumber >= 1
        ? sourceNumber
        : index + 1,
    sku: resolved?.sku ?? '',
    quantity,
    uom: partnerUom ? unitOf(partnerUom, partner, rules) : rules.units?.default,
    unitPrice: rules.prices === 'keep' ? line.unitPrice : undefined,
    customerPartNumber: customerPartNumberOf(line, rules) ?? resolved?.partnerProductId,
    shipsNothing: line.shipsNothing,
  };
}

interface ResolvedProduct {
  sku: string;
  uom?: string;
  /** The partner's id that a cross-reference matched. */
  partnerProductId?: string;
}

/** The first rule that yields a SKU wins; without one, the line's first product id stands (and is held UNKNOWN_ITEM). */
function resolveProduct(
  line: ChannelOrderLineDraft,
  partner: PartnerMappingData,
  rules: MappingRules,
): ResolvedProduct | undefined {
  for (const rule of rules.productIds) {
    for (const id of line.productIds.filter((candidate) => candidate.qualifier === rule.qualifier)) {
      if (rule.lookup === 'as-sku') return { sku: id.id };
      const reference =
        partner.itemReferences.find((entry) => entry.qualifier === id.qualifier && entry.partnerProductId === id.id) ??
        partner.itemReferences.find((entry) => entry.qualifier === '' && entry.partnerProductId === id.id);
      if (reference) return { sku: reference.sku, uom: reference.uom ?? undefined, partnerProductId: id.id };
    }
  }
  const first = line.productIds[0];
  return first ? { sku: first.id } : undefined;
}

/** The version's own unit map first, then the partner's unit mappings, else the code as sent. */
function unitOf(partnerUom: string, partner: PartnerMappingData, rules: MappingRules): string {
  return (
    rules.units?.map?.[partnerUom] ??
    partner.unitOfMeasureMappings.find((entry) => entry.partnerUom === partnerUom)?.uom ??
    partnerUom
  );
}

function customerPartNumberOf(line: ChannelOrderLineDraft, rules: MappingRules): string | undefined {
  if (!rules.customerPartNumberQualifier) return undefined;
  return line.productIds.find((id) => id.qualifier === rules.customerPartNumberQualifier)?.id;
}

function customerOf(draft: ChannelOrderDraft, partner: PartnerMappingData, rules: MappingRules): string {
  if (rules.customer.from === 'partner' || !rules.customer.party) return partner.customerId;
  const party: DraftParty | undefined = draft[rules.customer.party];
  return party?.ids.find((id) => id.qualifier === rules.customer.qualifier)?.id ?? partner.customerId;
}

const emailSchema = z.email();

/**
 * The party's address as far as the document gives it, with the version's defaults; optional parts
 * that are not valid are left out, blank parts count as missing, an alpha-3 country is made alpha-2.
 */
function addressOf(party: DraftParty | undefined, rules: MappingRules): Partial<Address> {
  const address = withoutBlank(party?.address ?? {});
  return withoutUndefined({
    ...address,
    name: address.name ?? address.contactName ?? rules.defaults?.shipToName,
    country: normaliseCountryCode(address.country) ?? rules.defaults?.country,
    region: address.region?.toUpperCase(),
    contactEmail:
      address.contactEmail && emailSchema.safeParse(address.contactEmail).success ? address.contactEmail : undefined,
  });
}

/** A bill-to is optional: one the document leaves incomplete is left off rather than refusing the order. */
function completeAddress(party: DraftParty | undefined, rules: MappingRules): Address | undefined {
  if (!party) return undefined;
  const parsed = addressSchema.safeParse(addressOf(party, rules));
  return parsed.success ? parsed.data : undefined;
}

function withoutBlank(address: Partial<Address>): Partial<Address> {
  return Object.fromEntries(
    Object.entries(address).filter(([, part]) => typeof part !== 'string' || part.trim() !== ''),
  ) as Partial<Address>;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
