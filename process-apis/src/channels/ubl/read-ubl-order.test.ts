import { describe, expect, it } from 'vitest';
import { UnreadableDocumentError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { readUblOrder } from './read-ubl-order';
import { ublOrderDraft } from './ubl-order-draft';
import { UBL_NAMESPACE } from './ubl-names';
import { ublOrderXml, type TestOrder } from './ubl-test-documents';

const bytes = (text: string) => new TextEncoder().encode(text);
const read = (order: TestOrder) => readUblOrder(bytes(ublOrderXml(order)));

/** The error a document is refused with, and the fields it names. */
function refusal(text: string): UnreadableDocumentError {
  try {
    readUblOrder(bytes(text));
  } catch (error) {
    if (error instanceof UnreadableDocumentError) return error;
    throw error;
  }
  throw new Error('the document was read');
}
const fieldsOf = (error: UnreadableDocumentError) => (error.fieldErrors ?? []).map((field) => field.field);

const TWO_LINES: TestOrder['lines'] = [
  { id: '1', quantity: '120', unitCode: 'C62', price: '50', sellersItemId: 'SItemNo011', gtin: '05704066204093' },
  { id: '2', quantity: '3', unitCode: 'XCS', price: '12.50', sellersItemId: 'SItemNo022', name: 'Nails, case of 100' },
];

describe('readUblOrder (Peppol BIS Order 3)', () => {
  it('reads the header, both parties with their EndpointIDs, the delivery and every line', () => {
    const order = read({ id: 'PO-1001', lines: TWO_LINES });
    expect(order).toMatchObject({
      customizationId: 'urn:fdc:peppol.eu:poacc:trns:order:3',
      profileId: 'urn:fdc:peppol.eu:poacc:bis:ordering:3',
      id: 'PO-1001',
      issueDate: '2026-12-07',
      currency: 'SEK',
      buyer: { endpoint: { schemeId: '0088', id: '7300010000001' }, name: 'Nordic Tools AB' },
      seller: { endpoint: { schemeId: '0088', id: '7302347231110' } },
      delivery: {
        location: {
          id: { schemeId: '0088', id: '7300010000018' },
          city: 'Stockholm',
          postalCode: '11143',
          country: 'SE',
        },
        requestedDeliveryDate: '2026-12-14',
      },
    });
    expect(order.lines).toEqual([
      expect.objectContaining({
        id: '1',
        quantity: '120',
        unitCode: 'C62',
        priceAmount: '50',
        sellersItemId: 'SItemNo011',
        standardItemId: { schemeId: '0160', id: '05704066204093' },
      }),
      expect.objectContaining({
        id: '2',
        quantity: '3',
        unitCode: 'XCS',
        priceAmount: '12.50',
        sellersItemId: 'SItemNo022',
      }),
    ]);
  });

  it('reads a default-namespace Order and one with unusual prefixes alike: elements are matched by namespace URI', () => {
    const usual = read({ id: 'PO-NS', lines: TWO_LINES });
    const unusual = read({ id: 'PO-NS', lines: TWO_LINES, prefixes: { order: 'ord', cac: 'agg', cbc: 'basic' } });
    expect(unusual).toEqual(usual);
    // Namespaces declared on the elements themselves, cbc as the default namespace of a child.
    const inline = [
      `<o:Order xmlns:o="${UBL_NAMESPACE.order}">`,
      `<ID xmlns="${UBL_NAMESPACE.cbc}">PO-INLINE</ID>`,
      `<x:IssueDate xmlns:x="${UBL_NAMESPACE.cbc}">2026-12-07</x:IssueDate>`,
      `<x:DocumentCurrencyCode xmlns:x="${UBL_NAMESPACE.cbc}">EUR</x:DocumentCurrencyCode>`,
      ...['BuyerCustomerParty', 'SellerSupplierParty'].map(
        (role) =>
          `<${role} xmlns="${UBL_NAMESPACE.cac}"><Party><EndpointID xmlns="${UBL_NAMESPACE.cbc}" schemeID="0088">${role}-1</EndpointID></Party></${role}>`,
      ),
      `<OrderLine xmlns="${UBL_NAMESPACE.cac}"><LineItem><ID xmlns="${UBL_NAMESPACE.cbc}">1</ID>`,
      `<q:Quantity xmlns:q="${UBL_NAMESPACE.cbc}" unitCode="H87">4</q:Quantity>`,
      `<Item><Name xmlns="${UBL_NAMESPACE.cbc}">Hex bolt</Name><SellersItemIdentification><ID xmlns="${UBL_NAMESPACE.cbc}">HX-1</ID></SellersItemIdentification></Item>`,
      '</LineItem></OrderLine></o:Order>',
    ].join('');
    expect(readUblOrder(bytes(inline))).toMatchObject({
      id: 'PO-INLINE',
      currency: 'EUR',
      buyer: { endpoint: { schemeId: '0088', id: 'BuyerCustomerParty-1' } },
      lines: [{ id: '1', quantity: '4', unitCode: 'H87', sellersItemId: 'HX-1' }],
    });
  });

  it('does not take the cbc prefix at its word: bound to another namespace, its elements are not UBL ones', () => {
    const wrong = ublOrderXml({ id: 'PO-X', lines: TWO_LINES }).replace(
      `xmlns:cbc="${UBL_NAMESPACE.cbc}"`,
      'xmlns:cbc="urn:example:not-ubl"',
    );
    const error = refusal(wrong);
    expect(fieldsOf(error)).toEqual(
      expect.arrayContaining(['Order/cbc:ID', 'Order/cbc:IssueDate', 'Order/cbc:DocumentCurrencyCode']),
    );
  });

  it('refuses a document that is no UBL Order, naming its root element', () => {
    const invoice = `<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID xmlns="${UBL_NAMESPACE.cbc}">1</ID></Invoice>`;
    expect(refusal(invoice).message).toContain('{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}Invoice');
    // The right local name in no namespace is no UBL Order either.
    expect(refusal('<Order><ID>1</ID></Order>').message).toContain('root element is Order (in no namespace)');
  });

  it('names every missing mandatory element by its path in one answer', () => {
    const error = refusal(
      ublOrderXml({
        id: '',
        issueDate: '',
        buyerEndpoint: null,
        lines: [
          { id: '1', quantity: '5', unitCode: '', sellersItemId: 'A' },
          { id: '2', quantity: 'five', sellersItemId: 'B' },
        ],
      }),
    );
    expect(error.status).toBe(400);
    expect(fieldsOf(error)).toEqual([
      'Order/cbc:ID',
      'Order/cbc:IssueDate',
      'Order/cac:BuyerCustomerParty/cac:Party/cbc:EndpointID',
      'Order/cac:OrderLine[1]/cac:LineItem/cbc:Quantity/@unitCode',
      'Order/cac:OrderLine[2]/cac:LineItem/cbc:Quantity',
    ]);
  });

  it('refuses an order without lines, an item without its name, and a price in another currency', () => {
    expect(fieldsOf(refusal(ublOrderXml({ id: 'PO-0', lines: [] })))).toEqual(['Order/cac:OrderLine']);
    expect(fieldsOf(refusal(ublOrderXml({ id: 'PO-0', lines: [{ id: '1', quantity: '1', name: '' }] })))).toEqual([
      'Order/cac:OrderLine[1]/cac:LineItem/cac:Item/cbc:Name',
    ]);
    // Item identifications are optional in Peppol: a line with none is read, for the mapping to judge.
    expect(read({ id: 'PO-0', lines: [{ id: '1', quantity: '1' }] }).lines[0]).toEqual({
      id: '1',
      quantity: '1',
      unitCode: 'C62',
      name: 'Item 1',
    });
    const euro = ublOrderXml({
      id: 'PO-0',
      lines: [{ id: '1', quantity: '1', price: '2', sellersItemId: 'A' }],
    }).replace('currencyID="SEK"', 'currencyID="EUR"');
    expect(refusal(euro).fieldErrors).toEqual([
      {
        field: 'Order/cac:OrderLine[1]/cac:LineItem/cac:Price/cbc:PriceAmount/@currencyID',
        message: 'EUR is not the document currency SEK',
      },
    ]);
  });

  it('refuses XML that is not well-formed, naming where', () => {
    const cut = ublOrderXml({ id: 'PO-1', lines: TWO_LINES }).slice(0, 400);
    expect(refusal(cut).message).toMatch(/^The XML is not well-formed/);
    expect(refusal('<Order><ID>1</Order>').fieldErrors?.[0]?.message).toMatch(/^line 1, column \d+/);
    expect(refusal('').message).toMatch(/no XML element|not well-formed/);
  });

  it('refuses any DOCTYPE, so no entity is declared, expanded or fetched (XXE, billion laughs)', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE Order [<!ENTITY x SYSTEM "file:///etc/passwd">]><Order xmlns="${UBL_NAMESPACE.order}"><ID xmlns="${UBL_NAMESPACE.cbc}">&x;</ID></Order>`;
    expect(refusal(xxe).message).toContain('DOCTYPE is not accepted');
    const laughs = `<!DOCTYPE l [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><Order xmlns="${UBL_NAMESPACE.order}">&b;</Order>`;
    expect(refusal(laughs).message).toContain('DOCTYPE is not accepted');
    // An entity never declared is an error, not an empty string.
    expect(refusal(`<Order xmlns="${UBL_NAMESPACE.order}">&undeclared;</Order>`).message).toMatch(/not well-formed/);
  });

  it('refuses bytes that are no UTF-8 and a declaration of another encoding', () => {
    const latin = readUblOrderBytes(Buffer.from([...Buffer.from('<Order>'), 0xe9, ...Buffer.from('</Order>')]));
    expect(latin.message).toContain('not valid UTF-8');
    const declared = `<?xml version="1.0" encoding="ISO-8859-1"?><Order xmlns="${UBL_NAMESPACE.order}"/>`;
    expect(refusal(declared).message).toContain('declared ISO-8859-1');
  });
});

function readUblOrderBytes(body: Uint8Array): UnreadableDocumentError {
  try {
    readUblOrder(body);
  } catch (error) {
    if (error instanceof UnreadableDocumentError) return error;
    throw error;
  }
  throw new Error('the document was read');
}

describe('ublOrderDraft', () => {
  it('turns an order into a draft: ids as written, Recommendation 20 units as Crossdock counts them, unit prices per one', () => {
    const draft = ublOrderDraft(
      read({
        id: 'PO-2002',
        lines: [
          {
            id: '1',
            quantity: '120',
            unitCode: 'C62',
            price: '50',
            sellersItemId: 'SItemNo011',
            gtin: '05704066204093',
          },
          { id: '2', quantity: '2', unitCode: 'XCS', price: '25.00', baseQuantity: '4', sellersItemId: '0042' },
          { id: '3', quantity: '1.5', unitCode: 'MTR', sellersItemId: 'CABLE' },
        ],
      }),
    );
    expect(draft).toMatchObject({
      channel: 'ubl',
      sourceOrderId: 'PO-2002',
      purchaseOrderNumber: 'PO-2002',
      currency: 'SEK',
      orderedOn: '2026-12-07',
      requestedDeliveryDate: '2026-12-14',
      buyer: {
        ids: [
          { qualifier: '0088', id: '7300010000001' },
          { qualifier: '0088', id: '7300010000001' },
        ],
      },
      shipTo: {
        ids: [{ qualifier: '0088', id: '7300010000018' }],
        address: {
          name: 'Nordic Tools Store 4',
          line1: 'Kungsgatan 12',
          line2: 'Goods reception',
          city: 'Stockholm',
          postalCode: '11143',
          country: 'SE',
        },
      },
    });
    expect(draft.lines).toEqual([
      {
        sourceLineId: '1',
        productIds: [
          { qualifier: 'SellersItemIdentification', id: 'SItemNo011' },
          { qualifier: 'GTIN', id: '05704066204093' },
        ],
        quantity: '120',
        uom: 'EA',
        unitPrice: '50',
        description: 'Item 1',
      },
      // 25.00 for 4 (BaseQuantity): 6.25 each; a leading zero in an id stays.
      expect.objectContaining({
        productIds: [{ qualifier: 'SellersItemIdentification', id: '0042' }],
        uom: 'CS',
        unitPrice: '6.25',
      }),
      // A unit Crossdock has no word for is kept, for the partner's unit mappings.
      expect.objectContaining({ quantity: '1.5', uom: 'MTR' }),
    ]);
  });

  it('leaves the ship-to out when the order has no delivery, for the customer default to apply', () => {
    expect(ublOrderDraft(read({ id: 'PO-3', delivery: false, lines: TWO_LINES })).shipTo).toBeUndefined();
  });
});
