import { describe, expect, it } from 'vitest';
import { isOrderNotTaken, type OrderNotTaken } from '../../inbound-documents/channel-order-draft';
import type { DocumentPart } from '../../inbound-documents/document-part';
import { readVendorPurchaseOrders } from './read-vendor-purchase-order';
import { acceptedItem, writeAcknowledgement } from './vendor-acknowledgement';

/*
 * Purchase orders written here from the Vendor Orders API v1 model (getPurchaseOrder's Order,
 * OrderDetails, OrderItem, ItemQuantity, Money), not copied from anywhere.
 */
const item = (sequence: string, quantity: string, extra = '') =>
  `{"itemSequenceNumber": "${sequence}", "amazonProductIdentifier": "B07DFYF5${sequence}K", "vendorProductIdentifier": "0885909950${sequence}5",
    "orderedQuantity": ${quantity}, "isBackOrderAllowed": true, "netCost": {"currencyCode": "USD", "amount": "10.2500"}${extra}}`;

function purchaseOrder(items: string[], details = ''): DocumentPart[] {
  const body = `{"payload": {"purchaseOrderNumber": "4Z32PABC", "purchaseOrderState": "New", "orderDetails": {
    "purchaseOrderDate": "2026-11-30T08:15:00Z", "purchaseOrderStateChangedDate": "2026-11-30T08:15:00Z",
    "purchaseOrderType": "RegularOrder", "paymentMethod": "Invoice",
    "buyingParty": {"partyId": "AMAZON-US"}, "sellingParty": {"partyId": "ACMEV"},
    "shipToParty": {"partyId": "ABE8", "address": {"name": "Amazon ABE8", "addressLine1": "401 Independence Rd", "city": "Florence", "stateOrRegion": "NJ", "postalCode": "08518", "countryCode": "US"}},
    "shipWindow": "2026-12-01T00:00:00Z--2026-12-07T00:00:00Z", "deliveryWindow": "2026-12-03T00:00:00Z--2026-12-10T00:00:00Z"${details},
    "items": [${items.join(',')}]}}}`;
  return [
    { name: '/vendor/orders/v1/purchaseOrders/4Z32PABC', contentType: 'application/json', body: Buffer.from(body) },
  ];
}

const readOne = (parts: DocumentPart[]) => {
  const [order] = readVendorPurchaseOrders(parts);
  if (!order || isOrderNotTaken(order)) throw new Error(`not read: ${JSON.stringify(order)}`);
  return order;
};
const refusal = (parts: DocumentPart[]) => readVendorPurchaseOrders(parts)[0] as OrderNotTaken;

describe('reading an Amazon Vendor purchase order', () => {
  it('reads an order in eaches with its number, date, parties, cost per each and both windows', () => {
    const order = readOne(purchaseOrder([item('1', '{"amount": 24, "unitOfMeasure": "Eaches"}')]));
    expect(order).toMatchObject({
      channel: 'amazon-vendor',
      sourceOrderId: '4Z32PABC',
      purchaseOrderNumber: '4Z32PABC',
      currency: 'USD',
      orderedOn: '2026-11-30',
      buyer: { ids: [{ qualifier: 'buyingParty', id: 'AMAZON-US' }] },
      shipTo: {
        ids: [{ qualifier: 'shipToParty', id: 'ABE8' }],
        address: { name: 'Amazon ABE8', line1: '401 Independence Rd', city: 'Florence', region: 'NJ', country: 'US' },
      },
      shipWindow: { start: '2026-12-01T00:00:00Z', end: '2026-12-07T00:00:00Z' },
      deliveryWindow: { start: '2026-12-03T00:00:00Z', end: '2026-12-10T00:00:00Z' },
    });
    expect(order.lines).toEqual([
      {
        sourceLineId: '1',
        productIds: [
          { qualifier: 'vendorProductIdentifier', id: '088590995015' },
          { qualifier: 'ASIN', id: 'B07DFYF51K' },
        ],
        quantity: '24',
        unitPrice: '10.2500',
      },
    ]);
  });

  it('counts an order in cases out in eaches (Cases × unitSize), each item of several on its own', () => {
    const order = readOne(
      purchaseOrder([
        item('1', '{"amount": 5, "unitOfMeasure": "Cases", "unitSize": 12}'),
        item('2', '{"amount": 7, "unitOfMeasure": "Eaches"}'),
        item('3', '{"amount": 1, "unitOfMeasure": "Cases", "unitSize": 48}'),
      ]),
    );
    expect(order.lines.map((line) => [line.sourceLineId, line.quantity, line.uom])).toEqual([
      ['1', '60', undefined],
      ['2', '7', undefined],
      ['3', '48', undefined],
    ]);
  });

  it('keeps big quantities exact and leaves the price off an item costed by weight', () => {
    const order = readOne(
      purchaseOrder([
        item('1', '{"amount": 9007199254740993, "unitOfMeasure": "Cases", "unitSize": 10}'),
        `{"itemSequenceNumber": "2", "vendorProductIdentifier": "CHEESE-1", "orderedQuantity": {"amount": 3, "unitOfMeasure": "Eaches"},
          "isBackOrderAllowed": false, "netCost": {"currencyCode": "USD", "amount": "4.10", "unitOfMeasure": "POUNDS"}}`,
      ]),
    );
    expect(order.lines.map((line) => [line.quantity, line.unitPrice])).toEqual([
      ['90071992547409930', '10.2500'],
      ['3', undefined],
    ]);
  });

  it('refuses an order in cases without a case size, naming the item, rather than guess the eaches', () => {
    const refused = refusal(purchaseOrder([item('1', '{"amount": 5, "unitOfMeasure": "Cases"}')]));
    expect(refused.sourceOrderId).toBe('4Z32PABC');
    expect(refused.problem.fieldErrors).toEqual([
      expect.objectContaining({ field: 'orderDetails.items.0.orderedQuantity' }),
    ]);
  });

  it.each([
    ['a quantity of zero', '{"amount": 0, "unitOfMeasure": "Eaches"}', 'orderDetails.items.0.orderedQuantity'],
    ['no unit of measure', '{"amount": 4}', 'orderDetails.items.0.orderedQuantity.unitOfMeasure'],
    [
      'a fractional amount',
      '{"amount": 2.5, "unitOfMeasure": "Eaches"}',
      'orderDetails.items.0.orderedQuantity.amount',
    ],
  ])('refuses an item with %s', (_what, quantity, field) => {
    expect(refusal(purchaseOrder([item('1', quantity)])).problem.fieldErrors).toEqual([
      expect.objectContaining({ field }),
    ]);
  });

  it('refuses an order with no items, or an item without its sequence number (a missing order date is no reason)', () => {
    expect(refusal(purchaseOrder([])).problem.fieldErrors).toEqual([
      expect.objectContaining({ field: 'orderDetails.items', message: 'A purchase order needs at least one item' }),
    ]);
    const body = `{"payload": {"purchaseOrderNumber": "4Z32PXYZ", "orderDetails": {"items": [{"orderedQuantity": {"amount": 1, "unitOfMeasure": "Eaches"}}]}}}`;
    const [refused] = readVendorPurchaseOrders([
      { name: 'po', contentType: 'application/json', body: Buffer.from(body) },
    ]);
    expect(refused).toMatchObject({ sourceOrderId: '4Z32PXYZ', problem: { status: 400 } });
    expect((refused as OrderNotTaken).problem.fieldErrors?.map((error) => error.field)).toEqual([
      'orderDetails.items.0.itemSequenceNumber',
    ]);
  });

  it('refuses a ship window that is not two instants joined by "--", the earlier first', () => {
    for (const window of [
      '2026-12-01T00:00:00Z',
      '2026-12-07T00:00:00Z--2026-12-01T00:00:00Z',
      '2026-12-01--2026-12-07',
    ]) {
      const parts = purchaseOrder([item('1', '{"amount": 1, "unitOfMeasure": "Eaches"}')]);
      const body = parts[0]!.body.toString().replace('2026-12-01T00:00:00Z--2026-12-07T00:00:00Z', window);
      const [refused] = readVendorPurchaseOrders([{ ...parts[0]!, body: Buffer.from(body) }]);
      expect((refused as OrderNotTaken).problem.fieldErrors).toEqual([
        expect.objectContaining({ field: 'orderDetails.shipWindow' }),
      ]);
    }
  });

  it('cannot read a document that is not JSON or has no payload at all', () => {
    expect(() =>
      readVendorPurchaseOrders([{ name: 'po', contentType: 'text/html', body: Buffer.from('<html>') }]),
    ).toThrow(/not well-formed JSON/);
    expect(() =>
      readVendorPurchaseOrders([{ name: 'po', contentType: 'application/json', body: Buffer.from('{"errors": []}') }]),
    ).toThrow(/getPurchaseOrder answer/);
  });
});

describe('writing an acknowledgement', () => {
  const at = new Date('2026-12-01T10:00:00Z');

  it('echoes each item as ordered and says its accepted and backordered eaches in cases when they are whole cases', () => {
    const parts = purchaseOrder([
      item('1', '{"amount": 5, "unitOfMeasure": "Cases", "unitSize": 12}'),
      item('2', '{"amount": 7, "unitOfMeasure": "Eaches"}'),
    ]);
    const written = writeAcknowledgement(
      parts,
      (index) =>
        index === 0
          ? [
              { code: 'Accepted', eaches: 48n },
              { code: 'Backordered', eaches: 12n },
            ]
          : [
              { code: 'Accepted', eaches: 7n },
              { code: 'Rejected', eaches: 0n, rejectionReason: 'TemporarilyUnavailable' },
            ],
      { at, vendorCode: 'IGNORED' },
    );
    expect(written?.purchaseOrderNumber).toBe('4Z32PABC');
    expect(JSON.parse(written!.text)).toEqual({
      purchaseOrderNumber: '4Z32PABC',
      sellingParty: { partyId: 'ACMEV' },
      acknowledgementDate: '2026-12-01T10:00:00.000Z',
      items: [
        {
          itemSequenceNumber: '1',
          amazonProductIdentifier: 'B07DFYF51K',
          vendorProductIdentifier: '088590995015',
          orderedQuantity: { amount: 5, unitOfMeasure: 'Cases', unitSize: 12 },
          netCost: { currencyCode: 'USD', amount: '10.2500' },
          itemAcknowledgements: [
            {
              acknowledgementCode: 'Accepted',
              acknowledgedQuantity: { amount: 4, unitOfMeasure: 'Cases', unitSize: 12 },
            },
            {
              acknowledgementCode: 'Backordered',
              acknowledgedQuantity: { amount: 1, unitOfMeasure: 'Cases', unitSize: 12 },
            },
          ],
        },
        {
          itemSequenceNumber: '2',
          amazonProductIdentifier: 'B07DFYF52K',
          vendorProductIdentifier: '088590995025',
          orderedQuantity: { amount: 7, unitOfMeasure: 'Eaches' },
          netCost: { currencyCode: 'USD', amount: '10.2500' },
          itemAcknowledgements: [
            { acknowledgementCode: 'Accepted', acknowledgedQuantity: { amount: 7, unitOfMeasure: 'Eaches' } },
          ],
        },
      ],
    });
  });

  it('says eaches when part of a case is accepted, and rejects a whole item by repeating what was ordered', () => {
    const parts = purchaseOrder([item('1', '{"amount": 2, "unitOfMeasure": "Cases", "unitSize": 6}')]);
    const partly = writeAcknowledgement(parts, () => [{ code: 'Accepted', eaches: 9n }], { at });
    expect(JSON.parse(partly!.text).items[0].itemAcknowledgements).toEqual([
      { acknowledgementCode: 'Accepted', acknowledgedQuantity: { amount: 9, unitOfMeasure: 'Eaches' } },
    ]);
    const rejected = writeAcknowledgement(parts, () => [{ code: 'Rejected' }], { at });
    expect(JSON.parse(rejected!.text).items[0].itemAcknowledgements).toEqual([
      { acknowledgementCode: 'Rejected', acknowledgedQuantity: { amount: 2, unitOfMeasure: 'Cases', unitSize: 6 } },
    ]);
  });

  it('writes numbers exactly as Amazon sent them and rejects by number an order it could not read', () => {
    const parts = purchaseOrder([item('1', '{"amount": 9007199254740993, "unitOfMeasure": "Eaches"}')]);
    const written = writeAcknowledgement(parts, () => [{ code: 'Rejected' }], { at });
    expect(written!.text).toContain('"orderedQuantity":{"amount":9007199254740993,"unitOfMeasure":"Eaches"}');
    const unreadable = [{ name: 'po', contentType: 'application/json', body: Buffer.from('{"payload": 12') }];
    const byNumber = writeAcknowledgement(unreadable, () => [{ code: 'Rejected' }], {
      at,
      vendorCode: 'ACMEV',
      purchaseOrderNumber: '4Z32PQRS',
    });
    expect(JSON.parse(byNumber!.text)).toEqual({
      purchaseOrderNumber: '4Z32PQRS',
      sellingParty: { partyId: 'ACMEV' },
      acknowledgementDate: '2026-12-01T10:00:00.000Z',
      items: [],
    });
    expect(writeAcknowledgement(unreadable, () => [], { at })).toBeUndefined();
  });

  it('accepts what the plan promises and backorders the rest only where Amazon allows it, else rejects it', () => {
    expect(acceptedItem(60n, 12n, true)).toEqual([
      { code: 'Accepted', eaches: 48n },
      { code: 'Backordered', eaches: 12n },
    ]);
    expect(acceptedItem(60n, 12n, false)).toEqual([
      { code: 'Accepted', eaches: 48n },
      { code: 'Rejected', eaches: 12n, rejectionReason: 'TemporarilyUnavailable' },
    ]);
    // A plan that backorders more than was ordered (another unit) never acknowledges more than Amazon ordered.
    expect(acceptedItem(5n, 9n, true)).toEqual([
      { code: 'Accepted', eaches: 0n },
      { code: 'Backordered', eaches: 5n },
    ]);
  });
});
