import type { Address } from '@crossdock/shared-contracts/contracts/model/address';
import type {
  ChannelOrderDraft,
  ChannelOrderLineDraft,
  DraftParty,
  QualifiedId,
} from '../../inbound-documents/channel-order-draft';
import { decimalFrom, unitPriceFrom } from '../channel-values';
import type { UblOrder, UblOrderLine } from './read-ubl-order';
import type { UblAddress, UblParty, UblSchemeId } from './read-ubl-party';
import { GTIN_SCHEME } from './ubl-names';

/**
 * UN/ECE Recommendation 20 codes (and Recommendation 21 package codes, X-prefixed, as Peppol allows)
 * for the units Crossdock's items are counted in. Any other code is kept as sent, for the partner's
 * unit-of-measure mappings to translate.
 */
const UNIT_OF_REC20: Readonly<Record<string, string>> = {
  C62: 'EA', // one
  H87: 'EA', // piece
  EA: 'EA', // each
  XCS: 'CS', // case
  XCT: 'CS', // carton
  XBX: 'BX', // box
  XPX: 'PL', // pallet
  XPK: 'PK', // package
  KGM: 'KG', // kilogram
  FOT: 'FT', // foot
  DZN: 'DZ', // dozen
};

/**
 * A unit Crossdock counts in as a Recommendation 20 code for the buyer: the code its order used when
 * that is the same unit, else the first code for it above, else the unit as it is.
 */
export function unitCodeOf(uom: string, sentCode?: string): string {
  if (sentCode && unitOfMeasureOf(sentCode) === uom) return sentCode;
  return Object.entries(UNIT_OF_REC20).find(([, unit]) => unit === uom)?.[0] ?? uom;
}

/** The qualifiers a line's product ids are offered to the partner's mapping with. */
export const UBL_ITEM_QUALIFIERS = {
  sellers: 'SellersItemIdentification',
  buyers: 'BuyersItemIdentification',
  /** StandardItemIdentification with schemeID 0160; another scheme is qualified by its own schemeID. */
  gtin: 'GTIN',
} as const;

/** A Recommendation 20 unit code as Crossdock counts it (C62 → EA), or the code as sent. */
export function unitOfMeasureOf(unitCode: string): string {
  return UNIT_OF_REC20[unitCode.toUpperCase()] ?? unitCode;
}

/**
 * The draft of a UBL Order for the partner's mapping: the order number (cbc:ID) is the source order
 * id and the PO number; the parties carry their EndpointID and PartyIdentification ids qualified by
 * their schemeID (so a mapping can take the customer from, say, the buyer's 0088 GLN); each line
 * offers its sellers', buyers' and standard (GTIN) item ids, its unit in Crossdock's terms, and the
 * price of one unit (PriceAmount over BaseQuantity).
 */
export function ublOrderDraft(order: UblOrder): ChannelOrderDraft {
  const draft: ChannelOrderDraft = {
    channel: 'ubl',
    sourceOrderId: order.id,
    purchaseOrderNumber: order.id,
    currency: order.currency,
    orderedOn: order.issueDate,
    buyer: partyDraft(order.buyer),
    lines: order.lines.map(lineDraft),
  };
  const requested =
    order.delivery?.requestedDeliveryDate ?? earliest(order.lines.map((line) => line.requestedDeliveryDate));
  if (requested) draft.requestedDeliveryDate = requested;
  const shipTo = shipToDraft(order);
  if (shipTo) draft.shipTo = shipTo;
  if (order.accountingCustomer) draft.billTo = partyDraft(order.accountingCustomer);
  return draft;
}

function lineDraft(line: UblOrderLine): ChannelOrderLineDraft {
  const productIds: QualifiedId[] = [];
  if (line.sellersItemId) productIds.push({ qualifier: UBL_ITEM_QUALIFIERS.sellers, id: line.sellersItemId });
  if (line.buyersItemId) productIds.push({ qualifier: UBL_ITEM_QUALIFIERS.buyers, id: line.buyersItemId });
  if (line.standardItemId) {
    const { schemeId, id } = line.standardItemId;
    productIds.push({ qualifier: schemeId === GTIN_SCHEME ? UBL_ITEM_QUALIFIERS.gtin : schemeId, id });
  }
  const draft: ChannelOrderLineDraft = {
    sourceLineId: line.id,
    productIds,
    quantity: decimalFrom(line.quantity),
    uom: unitOfMeasureOf(line.unitCode),
  };
  if (line.priceAmount !== undefined)
    draft.unitPrice = line.baseQuantity
      ? unitPriceFrom(line.priceAmount, line.baseQuantity)
      : decimalFrom(line.priceAmount);
  if (line.name) draft.description = line.name;
  return draft;
}

/** cac:Delivery's location (named after its location, its delivery party or the buyer), with the ids of both. */
function shipToDraft(order: UblOrder): DraftParty | undefined {
  const delivery = order.delivery;
  if (!delivery?.location && !delivery?.party) return undefined;
  const party = delivery.party;
  const location = delivery.location;
  const address = addressDraft({
    ...(party?.address ?? {}),
    ...stripUndefined(location ?? {}),
    name: location?.name ?? party?.name ?? order.buyer.name,
  });
  if (party?.email) address.contactEmail = party.email;
  if (party?.phone) address.contactPhone = party.phone;
  return { ids: [...(location?.id ? [qualified(location.id)] : []), ...(party ? idsOf(party) : [])], address };
}

function partyDraft(party: UblParty): DraftParty {
  const address = addressDraft({ ...(party.address ?? {}), name: party.name });
  if (party.email) address.contactEmail = party.email;
  if (party.phone) address.contactPhone = party.phone;
  return { ids: idsOf(party), address };
}

function idsOf(party: UblParty): QualifiedId[] {
  return [...(party.endpoint ? [qualified(party.endpoint)] : []), ...party.ids.map(qualified)];
}

const qualified = ({ schemeId, id }: UblSchemeId): QualifiedId => ({ qualifier: schemeId, id });

function addressDraft(address: UblAddress): Partial<Address> {
  const [line1, ...rest] = address.lines ?? [];
  return stripUndefined({
    name: address.name,
    line1,
    line2: rest.length ? rest.join(', ') : undefined,
    city: address.city,
    region: address.region,
    postalCode: address.postalCode,
    country: address.country,
  });
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, part]) => part !== undefined)) as T;
}

function earliest(dates: (string | undefined)[]): string | undefined {
  return dates.filter((date): date is string => Boolean(date)).sort()[0];
}
