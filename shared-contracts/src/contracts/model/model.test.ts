import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { cloudEventSchema, eventType } from './cloud-event';
import { holdSchema } from './hold';
import { itemSchema, toBaseQuantity, type Item } from './item';
import { salesOrderInputSchema } from './order-input';
import { priceListEntrySchema } from './price-list';
import { salesOrderSchema, type SalesOrder } from './sales-order';

function validOrder(): SalesOrder {
  return {
    id: 'ord_01JQ7ZP3M4V8K2',
    channel: 'shopify',
    sourceOrderId: '5123456789012345678',
    customerId: 'C-10042',
    purchaseOrderNumber: 'PO-88231',
    currency: 'USD',
    requestedDeliveryDate: '2025-03-21',
    shipTo: {
      name: 'Acme Hardware — Store 112',
      line1: '1200 Commerce St',
      line2: 'Dock 4',
      city: 'Dallas',
      region: 'TX',
      postalCode: '75202',
      country: 'US',
      contactName: 'Dana Ortiz',
      contactEmail: 'receiving@acme.example',
    },
    lines: [
      { lineNumber: 1, sku: 'HX-2201', quantity: 3, uom: 'CS', unitPrice: '19.99', customerPartNumber: 'ACME-778' },
      { lineNumber: 2, sku: 'WR-0410', quantity: 12.5, uom: 'LB' },
    ],
    status: 'VALIDATED',
    totals: { subtotal: '59.97', tax: '4.95', freight: '0.00', total: '64.92' },
    createdAt: '2025-03-14T09:30:00Z',
    updatedAt: '2025-03-14T09:30:02.125+01:00',
  };
}

/** The dotted paths of all issues, e.g. ["shipTo.line1"]. */
function issuePaths(result: { success: boolean; error?: z.ZodError }): string[] {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('salesOrderSchema', () => {
  it('accepts a realistic order and returns it unchanged', () => {
    const order = validOrder();
    const result = salesOrderSchema.safeParse(order);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(order);
  });

  it('reports a missing ship-to line1 at shipTo.line1', () => {
    const order = validOrder();
    const { line1: _dropped, ...shipTo } = order.shipTo;
    expect(issuePaths(salesOrderSchema.safeParse({ ...order, shipTo }))).toEqual(['shipTo.line1']);
  });

  it('reports a blank ship-to city, not only a missing one', () => {
    const order = validOrder();
    expect(issuePaths(salesOrderSchema.safeParse({ ...order, shipTo: { ...order.shipTo, city: '   ' } }))).toEqual([
      'shipTo.city',
    ]);
  });

  it('reports a zero quantity at the line that has it', () => {
    const order = validOrder();
    const lines = order.lines.map((line) => (line.lineNumber === 2 ? { ...line, quantity: 0 } : line));
    expect(issuePaths(salesOrderSchema.safeParse({ ...order, lines }))).toEqual(['lines.1.quantity']);
  });

  it('refuses a numeric source order id: external ids are strings', () => {
    const order = { ...validOrder(), sourceOrderId: 5123456789012345 };
    expect(issuePaths(salesOrderSchema.safeParse(order))).toEqual(['sourceOrderId']);
  });

  it('refuses a numeric customer id', () => {
    expect(issuePaths(salesOrderSchema.safeParse({ ...validOrder(), customerId: 10042 }))).toEqual(['customerId']);
  });

  it('refuses a unit price sent as a JSON number', () => {
    const order = validOrder();
    const lines = [{ ...order.lines[0], unitPrice: 19.99 }];
    expect(issuePaths(salesOrderSchema.safeParse({ ...order, lines }))).toEqual(['lines.0.unitPrice']);
  });

  it('refuses an unknown status and channel', () => {
    const order = { ...validOrder(), status: 'SHIPPING', channel: 'fax' };
    expect(issuePaths(salesOrderSchema.safeParse(order)).sort()).toEqual(['channel', 'status']);
  });

  it('refuses a repeated line number', () => {
    const order = validOrder();
    const lines = order.lines.map((line) => ({ ...line, lineNumber: 1 }));
    expect(issuePaths(salesOrderSchema.safeParse({ ...order, lines }))).toEqual(['lines.1.lineNumber']);
  });

  it('refuses a timestamp without a zone and an impossible delivery date', () => {
    const order = { ...validOrder(), createdAt: '2025-03-14T09:30:00', requestedDeliveryDate: '2025-02-30' };
    expect(issuePaths(salesOrderSchema.safeParse(order)).sort()).toEqual(['createdAt', 'requestedDeliveryDate']);
  });
});

describe('salesOrderInputSchema', () => {
  const input = {
    channel: 'portal',
    sourceOrderId: 'cart-4471',
    customerId: 'C-10042',
    shipTo: { name: 'Acme Hardware', line1: '1200 Commerce St', city: 'Dallas', postalCode: '75202', country: 'US' },
    lines: [{ sku: 'HX-2201', quantity: 2 }],
  };

  it('accepts an order with only the required fields; uom and price may be left out', () => {
    expect(salesOrderInputSchema.safeParse(input).success).toBe(true);
  });

  it('needs at least one line', () => {
    expect(issuePaths(salesOrderInputSchema.safeParse({ ...input, lines: [] }))).toEqual(['lines']);
  });

  it('refuses zero and negative quantities', () => {
    const lines = [
      { sku: 'HX-2201', quantity: 0 },
      { sku: 'HX-2202', quantity: -1 },
    ];
    expect(issuePaths(salesOrderInputSchema.safeParse({ ...input, lines }))).toEqual([
      'lines.0.quantity',
      'lines.1.quantity',
    ]);
  });

  it('refuses a quantity with more than 4 decimals', () => {
    const lines = [{ sku: 'HX-2201', quantity: 1.23456 }];
    expect(issuePaths(salesOrderInputSchema.safeParse({ ...input, lines }))).toEqual(['lines.0.quantity']);
  });

  it('needs a ship-to with a name, street, city and alpha-2 country (a postal code only where carriers need one: the pipeline checks that)', () => {
    const shipTo = { name: 'Acme Hardware', city: 'Dallas', country: 'usa' };
    expect(issuePaths(salesOrderInputSchema.safeParse({ ...input, shipTo })).sort()).toEqual([
      'shipTo.country',
      'shipTo.line1',
    ]);
    const hongKong = {
      name: 'Acme HK',
      line1: '1 Queen’s Road Central',
      city: 'Hong Kong',
      country: 'HK',
      postalCode: '  ',
    };
    const parsed = salesOrderInputSchema.safeParse({ ...input, shipTo: hongKong });
    expect(parsed.success && parsed.data.shipTo.postalCode).toBeUndefined();
  });
});

describe('item units of measure', () => {
  const item: Item = {
    sku: 'HX-2201',
    description: 'Hex bolt M8 x 40, zinc',
    status: 'active',
    baseUom: 'EA',
    returnable: true,
    alternateUoms: [
      { uom: 'CS', factorToBase: 12 },
      { uom: 'PL', factorToBase: 480 },
    ],
  };

  it('converts alternate units to the base unit', () => {
    expect(toBaseQuantity(item, 3, 'CS')).toBe(36);
    expect(toBaseQuantity(item, 2, 'PL')).toBe(960);
    expect(toBaseQuantity(item, 7, 'EA')).toBe(7);
  });

  it('keeps float noise out of converted quantities', () => {
    const byWeight = { baseUom: 'LB', alternateUoms: [{ uom: 'BAG', factorToBase: 3 }] };
    expect(toBaseQuantity(byWeight, 0.7, 'BAG')).toBe(2.1);
  });

  it('answers undefined for a unit the item is not sold in', () => {
    expect(toBaseQuantity(item, 1, 'BX')).toBeUndefined();
  });

  it('refuses an alternate unit that repeats the base unit', () => {
    const repeated = { ...item, alternateUoms: [...item.alternateUoms, { uom: 'EA', factorToBase: 1 }] };
    expect(issuePaths(itemSchema.safeParse(repeated))).toEqual(['alternateUoms.2.uom']);
  });
});

describe('price list entries', () => {
  const entry = { sku: 'HX-2201', uom: 'CS', minimumQuantity: 10, unitPrice: '18.50', effectiveFrom: '2025-01-01' };

  it('accepts an open-ended quantity break', () => {
    expect(priceListEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('refuses a negative unit price and an entry that ends before it starts', () => {
    const bad = { ...entry, unitPrice: '-1.00', effectiveTo: '2024-12-31' };
    expect(issuePaths(priceListEntrySchema.safeParse(bad)).sort()).toEqual(['effectiveTo', 'unitPrice']);
  });
});

describe('holdSchema', () => {
  const hold = {
    id: 'hold_01JQ80B2X9',
    orderId: 'ord_01JQ7ZP3M4V8K2',
    reasonCode: 'UNKNOWN_ITEM',
    detail: 'Line 2: item HX-9999 is not in the item master',
    status: 'open',
    createdAt: '2025-03-14T09:30:05Z',
  };

  it('accepts an open hold and a released one', () => {
    expect(holdSchema.safeParse(hold).success).toBe(true);
    const released = { ...hold, status: 'released', resolvedAt: '2025-03-14T10:02:00Z', resolvedBy: 'user:dana' };
    expect(holdSchema.safeParse(released).success).toBe(true);
  });

  it('refuses an unknown reason code', () => {
    expect(issuePaths(holdSchema.safeParse({ ...hold, reasonCode: 'OUT_OF_STOCK' }))).toEqual(['reasonCode']);
  });

  it('refuses a resolved hold without resolvedAt', () => {
    expect(issuePaths(holdSchema.safeParse({ ...hold, status: 'overridden' }))).toEqual(['resolvedAt']);
  });
});

describe('cloud events', () => {
  it("names an order's creation com.crossdock.order.created", () => {
    expect(eventType('order', 'created')).toBe('com.crossdock.order.created');
  });

  it('refuses event type parts that are not lower-case identifiers', () => {
    expect(() => eventType('Order', 'created')).toThrow(/Invalid event type part "Order"/);
    expect(() => eventType('order', 'created.v2')).toThrow(/Invalid event type part/);
  });

  it('accepts an envelope with the correlation id extension and refuses another spec version', () => {
    const event = {
      id: '9f0c1c2e-2f4b-4a57-9b0e-0d6a3c1b7e21',
      source: '/process/v1/orders',
      type: eventType('order', 'created'),
      specversion: '1.0',
      time: '2025-03-14T09:30:06Z',
      subject: 'ord_01JQ7ZP3M4V8K2',
      datacontenttype: 'application/json',
      data: { id: 'ord_01JQ7ZP3M4V8K2' },
      correlationid: 'c0ffee00-1234-4abc-9def-000000000001',
    };
    expect(cloudEventSchema.safeParse(event).success).toBe(true);
    expect(issuePaths(cloudEventSchema.safeParse({ ...event, specversion: '0.3' }))).toEqual(['specversion']);
    const { correlationid: _dropped, ...withoutCorrelation } = event;
    expect(issuePaths(cloudEventSchema.safeParse(withoutCorrelation))).toEqual(['correlationid']);
  });
});
