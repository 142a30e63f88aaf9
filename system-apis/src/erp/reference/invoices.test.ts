import { randomUUID } from 'node:crypto';
import type { CreateErpSalesOrderLine } from '@crossdock/shared-contracts/contracts/api/system-sales-orders';
import { ConflictError, NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { invoiceSchema } from '@crossdock/shared-contracts/contracts/model/invoice';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openErpDatabase, type ErpDatabase } from '../../database';
import type { SalesOrderPort } from '../ports/commercial-ports';
import type { InvoicePort, ShipmentPort } from '../ports/fulfilment-ports';
import { createReferenceInvoices, daysToPay } from './invoices';
import { createReferenceSalesOrders } from './reference-sales-orders';
import { createReferenceShipments } from './shipments';
import { moveStock } from './stock';

const CLERK = { actor: 'billing', correlationId: 'corr-invoices-test' };
const SHIP_TO = {
  name: 'Acme Hardware — Store 112',
  line1: '2400 Elm St',
  city: 'Dallas',
  region: 'TX',
  postalCode: '75226',
  country: 'US',
};
// The ERP dates an invoice by the UTC day of the moment it is raised.
const INVOICED_AT = new Date('2026-03-10T23:30:00Z');

let db: ErpDatabase;
let orders: SalesOrderPort;
let shipments: ShipmentPort;
let invoices: InvoicePort;

beforeAll(async () => {
  db = await openErpDatabase(await createTestDatabase('invoices', 'demoErp'));
  orders = createReferenceSalesOrders(db);
  shipments = createReferenceShipments(db);
  invoices = createReferenceInvoices(db, { now: () => INVOICED_AT });
  await db.$transaction((tx) =>
    moveStock(
      tx,
      {
        sku: 'HXB-004',
        warehouseId: 'WH-DAL',
        kind: 'receipt',
        onHandDelta: 10_000,
        allocatedDelta: 0,
        reason: 'test stock',
      },
      CLERK,
    ),
  );
});
afterAll(async () => {
  await db?.$disconnect();
});

const line = (lineNumber: number, quantity: number, uom: string, unitPrice: string): CreateErpSalesOrderLine => ({
  lineNumber,
  sku: 'HXB-004',
  quantity,
  uom,
  unitPrice,
  priceRule: 'manual',
});

async function shippedShipment(
  customerId: string,
  lines: CreateErpSalesOrderLine[],
  ship: { orderLineNumber: number; quantity: number }[],
) {
  const { order } = await orders.create({ orderKey: randomUUID(), customerId, shipTo: SHIP_TO, lines }, CLERK);
  const shipment = await shipments.create(
    { salesOrderId: order.id, warehouseId: 'WH-DAL', carrier: 'UPSN', lines: ship },
    CLERK,
  );
  for (const milestone of ['picked', 'packed', 'shipped'] as const)
    await shipments.recordMilestone(shipment.id, { milestone }, CLERK);
  return { order, shipment };
}

describe('invoicing a shipment', () => {
  it('bills each shipped line at its order line’s price, each amount rounded to the cent, due after the customer’s terms', async () => {
    await db.customer.update({ where: { id: 'C-1001' }, data: { paymentTerms: 'NET30' } });
    const { order, shipment } = await shippedShipment(
      'C-1001',
      [line(1, 7, 'EA', '0.1234'), line(2, 3, 'CS', '14.5050')],
      [
        { orderLineNumber: 1, quantity: 7 },
        { orderLineNumber: 2, quantity: 3 },
      ],
    );

    const { invoice, created } = await invoices.createFromShipment(shipment.id, CLERK);
    expect(created).toBe(true);
    expect(invoice).toEqual({
      id: expect.stringMatching(/^INV-\d{6}$/),
      orderId: order.id,
      customerId: 'C-1001',
      currency: 'USD',
      invoiceDate: '2026-03-10',
      dueDate: '2026-04-09',
      lines: [
        {
          lineNumber: 1,
          orderLineNumber: 1,
          sku: 'HXB-004',
          description: expect.any(String),
          quantity: 7,
          uom: 'EA',
          unitPrice: '0.1234',
          amount: '0.86',
        },
        {
          lineNumber: 2,
          orderLineNumber: 2,
          sku: 'HXB-004',
          description: expect.any(String),
          quantity: 3,
          uom: 'CS',
          unitPrice: '14.5050',
          amount: '43.52',
        },
      ],
      subtotal: '44.38',
      tax: '0.00',
      freight: '0.00',
      total: '44.38',
      balanceDue: '44.38',
    });
    expect(invoiceSchema.safeParse(invoice).success).toBe(true);
    expect(await invoices.get(invoice.id)).toEqual(invoice);
  });

  it('bills only what the shipment carried, not the whole order', async () => {
    const { shipment } = await shippedShipment(
      'C-1001',
      [line(1, 10, 'CS', '14.5000')],
      [{ orderLineNumber: 1, quantity: 4 }],
    );
    const { invoice } = await invoices.createFromShipment(shipment.id, CLERK);
    expect(invoice).toMatchObject({ lines: [{ quantity: 4, uom: 'CS', amount: '58.00' }], total: '58.00' });
  });

  it('refuses to invoice a shipment that has not shipped', async () => {
    const { order } = await orders.create(
      { orderKey: randomUUID(), customerId: 'C-1001', shipTo: SHIP_TO, lines: [line(1, 5, 'EA', '0.1450')] },
      CLERK,
    );
    const shipment = await shipments.create(
      { salesOrderId: order.id, warehouseId: 'WH-DAL', carrier: 'UPSN', lines: [{ orderLineNumber: 1, quantity: 5 }] },
      CLERK,
    );
    await shipments.recordMilestone(shipment.id, { milestone: 'picked' }, CLERK);

    await expect(invoices.createFromShipment(shipment.id, CLERK)).rejects.toBeInstanceOf(ConflictError);
    expect(await db.invoice.count({ where: { shipmentNumber: Number(shipment.id.slice(3)) } })).toBe(0);
  });

  it('answers an unknown shipment with not found', async () => {
    await expect(invoices.createFromShipment('SH-999999', CLERK)).rejects.toBeInstanceOf(NotFoundError);
    await expect(invoices.createFromShipment('INV-000001', CLERK)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('one invoice per shipment', () => {
  it('answers the same invoice when asked again, created only the first time', async () => {
    const { shipment } = await shippedShipment(
      'C-1001',
      [line(1, 5, 'EA', '0.1450')],
      [{ orderLineNumber: 1, quantity: 5 }],
    );
    const first = await invoices.createFromShipment(shipment.id, CLERK);
    const second = await invoices.createFromShipment(shipment.id, {
      actor: 'someone-else',
      correlationId: 'corr-retry',
    });

    expect(second).toEqual({ invoice: first.invoice, created: false });
  });

  it('creates exactly one invoice when ten calls for one shipment arrive together', async () => {
    const { shipment } = await shippedShipment(
      'C-1001',
      [line(1, 5, 'EA', '0.1450')],
      [{ orderLineNumber: 1, quantity: 5 }],
    );
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => invoices.createFromShipment(shipment.id, CLERK)),
    );

    expect(new Set(answers.map((answer) => answer.invoice.id)).size).toBe(1);
    expect(answers.filter((answer) => answer.created)).toHaveLength(1);
    expect(await db.erpAudit.count({ where: { entity: 'invoice', entityId: answers[0]!.invoice.id } })).toBe(1);
    expect(
      await db.erpAudit.findFirst({ where: { entity: 'invoice', entityId: answers[0]!.invoice.id } }),
    ).toMatchObject({ action: 'create', actor: CLERK.actor, correlationId: CLERK.correlationId });
  });
});

describe('due dates', () => {
  it('follow the customer’s net terms, and terms the ERP does not know are due on the invoice date', async () => {
    await db.customer.update({ where: { id: 'C-1002' }, data: { paymentTerms: 'NET45' } });
    const net45 = await shippedShipment('C-1002', [line(1, 5, 'EA', '0.1450')], [{ orderLineNumber: 1, quantity: 5 }]);
    expect((await invoices.createFromShipment(net45.shipment.id, CLERK)).invoice).toMatchObject({
      invoiceDate: '2026-03-10',
      dueDate: '2026-04-24',
    });

    await db.customer.update({ where: { id: 'C-1002' }, data: { paymentTerms: 'CASH_IN_ADVANCE' } });
    const unknown = await shippedShipment(
      'C-1002',
      [line(1, 5, 'EA', '0.1450')],
      [{ orderLineNumber: 1, quantity: 5 }],
    );
    expect((await invoices.createFromShipment(unknown.shipment.id, CLERK)).invoice).toMatchObject({
      invoiceDate: '2026-03-10',
      dueDate: '2026-03-10',
    });
  });

  it('reads NET terms however they are spelled', () => {
    expect([daysToPay('NET30'), daysToPay('net 60'), daysToPay(' NET10 '), daysToPay('COD'), daysToPay('NET')]).toEqual(
      [30, 60, 10, 0, 0],
    );
  });
});

describe('listing invoices', () => {
  it('filters by order, customer and status, a page at a time', async () => {
    const a = await shippedShipment('C-1001', [line(1, 10, 'EA', '0.1450')], [{ orderLineNumber: 1, quantity: 5 }]);
    const first = (await invoices.createFromShipment(a.shipment.id, CLERK)).invoice;
    const rest = await shipments.create(
      {
        salesOrderId: a.order.id,
        warehouseId: 'WH-DAL',
        carrier: 'UPSN',
        lines: [{ orderLineNumber: 1, quantity: 5 }],
      },
      CLERK,
    );
    for (const milestone of ['picked', 'packed', 'shipped'] as const)
      await shipments.recordMilestone(rest.id, { milestone }, CLERK);
    const second = (await invoices.createFromShipment(rest.id, CLERK)).invoice;

    const page1 = await invoices.list({ salesOrderId: a.order.id, limit: 1 });
    expect(page1.items.map((invoice) => invoice.id)).toEqual([first.id]);
    expect(
      (await invoices.list({ salesOrderId: a.order.id, limit: 1, cursor: page1.nextCursor })).items.map(
        (invoice) => invoice.id,
      ),
    ).toEqual([second.id]);
    expect((await invoices.list({ salesOrderId: a.order.id, status: 'open' })).items).toHaveLength(2);
    expect((await invoices.list({ salesOrderId: a.order.id, status: 'paid' })).items).toEqual([]);
    expect((await invoices.list({ salesOrderId: a.order.id, customerId: 'C-1002' })).items).toEqual([]);

    const newest = await invoices.list({ salesOrderId: a.order.id, newestFirst: true, limit: 1 });
    expect(newest.items.map((invoice) => invoice.id)).toEqual([second.id]);
    expect(
      (
        await invoices.list({ salesOrderId: a.order.id, newestFirst: true, limit: 1, cursor: newest.nextCursor })
      ).items.map((invoice) => invoice.id),
    ).toEqual([first.id]);
  });
});
