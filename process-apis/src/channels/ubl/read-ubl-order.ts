import { UnreadableDocumentError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { FieldError } from '@crossdock/shared-contracts/contracts/errors/problem';
import { UBL_NAMESPACE } from './ubl-names';
import {
  readTradingParty,
  readUblDelivery,
  readUblParty,
  requestedDateOf,
  type UblParty,
  type UblSchemeId,
} from './read-ubl-party';
import { childNamed, childrenNamed, readXmlTree, type XmlElement } from './xml-tree';

const { cac, cbc } = UBL_NAMESPACE;

export interface UblOrderLine {
  /** LineItem/ID, as written. */
  id: string;
  /** Quantity as written, a decimal string. */
  quantity: string;
  /** Quantity@unitCode: a UN/ECE Recommendation 20 (or 21, X-prefixed) code. */
  unitCode: string;
  /** Price/PriceAmount as written, for `baseQuantity` units. */
  priceAmount?: string;
  /** Price/BaseQuantity as written, when the price is for more than one unit. */
  baseQuantity?: string;
  name?: string;
  sellersItemId?: string;
  buyersItemId?: string;
  standardItemId?: UblSchemeId;
  /** LineItem/Delivery/RequestedDeliveryPeriod/StartDate (or EndDate). */
  requestedDeliveryDate?: string;
}

/** A UBL 2.1 Order as Peppol BIS Order 3 sends it: what Crossdock takes and answers. */
export interface UblOrder {
  customizationId?: string;
  profileId?: string;
  /** cbc:ID, the buyer's order number. */
  id: string;
  /** YYYY-MM-DD */
  issueDate: string;
  currency: string;
  buyer: UblParty;
  seller: UblParty;
  delivery?: ReturnType<typeof readUblDelivery>;
  accountingCustomer?: UblParty;
  lines: UblOrderLine[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^\d+(\.\d+)?$/;
const CODE = /^[A-Za-z0-9]{1,3}$/;

/**
 * Reads a UBL 2.1 Order (as Peppol BIS Order 3 sends it) from its bytes. Elements are matched by
 * namespace URI, so a default namespace and any prefixes read alike. Every missing mandatory element
 * is named in one answer, by its path in the document, so a sender can fix them all at once.
 *
 * @throws UnreadableDocumentError (400): no well-formed XML, no UBL Order, or mandatory elements
 *   missing or malformed (the `errors` name each).
 */
export function readUblOrder(bytes: Uint8Array): UblOrder {
  return ublOrderOf(readXmlTree(bytes));
}

export function ublOrderOf(root: XmlElement): UblOrder {
  if (root.uri !== UBL_NAMESPACE.order || root.local !== 'Order') {
    const found = root.uri ? `{${root.uri}}${root.local}` : `${root.local} (in no namespace)`;
    throw new UnreadableDocumentError(
      `The document is no UBL 2.1 Order: its root element is ${found}, not Order in ${UBL_NAMESPACE.order}.`,
      [{ field: '/', message: `root element ${found}` }],
    );
  }
  const errors: FieldError[] = [];
  const read = reading(errors);
  // Read in the document's order, so the errors name the fields in it.
  const id = read.text(root, 'ID', 'Order/cbc:ID') ?? '';
  const issueDate = read.text(root, 'IssueDate', 'Order/cbc:IssueDate', DATE) ?? '';
  const currency = read.text(root, 'DocumentCurrencyCode', 'Order/cbc:DocumentCurrencyCode', /^[A-Z]{3}$/) ?? '';
  const buyer = readTradingParty(childNamed(root, cac, 'BuyerCustomerParty'), 'Order/cac:BuyerCustomerParty', errors);
  const seller = readTradingParty(
    childNamed(root, cac, 'SellerSupplierParty'),
    'Order/cac:SellerSupplierParty',
    errors,
  );
  const orderLines = childrenNamed(root, cac, 'OrderLine');
  if (orderLines.length === 0)
    errors.push({ field: 'Order/cac:OrderLine', message: 'An order needs at least one line' });
  const order: UblOrder = {
    customizationId: read.optional(root, 'CustomizationID'),
    profileId: read.optional(root, 'ProfileID'),
    id,
    issueDate,
    currency,
    buyer,
    seller,
    lines: orderLines.map((line, index) =>
      readLine(line, `Order/cac:OrderLine[${index + 1}]/cac:LineItem`, currency, read),
    ),
  };
  const delivery = childNamed(root, cac, 'Delivery');
  if (delivery) order.delivery = readUblDelivery(delivery);
  const accounting = childNamed(childNamed(root, cac, 'AccountingCustomerParty'), cac, 'Party');
  if (accounting) order.accountingCustomer = readUblParty(accounting);
  if (errors.length > 0) {
    throw new UnreadableDocumentError(
      `The UBL Order${order.id ? ` ${order.id}` : ''} lacks mandatory elements or has malformed ones: ${errors.map((error) => error.field).join(', ')}.`,
      errors,
    );
  }
  return order;
}

function readLine(orderLine: XmlElement, path: string, currency: string, read: Reading): UblOrderLine {
  const item = childNamed(orderLine, cac, 'LineItem');
  if (!item) {
    read.missing(path);
    return { id: '', quantity: '', unitCode: '' };
  }
  const quantity = childNamed(item, cbc, 'Quantity');
  const line: UblOrderLine = {
    id: read.text(item, 'ID', `${path}/cbc:ID`) ?? '',
    quantity: read.text(item, 'Quantity', `${path}/cbc:Quantity`, DECIMAL) ?? '',
    unitCode: read.attribute(quantity, 'unitCode', `${path}/cbc:Quantity/@unitCode`, CODE) ?? '',
  };
  if (line.quantity && Number(line.quantity) === 0) read.invalid(`${path}/cbc:Quantity`, 'A line orders more than 0');
  const price = childNamed(item, cac, 'Price');
  if (price) {
    line.priceAmount = read.text(price, 'PriceAmount', `${path}/cac:Price/cbc:PriceAmount`, DECIMAL);
    const priceCurrency = childNamed(price, cbc, 'PriceAmount')?.attributes.currencyID;
    if (priceCurrency !== undefined && currency && priceCurrency !== currency)
      read.invalid(
        `${path}/cac:Price/cbc:PriceAmount/@currencyID`,
        `${priceCurrency} is not the document currency ${currency}`,
      );
    const base = read.optional(price, 'BaseQuantity');
    if (base !== undefined) {
      if (DECIMAL.test(base) && Number(base) > 0) line.baseQuantity = base;
      else read.invalid(`${path}/cac:Price/cbc:BaseQuantity`, `"${base}" is no quantity above 0`);
    }
  }
  const product = childNamed(item, cac, 'Item');
  if (!product) read.missing(`${path}/cac:Item`);
  // Peppol requires the item's name; its identifications are optional (the mapping needs one it trusts).
  const name = product ? read.text(product, 'Name', `${path}/cac:Item/cbc:Name`) : undefined;
  if (name) line.name = name;
  const sellers = read.optional(childNamed(product, cac, 'SellersItemIdentification'), 'ID');
  if (sellers) line.sellersItemId = sellers;
  const buyers = read.optional(childNamed(product, cac, 'BuyersItemIdentification'), 'ID');
  if (buyers) line.buyersItemId = buyers;
  const standard = childNamed(childNamed(product, cac, 'StandardItemIdentification'), cbc, 'ID');
  if (standard?.text.trim()) {
    const schemeId = read.attribute(
      standard,
      'schemeID',
      `${path}/cac:Item/cac:StandardItemIdentification/cbc:ID/@schemeID`,
    );
    line.standardItemId = { schemeId: schemeId ?? '', id: standard.text.trim() };
  }
  const requested = requestedDateOf(childNamed(childNamed(item, cac, 'Delivery'), cac, 'RequestedDeliveryPeriod'));
  if (requested) line.requestedDeliveryDate = requested;
  return line;
}

type Reading = ReturnType<typeof reading>;

/** Reads cbc values, noting each mandatory one that is missing or malformed. */
function reading(errors: FieldError[]) {
  const invalid = (field: string, message: string) => errors.push({ field, message });
  // A mandatory value: missing or not of its form is an error naming the field (and read as undefined).
  const mandatory = (value: string | undefined, field: string, shape?: RegExp): string | undefined => {
    if (!value) return void invalid(field, 'mandatory, missing');
    if (shape && !shape.test(value))
      return void invalid(field, `"${value.slice(0, 40)}" is not of the form ${shape.source}`);
    return value;
  };
  return {
    missing: (field: string) => invalid(field, 'mandatory, missing'),
    invalid,
    optional(parent: XmlElement | undefined, local: string): string | undefined {
      const value = childNamed(parent, cbc, local)?.text.trim();
      return value || undefined;
    },
    text: (parent: XmlElement, local: string, field: string, shape?: RegExp): string | undefined =>
      mandatory(childNamed(parent, cbc, local)?.text.trim(), field, shape),
    attribute(element: XmlElement | undefined, name: string, field: string, shape?: RegExp): string | undefined {
      if (!element) return undefined;
      return mandatory(element.attributes[name]?.trim(), field, shape);
    },
  };
}
