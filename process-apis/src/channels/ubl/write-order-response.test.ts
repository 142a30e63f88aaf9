import { describe, expect, it } from 'vitest';
import { UBL_NAMESPACE } from './ubl-names';
import { writeOrderResponse, type OrderResponseInput } from './write-order-response';
import { childNamed, childrenNamed, readXmlTree, type XmlElement } from './xml-tree';

const { cac, cbc } = UBL_NAMESPACE;
const AT = new Date('2026-12-07T18:30:05Z');

const INPUT: OrderResponseInput = {
  id: 'OR-1',
  issuedAt: AT,
  code: 'AP',
  orderId: 'PO-1001',
  currency: 'SEK',
  salesOrderId: 'ord_42',
  seller: { endpoint: { schemeId: '0088', id: '7302347231110' }, ids: [], name: 'Crossdock Distribution AB' },
  buyer: { endpoint: { schemeId: '0088', id: '7300010000001' }, ids: [{ schemeId: '0088', id: '7300010000001' }] },
};

/** The response read back with the same namespace-aware reader Crossdock takes orders with. */
const readBack = (input: OrderResponseInput) => readXmlTree(new TextEncoder().encode(writeOrderResponse(input)));
const text = (parent: XmlElement | undefined, local: string) => childNamed(parent, cbc, local)?.text;

describe('writeOrderResponse (Peppol BIS Order Response 3)', () => {
  it('accepts an order: AP, the order referenced, our order id, both parties by EndpointID', () => {
    const root = readBack(INPUT);
    expect([root.uri, root.local]).toEqual([UBL_NAMESPACE.orderResponse, 'OrderResponse']);
    expect(root.children.filter((child) => child.uri === cbc).map((child) => [child.local, child.text])).toEqual([
      ['CustomizationID', 'urn:fdc:peppol.eu:poacc:trns:order_response:3'],
      ['ProfileID', 'urn:fdc:peppol.eu:poacc:bis:ordering:3'],
      ['ID', 'OR-1'],
      ['SalesOrderID', 'ord_42'],
      ['IssueDate', '2026-12-07'],
      ['IssueTime', '18:30:05'],
      ['OrderResponseCode', 'AP'],
    ]);
    expect(text(childNamed(root, cac, 'OrderReference'), 'ID')).toBe('PO-1001');
    const endpoint = (role: string) =>
      childNamed(childNamed(childNamed(root, cac, role), cac, 'Party'), cbc, 'EndpointID');
    expect(endpoint('SellerSupplierParty')).toMatchObject({ text: '7302347231110', attributes: { schemeID: '0088' } });
    expect(endpoint('BuyerCustomerParty')).toMatchObject({ text: '7300010000001', attributes: { schemeID: '0088' } });
    expect(childrenNamed(root, cac, 'OrderLine')).toEqual([]);
  });

  it('refuses an order: RE with the reason as a note, escaped, and characters XML cannot carry dropped', () => {
    const root = readBack({ ...INPUT, code: 'RE', salesOrderId: undefined, note: 'Unknown item "A<B" & co\u0000.' });
    expect(text(root, 'OrderResponseCode')).toBe('RE');
    expect(text(root, 'Note')).toBe('Unknown item "A<B" & co.');
    expect(text(root, 'SalesOrderID')).toBeUndefined();
  });

  it('accepts an order with changes: CA, each line with its UNCL 1229 status, quantity, price and line reference', () => {
    const root = readBack({
      ...INPUT,
      code: 'CA',
      lines: [
        { lineId: '1', status: 'accepted' },
        { lineId: '2', status: 'changed', quantity: { value: '2', unitCode: 'XCS' }, priceAmount: '13.00' },
        { lineId: '3', status: 'rejected' },
      ],
    });
    expect(text(root, 'DocumentCurrencyCode')).toBe('SEK');
    const lines = childrenNamed(root, cac, 'OrderLine').map((line) => {
      const item = childNamed(line, cac, 'LineItem');
      return {
        id: text(item, 'ID'),
        status: text(item, 'LineStatusCode'),
        quantity: childNamed(item, cbc, 'Quantity')?.attributes.unitCode,
        price: childNamed(childNamed(item, cac, 'Price'), cbc, 'PriceAmount')?.attributes.currencyID,
        reference: text(childNamed(line, cac, 'OrderLineReference'), 'LineID'),
      };
    });
    expect(lines).toEqual([
      { id: '1', status: '5', quantity: undefined, price: undefined, reference: '1' },
      { id: '2', status: '3', quantity: 'XCS', price: 'SEK', reference: '2' },
      { id: '3', status: '7', quantity: undefined, price: undefined, reference: '3' },
    ]);
  });
});
