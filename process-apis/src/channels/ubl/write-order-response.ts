import type { UblParty } from './read-ubl-party';
import { PEPPOL, UBL_NAMESPACE } from './ubl-names';
import { element, textElement, writeXmlDocument, type XmlNode } from './xml-writer';

/** UNCL 4343 subset Peppol BIS Order Response 3 uses: accepted, rejected, conditionally accepted, and message acknowledgement (received, decision to follow: a hold). */
export type OrderResponseCode = 'AP' | 'RE' | 'CA' | 'AB';

/** UNCL 1229 line status codes Peppol uses in an order response: 3 changed, 5 accepted, 7 not accepted. */
const LINE_STATUS = { changed: '3', accepted: '5', rejected: '7' } as const;

/** A line of a conditional acceptance: what becomes of the buyer's line. */
export interface OrderResponseLine {
  /** The order's LineItem/ID it answers. */
  lineId: string;
  status: keyof typeof LINE_STATUS;
  /** The quantity the seller will deliver, with its Recommendation 20 unit code (changed lines). */
  quantity?: { value: string; unitCode: string };
  /** The seller's price for one unit, when it differs. */
  priceAmount?: string;
}

export interface OrderResponseInput {
  /** The response's own id (cbc:ID). */
  id: string;
  issuedAt: Date;
  code: OrderResponseCode;
  /** Why (a refusal's reason, what changed): cbc:Note. */
  note?: string;
  /** The order answered: its cbc:ID, and its currency for the prices of changed lines. */
  orderId: string;
  currency?: string;
  /** Our order's id (the ERP's), once there is one: cbc:SalesOrderID. */
  salesOrderId?: string;
  /** We are the seller and the partner the buyer, as the order named us: each with its EndpointID. */
  seller: UblParty;
  buyer: UblParty;
  /** For CA: every line of the order and what becomes of it. */
  lines?: OrderResponseLine[];
}

const { cac, cbc } = { cac: 'cac:', cbc: 'cbc:' };

/**
 * A UBL 2.1 OrderResponse as Peppol BIS Order Response 3 (urn:fdc:peppol.eu:poacc:trns:order_response:3)
 * describes it: AP accepts the order as it is, RE refuses it (the reason in cbc:Note), CA accepts it
 * with the changes its lines say, AB tells it is received and held for a decision (why in cbc:Note). Elements are written in the UBL schema's order.
 */
export function writeOrderResponse(input: OrderResponseInput): string {
  const root: XmlNode = {
    name: 'OrderResponse',
    attributes: {
      xmlns: UBL_NAMESPACE.orderResponse,
      'xmlns:cac': UBL_NAMESPACE.cac,
      'xmlns:cbc': UBL_NAMESPACE.cbc,
    },
    content: [
      textElement(`${cbc}CustomizationID`, PEPPOL.orderResponseCustomization),
      textElement(`${cbc}ProfileID`, PEPPOL.orderingProfile),
      textElement(`${cbc}ID`, input.id),
      textElement(`${cbc}SalesOrderID`, input.salesOrderId),
      textElement(`${cbc}IssueDate`, input.issuedAt.toISOString().slice(0, 10)),
      textElement(`${cbc}IssueTime`, input.issuedAt.toISOString().slice(11, 19)),
      textElement(`${cbc}OrderResponseCode`, input.code),
      textElement(`${cbc}Note`, input.note?.slice(0, 1000)),
      textElement(`${cbc}DocumentCurrencyCode`, input.lines?.length ? input.currency : undefined),
      element(`${cac}OrderReference`, [textElement(`${cbc}ID`, input.orderId)]),
      element(`${cac}SellerSupplierParty`, [party(input.seller)]),
      element(`${cac}BuyerCustomerParty`, [party(input.buyer)]),
      ...(input.code === 'CA' ? (input.lines ?? []).map((line) => orderLine(line, input.currency)) : []),
    ],
  };
  return writeXmlDocument(root);
}

function party(ublParty: UblParty): XmlNode {
  const endpoint = ublParty.endpoint;
  return element(`${cac}Party`, [
    textElement(`${cbc}EndpointID`, endpoint?.id, { schemeID: endpoint?.schemeId }),
    ...ublParty.ids.map((id) =>
      element(`${cac}PartyIdentification`, [textElement(`${cbc}ID`, id.id, { schemeID: id.schemeId || undefined })]),
    ),
    ublParty.name
      ? element(`${cac}PartyLegalEntity`, [textElement(`${cbc}RegistrationName`, ublParty.name)])
      : undefined,
  ]);
}

function orderLine(line: OrderResponseLine, currency: string | undefined): XmlNode {
  return element(`${cac}OrderLine`, [
    element(`${cac}LineItem`, [
      textElement(`${cbc}ID`, line.lineId),
      textElement(`${cbc}LineStatusCode`, LINE_STATUS[line.status]),
      textElement(`${cbc}Quantity`, line.quantity?.value, { unitCode: line.quantity?.unitCode }),
      line.priceAmount !== undefined
        ? element(`${cac}Price`, [textElement(`${cbc}PriceAmount`, line.priceAmount, { currencyID: currency })])
        : undefined,
      // UBL requires the item; the buyer's line reference says which it is.
      element(`${cac}Item`, []),
    ]),
    element(`${cac}OrderLineReference`, [textElement(`${cbc}LineID`, line.lineId)]),
  ]);
}
