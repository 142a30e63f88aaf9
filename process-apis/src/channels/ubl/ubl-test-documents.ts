/**
 * UBL 2.1 Orders for tests, written here from the Peppol BIS Order 3 description (the order
 * transaction urn:fdc:peppol.eu:poacc:trns:order:3): the header, the buyer and seller with their
 * EndpointIDs, a delivery, and the lines. Prefixes are a parameter, since a sender may use any.
 * Not a test file.
 */
import { UBL_NAMESPACE } from './ubl-names';

export interface TestOrderLine {
  id: string;
  quantity: string;
  unitCode?: string;
  price?: string;
  baseQuantity?: string;
  sellersItemId?: string;
  gtin?: string;
  name?: string;
}

export interface TestOrder {
  id: string;
  issueDate?: string;
  currency?: string;
  /** null: a buyer party without EndpointID. */
  buyerEndpoint?: { schemeId: string; id: string } | null;
  sellerEndpoint?: { schemeId: string; id: string };
  /** Prefixes for the Order, cac and cbc namespaces; '' for Order puts it in the default namespace. */
  prefixes?: { order: string; cac: string; cbc: string };
  lines: TestOrderLine[];
  /** Replaces the delivery block; false leaves it out. */
  delivery?: string | false;
}

export const DEFAULT_BUYER = { schemeId: '0088', id: '7300010000001' };
export const DEFAULT_SELLER = { schemeId: '0088', id: '7302347231110' };

/** A Peppol BIS Order 3 document (UTF-8 text). */
export function ublOrderXml(order: TestOrder): string {
  const { order: o, cac, cbc } = order.prefixes ?? { order: '', cac: 'cac', cbc: 'cbc' };
  const tag = (prefix: string, name: string) => (prefix ? `${prefix}:${name}` : name);
  const b = (name: string, text: string, attributes = '') => `<${cbc}:${name}${attributes}>${text}</${cbc}:${name}>`;
  const a = (name: string, ...children: string[]) => `<${cac}:${name}>${children.join('')}</${cac}:${name}>`;
  const party = (endpoint: { schemeId: string; id: string } | undefined, name: string, extra = '') =>
    a(
      'Party',
      endpoint ? b('EndpointID', endpoint.id, ` schemeID="${endpoint.schemeId}"`) : '',
      a('PartyIdentification', b('ID', endpoint?.id ?? '7300010000009', ' schemeID="0088"')),
      a('PartyName', b('Name', name)),
      extra,
    );
  const currency = order.currency ?? 'SEK';
  const lines = order.lines.map((line) =>
    a(
      'OrderLine',
      a(
        'LineItem',
        b('ID', line.id),
        b(
          'Quantity',
          line.quantity,
          line.unitCode === undefined ? ' unitCode="C62"' : line.unitCode ? ` unitCode="${line.unitCode}"` : '',
        ),
        line.price !== undefined
          ? a(
              'Price',
              b('PriceAmount', line.price, ` currencyID="${currency}"`),
              line.baseQuantity ? b('BaseQuantity', line.baseQuantity, ' unitCode="C62"') : '',
            )
          : '',
        a(
          'Item',
          line.name === '' ? '' : b('Name', line.name ?? `Item ${line.id}`),
          line.sellersItemId ? a('SellersItemIdentification', b('ID', line.sellersItemId)) : '',
          line.gtin ? a('StandardItemIdentification', b('ID', line.gtin, ' schemeID="0160"')) : '',
        ),
      ),
    ),
  );
  const delivery =
    order.delivery === false
      ? ''
      : (order.delivery ??
        a(
          'Delivery',
          a(
            'DeliveryLocation',
            b('ID', '7300010000018', ' schemeID="0088"'),
            a(
              'Address',
              b('StreetName', 'Kungsgatan 12'),
              b('AdditionalStreetName', 'Goods reception'),
              b('CityName', 'Stockholm'),
              b('PostalZone', '11143'),
              a('Country', b('IdentificationCode', 'SE')),
            ),
          ),
          a('RequestedDeliveryPeriod', b('StartDate', '2026-12-14'), b('EndDate', '2026-12-16')),
          a('DeliveryParty', a('PartyName', b('Name', 'Nordic Tools Store 4'))),
        ));
  const namespaces = [
    o ? `xmlns:${o}="${UBL_NAMESPACE.order}"` : `xmlns="${UBL_NAMESPACE.order}"`,
    `xmlns:${cac}="${UBL_NAMESPACE.cac}"`,
    `xmlns:${cbc}="${UBL_NAMESPACE.cbc}"`,
  ].join(' ');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<${tag(o, 'Order')} ${namespaces}>`,
    b('CustomizationID', 'urn:fdc:peppol.eu:poacc:trns:order:3'),
    b('ProfileID', 'urn:fdc:peppol.eu:poacc:bis:ordering:3'),
    order.id ? b('ID', order.id) : '',
    order.issueDate === '' ? '' : b('IssueDate', order.issueDate ?? '2026-12-07'),
    b('OrderTypeCode', '220'),
    b('DocumentCurrencyCode', currency),
    a(
      'BuyerCustomerParty',
      party(order.buyerEndpoint === null ? undefined : (order.buyerEndpoint ?? DEFAULT_BUYER), 'Nordic Tools AB'),
    ),
    a('SellerSupplierParty', party(order.sellerEndpoint ?? DEFAULT_SELLER, 'Crossdock Distribution AB')),
    delivery,
    ...lines,
    `</${tag(o, 'Order')}>`,
  ].join('\n');
}
