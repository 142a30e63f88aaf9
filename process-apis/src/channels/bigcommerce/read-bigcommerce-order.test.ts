import { describe, expect, it } from 'vitest';
import { isOrderNotTaken, type ChannelOrderDraft } from '../../inbound-documents/channel-order-draft';
import type { DocumentPart } from '../../inbound-documents/document-part';
import { dateOf, readBigCommerceDocument } from './read-bigcommerce-order';

/*
 * Orders V2 answers written here in the shapes BigCommerce documents (GET /v2/orders/{id}, its
 * /products and /shipping_addresses): amounts as decimal strings with four places, ids as numbers.
 */
const ORDER = `{"id": 218, "customer_id": 11, "date_created": "Tue, 05 Mar 2019 21:40:11 +0000",
  "status_id": 11, "status": "Awaiting Fulfillment", "subtotal_ex_tax": "62.6793", "discount_amount": "5.0000",
  "coupon_discount": "5.0000", "currency_code": "EUR", "default_currency_code": "USD", "shipping_address_count": 1,
  "billing_address": {"first_name": "Jane", "last_name": "Doe", "company": "", "street_1": "555 East Street",
    "street_2": "", "city": "Austin", "state": "Texas", "zip": "78108", "country": "United States",
    "country_iso2": "US", "phone": "1234567890", "email": "janedoe@example.com"}}`;

const TOWEL = `{"id": 65, "order_id": 218, "product_id": 77, "variant_id": 120, "order_address_id": 51,
  "name": "Fog Linen Chambray Towel - Beige Stripe", "sku": "S-ORAN", "upc": "1234567891112", "type": "physical",
  "base_price": "55.9900", "price_ex_tax": "55.9900", "price_inc_tax": "65.2300", "quantity": 2,
  "parent_order_product_id": null, "is_bundled_product": false,
  "applied_discounts": [{"id": "coupon", "amount": "5.0000", "name": "Coupon", "code": "S2549JM0Y", "target": "order"}],
  "product_options": [{"id": 45, "display_name": "Size", "display_value": "S", "value": "69"},
                      {"id": 46, "display_name": "Color", "display_value": "Orange", "value": "112"}]}`;
const PICKED = `{"id": 66, "order_id": 218, "product_id": 86, "order_address_id": 51, "name": "Able Brewing System",
  "sku": "ABS", "type": "physical", "price_ex_tax": "0.0000", "quantity": 1, "parent_order_product_id": 65,
  "is_bundled_product": true, "applied_discounts": [], "product_options": []}`;
const MANUAL = `{"id": 67, "order_id": 218, "product_id": 0, "order_address_id": 0, "name": "Care guide (PDF)",
  "sku": "", "type": "digital", "price_ex_tax": "4.5000", "quantity": 1, "product_options": []}`;

const address = (id: number, street: string, state = 'Texas', country = 'US') =>
  `{"id": ${id}, "order_id": 218, "first_name": "Trish", "last_name": "Smith", "company": "Acme Pty Ltd",
    "street_1": "${street}", "street_2": "", "city": "Austin", "state": "${state}", "zip": "78751",
    "country": "United States", "country_iso2": "${country}", "email": "elsie@example.com", "phone": "",
    "items_total": 1, "shipping_method": "Flat Rate", "cost_ex_tax": "15.0000"}`;

function document(order: string, products: string[], addresses: string[] | '204'): DocumentPart[] {
  const part = (name: string, text: string) => ({ name, contentType: 'application/json', body: Buffer.from(text) });
  return [
    part(
      'callback',
      '{"scope": "store/order/created", "producer": "stores/abcde", "data": {"type": "order", "id": 218}}',
    ),
    part('/v2/orders/218', order),
    part('/v2/orders/218/products?page=1&limit=250', `[${products.join(',')}]`),
    part('/v2/orders/218/shipping_addresses?page=1&limit=250', addresses === '204' ? '' : `[${addresses.join(',')}]`),
  ];
}

const drafts = (parts: DocumentPart[]) =>
  readBigCommerceDocument(parts).map((read) => {
    if (isOrderNotTaken(read)) throw read.problem;
    return read;
  });

describe('reading a BigCommerce order', () => {
  it('reads the order, its products and its address: ids as text, amounts as written, the state as its code', () => {
    const [draft, ...others] = drafts(document(ORDER, [TOWEL, PICKED], [address(51, '666 Sussex St')]));
    expect(others).toEqual([]);
    expect(draft).toMatchObject<Partial<ChannelOrderDraft>>({
      channel: 'bigcommerce',
      sourceOrderId: '218',
      purchaseOrderNumber: '218',
      // The currency paid in, not the one prices were shown in.
      currency: 'USD',
      orderedOn: '2019-03-05',
      buyer: { ids: [{ qualifier: 'customer_id', id: '11' }], address: { contactEmail: 'janedoe@example.com' } },
    });
    expect(draft!.shipTo?.address).toMatchObject({
      name: 'Acme Pty Ltd',
      line1: '666 Sussex St',
      city: 'Austin',
      region: 'TX',
      postalCode: '78751',
      country: 'US',
      contactName: 'Trish Smith',
    });
    expect(draft!.billTo?.address).toMatchObject({ name: 'Jane Doe', line1: '555 East Street', region: 'TX' });
    expect(draft!.lines[0]).toEqual({
      sourceLineId: '65',
      productIds: [
        { qualifier: 'sku', id: 'S-ORAN' },
        { qualifier: 'variant_id', id: '120' },
        { qualifier: 'product_id', id: '77' },
        { qualifier: 'upc', id: '1234567891112' },
      ],
      quantity: '2',
      // Before the coupon, as the other shops' prices: the discount is the shop's, not the distributor's.
      unitPrice: '55.9900',
      description: 'Fog Linen Chambray Towel - Beige Stripe (Size: S, Color: Orange)',
    });
  });

  it('leaves a pick-list product (bundled into its parent’s price) unpriced rather than priced at 0', () => {
    const [draft] = drafts(document(ORDER, [TOWEL, PICKED], [address(51, '666 Sussex St')]));
    expect(draft!.lines[1]).toMatchObject({ sourceLineId: '66', quantity: '1', unitPrice: undefined });
    expect(draft!.lines[1]!.productIds[0]).toEqual({ qualifier: 'sku', id: 'ABS' });
  });

  it('keeps ids above 2^53 digit for digit', () => {
    const order = ORDER.replace('"id": 218', '"id": 9007199254740993123').replace(
      '"customer_id": 11',
      '"customer_id": 0',
    );
    const [draft] = drafts(document(order, [TOWEL.replace('"id": 65', '"id": 18014398509481985')], '204'));
    expect(draft!.sourceOrderId).toBe('9007199254740993123');
    expect(draft!.lines[0]!.sourceLineId).toBe('18014398509481985');
    // customer_id 0 is a guest checkout.
    expect(draft!.buyer?.ids).toEqual([]);
  });

  it('marks a digital product as shipping nothing; without a shipping address (204) the order names no ship-to', () => {
    const [draft] = drafts(document(ORDER, [TOWEL, MANUAL], '204'));
    expect(draft!.shipTo).toBeUndefined();
    expect(draft!.lines.map((line) => [line.sourceLineId, line.shipsNothing ?? false, line.productIds])).toEqual([
      ['65', false, expect.any(Array)],
      // product_id 0 and an empty SKU: a custom product with no id to map, reported by the mapping.
      ['67', true, []],
    ]);
  });

  it('makes an order shipping to two addresses two orders, one per address, downloads with the first', () => {
    const second = TOWEL.replace('"id": 65', '"id": 68').replace('"order_address_id": 51', '"order_address_id": 52');
    const read = drafts(
      document(
        ORDER,
        [TOWEL, second, MANUAL],
        [address(51, '666 Sussex St'), address(52, '1 Bay St', 'Ontario', 'CA')],
      ),
    );
    expect(read.map((draft) => [draft.sourceOrderId, draft.purchaseOrderNumber, draft.shipTo?.address.line1])).toEqual([
      ['218-51', '218', '666 Sussex St'],
      ['218-52', '218', '1 Bay St'],
    ]);
    expect(read.map((draft) => draft.lines.map((line) => line.sourceLineId))).toEqual([['65', '67'], ['68']]);
    expect(read[1]!.shipTo?.address.region).toBe('ON');
  });

  it('does not take an order whose checkout is not complete, saying so, to be taken when its status changes', () => {
    const [read] = readBigCommerceDocument(
      document(
        ORDER.replace('"status_id": 11', '"status_id": 0').replace('Awaiting Fulfillment', 'Incomplete'),
        [TOWEL],
        '204',
      ),
    );
    expect(read).toEqual({
      sourceOrderId: '218',
      problem: expect.objectContaining({ status: 422, message: expect.stringContaining('Incomplete') }),
    });
  });

  it('refuses, naming the field, an order without products, products that are not a list, and an order BigCommerce did not find', () => {
    expect(() => drafts(document(ORDER, [], '204'))).toThrow(
      expect.objectContaining({ status: 400, fieldErrors: [expect.objectContaining({ field: 'products' })] }),
    );
    const parts = document(ORDER, [TOWEL], '204');
    parts[2] = { ...parts[2]!, body: Buffer.from('{"products": "none"}') };
    expect(() => drafts(parts)).toThrow(expect.objectContaining({ status: 400 }));
    const gone = [
      parts[0]!,
      { name: '/v2/orders/218 (answered 404)', contentType: 'application/problem+json', body: Buffer.from('{}') },
    ];
    expect(() => drafts(gone)).toThrow(
      expect.objectContaining({ status: 400, message: expect.stringContaining('answered 404') }),
    );
  });

  it('reads BigCommerce’s RFC 2822 dates as the calendar date written', () => {
    expect(dateOf('Tue, 05 Mar 2019 21:40:11 +0000')).toBe('2019-03-05');
    expect(dateOf('Thu, 31 Dec 2026 23:59:59 -0800')).toBe('2026-12-31');
    expect(dateOf('2019-03-05T21:40:11Z')).toBeUndefined();
    expect(dateOf(undefined)).toBeUndefined();
  });

  it('reads an order whose status is Cancelled (5) as the cancellation of the order taken in, one per shipping address', () => {
    const cancelled = ORDER.replace('"status_id": 11', '"status_id": 5').replace('Awaiting Fulfillment', 'Cancelled');
    const cancellations = (addresses: string[] | '204') =>
      readBigCommerceDocument(document(cancelled, [TOWEL], addresses)).map((read) => [
        read.sourceOrderId,
        'cancellation' in read,
      ]);
    expect(cancellations([address(51, '666 Sussex St')])).toEqual([['218', true]]);
    expect(cancellations('204')).toEqual([['218', true]]);
    expect(cancellations([address(51, '666 Sussex St'), address(52, '1 Bay St', 'Ontario', 'CA')])).toEqual([
      ['218-51', true],
      ['218-52', true],
    ]);
  });
});
