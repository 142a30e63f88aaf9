/**
 * Amazon Vendor (Retail Procurement) purchase orders pulled from a stand-in for the Selling Partner
 * API's Vendor Orders v1, which speaks its documented protocol over real HTTP: getPurchaseOrders
 * (createdAfter, createdBefore, purchaseOrderState, nextToken paging), getPurchaseOrder, and
 * submitAcknowledgement, all with x-amz-access-token. A PO becomes a canonical order placed in the
 * reference ERP and is acknowledged with what the ERP took (cases and eaches as Amazon ordered them);
 * a PO that cannot be taken in is acknowledged as rejected; polling again makes no duplicate.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type ChannelTestServer, type SeenRequest } from '../../support/channel-test-servers';
import { channelsApi } from '../../support/channels';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';

const ACCESS_TOKEN = 'Atza|IwEBIExampleVendorAccessToken';
const VENDOR_CODE = `V${randomUUID().replaceAll('-', '').slice(0, 8).toUpperCase()}`;
const GOOD = `4Z${randomUUID().replaceAll('-', '').slice(0, 6).toUpperCase()}`;
const BAD = `5Y${randomUUID().replaceAll('-', '').slice(0, 6).toUpperCase()}`;
const HELD = `6X${randomUUID().replaceAll('-', '').slice(0, 6).toUpperCase()}`;

/** A purchase order written from the Vendor Orders API v1 model (Order, OrderDetails, OrderItem). */
function purchaseOrder(number: string, date: string, items: object[]): object {
  return {
    purchaseOrderNumber: number,
    purchaseOrderState: 'New',
    orderDetails: {
      purchaseOrderDate: date,
      purchaseOrderStateChangedDate: date,
      purchaseOrderType: 'RegularOrder',
      paymentMethod: 'Invoice',
      buyingParty: { partyId: 'AMAZON-US' },
      sellingParty: { partyId: VENDOR_CODE },
      shipToParty: {
        partyId: 'DFW7',
        address: {
          name: 'Amazon DFW7',
          addressLine1: '700 Westport Pkwy',
          city: 'Fort Worth',
          stateOrRegion: 'TX',
          postalCode: '76177',
          countryCode: 'US',
        },
      },
      shipWindow: '2026-12-01T00:00:00Z--2026-12-07T00:00:00Z',
      deliveryWindow: '2026-12-03T00:00:00Z--2026-12-10T00:00:00Z',
      items,
    },
  };
}

const anItem = (sequence: string, sku: string, orderedQuantity: object, netCost: string) => ({
  itemSequenceNumber: sequence,
  amazonProductIdentifier: `B0${sequence}EXAMPLE`,
  vendorProductIdentifier: sku,
  orderedQuantity,
  isBackOrderAllowed: true,
  netCost: { currencyCode: 'USD', amount: netCost },
});

/** The Vendor Orders stand-in: New purchase orders one per page (nextToken page-2, page-3...), each order by number, acknowledgements taken with 202. */
function vendorOrdersApi(orders: { summary: object; order: object }[]): Promise<ChannelTestServer> {
  return serve('', (request: SeenRequest) => {
    if (request.headers['x-amz-access-token'] !== ACCESS_TOKEN)
      return {
        status: 403,
        body: '{"errors":[{"code":"Unauthorized","message":"Access to requested resource is denied."}]}',
      };
    if (request.method === 'GET' && request.path === '/vendor/orders/v1/purchaseOrders') {
      const page = Number(request.query.get('nextToken')?.replace('page-', '') ?? '1') - 1;
      const pagination = page + 1 < orders.length ? { pagination: { nextToken: `page-${page + 2}` } } : {};
      return { status: 200, body: JSON.stringify({ payload: { orders: [orders[page]!.summary], ...pagination } }) };
    }
    const number = request.path.match(/^\/vendor\/orders\/v1\/purchaseOrders\/([^/]+)$/)?.[1];
    const found = orders.find(
      (entry) => (entry.order as { purchaseOrderNumber: string }).purchaseOrderNumber === number,
    );
    if (request.method === 'GET' && found) return { status: 200, body: JSON.stringify({ payload: found.order }) };
    if (request.method === 'POST' && request.path === '/vendor/orders/v1/acknowledgements')
      return { status: 202, body: JSON.stringify({ payload: { transactionId: randomUUID() } }) };
    return { status: 404, body: '{"errors":[{"code":"NotFound","message":"Resource not found."}]}' };
  });
}

let crossdock: TestPlatform;
let api: ReturnType<typeof channelsApi>;
let amazon: ChannelTestServer;
let partnerId: string;
let hammers: string;
let nails: string;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = channelsApi(crossdock);
  const customerId = await api.openCustomer();
  [hammers, nails] = await Promise.all([
    api.stockedItem({ 'WH-DAL': 48 }, { price: '12.00' }),
    api.stockedItem({ 'WH-DAL': 50 }, { price: '4.00' }),
  ]);
  const good = purchaseOrder(GOOD, '2026-11-30T08:15:00Z', [
    anItem('1', hammers, { amount: 5, unitOfMeasure: 'Cases', unitSize: 12 }, '12.00'),
    anItem('2', nails, { amount: 10, unitOfMeasure: 'Eaches' }, '4.00'),
  ]);
  // In cases, with no case size: its eaches cannot be counted.
  const bad = purchaseOrder(BAD, '2026-11-30T09:00:00Z', [
    anItem('1', nails, { amount: 3, unitOfMeasure: 'Cases' }, '4.00'),
  ]);
  // A product we do not sell: held UNKNOWN_ITEM for a person.
  const held = purchaseOrder(HELD, '2026-11-30T10:00:00Z', [
    anItem('1', 'NOT-OUR-SKU', { amount: 2, unitOfMeasure: 'Cases', unitSize: 6 }, '3.00'),
  ]);
  const summary = (number: string, date: string) => ({
    purchaseOrderNumber: number,
    purchaseOrderState: 'New',
    orderDetails: { purchaseOrderDate: date },
  });
  amazon = await vendorOrdersApi([
    { summary: summary(GOOD, '2026-11-30T08:15:00Z'), order: good },
    { summary: summary(BAD, '2026-11-30T09:00:00Z'), order: bad },
    { summary: summary(HELD, '2026-11-30T10:00:00Z'), order: held },
  ]);
  partnerId = await api.createPartner(
    {
      channel: 'amazon-vendor',
      customerId,
      identifiers: { sellerId: VENDOR_CODE },
      connection: { baseUrl: amazon.baseUrl, accessToken: ACCESS_TOKEN, startFrom: '2026-11-01T00:00:00Z' },
    },
    {
      productIds: [{ qualifier: 'vendorProductIdentifier', lookup: 'as-sku' }],
      customer: { from: 'partner' },
      prices: 'keep',
    },
  );
});
afterAll(async () => {
  await crossdock.close();
  await amazon.close();
});

const poll = async () =>
  (await api.post(`/process/v1/partners/${partnerId}/poll`).expect(200)).body as {
    documentIds: string[];
    error?: string;
  };
const acknowledgementsSent = () =>
  amazon.requests
    .filter((request) => request.method === 'POST')
    .flatMap((request) => (JSON.parse(request.body) as { acknowledgements: Acknowledgement[] }).acknowledgements);

interface Acknowledgement {
  purchaseOrderNumber: string;
  sellingParty: { partyId: string };
  items: { itemSequenceNumber: string; orderedQuantity: object; itemAcknowledgements: object[] }[];
}

describe('Amazon Vendor purchase orders', () => {
  let orderId: string;
  let heldOrderId: string;

  it('lists New purchase orders page by page, places a readable one in the ERP with its windows, holds one with a product we do not sell, and rejects the unreadable one back to Amazon', async () => {
    const report = await poll();
    expect(report.error).toBeUndefined();
    const listings = amazon.requests.filter((request) => request.path === '/vendor/orders/v1/purchaseOrders');
    expect(listings.map((request) => [request.query.get('createdAfter'), request.query.get('nextToken')])).toEqual([
      ['2026-11-01T00:00:00Z', null],
      ['2026-11-01T00:00:00Z', 'page-2'],
      ['2026-11-01T00:00:00Z', 'page-3'],
    ]);
    expect(listings.every((request) => request.query.get('purchaseOrderState') === 'New')).toBe(true);
    expect(new Set(listings.map((request) => request.query.get('createdBefore'))).size).toBe(1);

    const [goodDocument, badDocument, heldDocument] = await Promise.all(
      report.documentIds.map((id) => api.document(id)),
    );
    expect(goodDocument).toMatchObject({
      channel: 'amazon-vendor',
      kind: 'amazon-vendor-purchase-order',
      status: 'processed',
    });
    expect(goodDocument!.orders[0]!.canonicalOrder).toMatchObject({
      channel: 'amazon-vendor',
      sourceOrderId: GOOD,
      purchaseOrderNumber: GOOD,
      currency: 'USD',
      shipWindow: { start: '2026-12-01T00:00:00Z', end: '2026-12-07T00:00:00Z' },
      deliveryWindow: { start: '2026-12-03T00:00:00Z', end: '2026-12-10T00:00:00Z' },
      lines: [
        { lineNumber: 1, sku: hammers, quantity: 60, unitPrice: '12.00' },
        { lineNumber: 2, sku: nails, quantity: 10, unitPrice: '4.00' },
      ],
    });
    const [order] = await api.settledOrdersOf(goodDocument!.id);
    expect(order).toMatchObject({ status: 'SUBMITTED', holds: [] });
    orderId = order!.id;
    const erpOrderId = (await api.receivedOrder(orderId)).erpOrderId as string;
    const inErp = (await api.get(`/system/v1/sales-orders/${erpOrderId}`).expect(200)).body;
    expect(inErp).toMatchObject({ shipTo: { city: 'Fort Worth', region: 'TX', postalCode: '76177' } });

    const [heldOrder] = await api.settledOrdersOf(heldDocument!.id);
    expect(heldOrder).toMatchObject({ status: 'HELD', holds: [{ reasonCode: 'UNKNOWN_ITEM' }] });
    heldOrderId = heldOrder!.id;

    expect(badDocument).toMatchObject({ status: 'rejected', orders: [] });
    expect(badDocument!.outcomes[0]).toMatchObject({ sourceOrderId: BAD, problem: { errors: [expect.anything()] } });
    // The held order is not answered; the order placed may already be, if the ERP took it while this poll went on.
    expect(acknowledgementsSent().some((sent) => sent.purchaseOrderNumber === HELD)).toBe(false);
    expect(acknowledgementsSent().filter((sent) => sent.purchaseOrderNumber === BAD)).toEqual([
      {
        purchaseOrderNumber: BAD,
        sellingParty: { partyId: VENDOR_CODE },
        acknowledgementDate: expect.any(String),
        items: [
          expect.objectContaining({
            itemSequenceNumber: '1',
            orderedQuantity: { amount: 3, unitOfMeasure: 'Cases' },
            itemAcknowledgements: [
              { acknowledgementCode: 'Rejected', acknowledgedQuantity: { amount: 3, unitOfMeasure: 'Cases' } },
            ],
          }),
        ],
      },
    ]);
  });

  it('acknowledges the order once the ERP took it (on the next poll at the latest): the cases in stock accepted, the case short backordered', async () => {
    const report = await poll();
    expect(report).toMatchObject({ documentIds: [] });
    const accepted = acknowledgementsSent().find((sent) => sent.purchaseOrderNumber === GOOD);
    expect(accepted).toMatchObject({ purchaseOrderNumber: GOOD, sellingParty: { partyId: VENDOR_CODE } });
    expect(
      accepted!.items.map((item) => [item.itemSequenceNumber, item.orderedQuantity, item.itemAcknowledgements]),
    ).toEqual([
      [
        '1',
        { amount: 5, unitOfMeasure: 'Cases', unitSize: 12 },
        [
          {
            acknowledgementCode: 'Accepted',
            acknowledgedQuantity: { amount: 4, unitOfMeasure: 'Cases', unitSize: 12 },
          },
          {
            acknowledgementCode: 'Backordered',
            acknowledgedQuantity: { amount: 1, unitOfMeasure: 'Cases', unitSize: 12 },
          },
        ],
      ],
      [
        '2',
        { amount: 10, unitOfMeasure: 'Eaches' },
        [{ acknowledgementCode: 'Accepted', acknowledgedQuantity: { amount: 10, unitOfMeasure: 'Eaches' } }],
      ],
    ]);
    const kept = (
      await api
        .get(`/process/v1/outbound-documents?partnerId=${partnerId}&kind=amazon-vendor-acknowledgement`)
        .expect(200)
    ).body as {
      items: {
        reference: string;
        status: string;
        interchangeControlNumber: string;
        transactionSetControlNumbers: string[];
      }[];
    };
    expect(kept.items.map((document) => [document.interchangeControlNumber, document.status])).toEqual([
      [GOOD, 'sent'],
      [BAD, 'sent'],
    ]);
    expect(kept.items[0]!.transactionSetControlNumbers).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/)]);
    const timeline = (await api.receivedOrder(orderId)).timeline as { step: string; detail?: string }[];
    expect(timeline.filter((entry) => entry.step === 'acknowledge').map((entry) => entry.detail)).toEqual([
      expect.stringContaining('written (Accepted, Backordered)'),
      expect.stringContaining('sent (transaction '),
    ]);
  });

  it('answers a held order only once a person decides: rejected, every item is Rejected back to Amazon', async () => {
    expect(acknowledgementsSent().map((sent) => sent.purchaseOrderNumber)).toEqual([BAD, GOOD]);
    const held = await api.receivedOrder(heldOrderId);
    await api.post(`/process/v1/holds/${held.holds[0]!.id}/reject`, { reason: 'We do not sell it' }).expect(200);
    expect((await poll()).error).toBeUndefined();
    const rejected = acknowledgementsSent()[2];
    expect(rejected).toMatchObject({ purchaseOrderNumber: HELD });
    expect(rejected!.items.map((item) => item.itemAcknowledgements)).toEqual([
      [
        {
          acknowledgementCode: 'Rejected',
          acknowledgedQuantity: { amount: 2, unitOfMeasure: 'Cases', unitSize: 6 },
        },
      ],
    ]);
  });

  it('takes nothing in twice and answers nothing twice when the same purchase orders are listed again', async () => {
    const before = amazon.requests.length;
    const report = await poll();
    expect(report).toMatchObject({ documentIds: [] });
    expect(acknowledgementsSent()).toHaveLength(3);
    const fetched = amazon.requests.slice(before).filter((request) => /purchaseOrders\/./.test(request.path));
    // The order taken in is not even fetched again; the refused one is, and is recognised as the document it was.
    expect(fetched.map((request) => request.path)).toEqual([`/vendor/orders/v1/purchaseOrders/${BAD}`]);
    const documents = (await api.get(`/process/v1/inbound-documents?partnerId=${partnerId}`).expect(200)).body as {
      items: unknown[];
    };
    expect(documents.items).toHaveLength(3);
  });

  it('refuses a vendor partner without its vendor code, naming the field', async () => {
    const answer = await api
      .post('/process/v1/partners', {
        id: `p-vendor-${randomUUID().slice(0, 8)}`,
        name: 'Vendor without a code',
        channel: 'amazon-vendor',
        customerId: 'C-1001',
        identifiers: {},
        mapping: { name: 'default', version: 1 },
      })
      .expect(400);
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'identifiers.sellerId' })]);
  });
});
