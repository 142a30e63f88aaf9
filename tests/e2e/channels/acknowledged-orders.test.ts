/**
 * An acknowledgement is a promise: every order a channel acknowledged as received (a 997 AK5 A, a
 * webhook's 2xx, a polled page taken, an API 202) ends as an order, a hold a person can fix, or a
 * refusal told to the sender in its own terms (an 855 BAK02 RJ, an inbound_order.rejected event, the
 * order's REJECTED status) — never dropped in silence. One test per channel here; the other channels show
 * their three outcomes beside their own platforms:
 * - EDIFACT: order and ORDRSP 27 refusal in edifact-inbound, hold (ORDRSP 12) in business-answers;
 * - UBL: order (AP) and OrderResponse RE refusal in ubl-inbound, hold (AB) in business-answers;
 * - Amazon Vendor: order, hold and the acknowledgement rejecting a purchase order in amazon-vendor;
 * - BigCommerce: order, ADDRESS_INCOMPLETE hold and the refusal event in bigcommerce-webhook;
 * - a changed resend, every JSON channel: changed-resends (X12 in answered-once).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interchangeOf } from '../../../process-apis/src/channels/x12/x12-test-documents';
import {
  startAmazonTestServer,
  startMagentoTestServer,
  type ChannelTestServer,
} from '../../support/channel-test-servers';
import { aShopDomain, AS_SENT_RULES, sample, SAMPLES, shopifyWebhookBody, sign } from '../../support/channels';
import { anOrder, DALLAS_STORE, type OrderView } from '../../support/order-pipeline';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { waitUntil } from '../../support/wait-until';
import { aSenderId, element, parseInterchange, segments, x12Api } from '../../support/x12';

let crossdock: TestPlatform;
let api: ReturnType<typeof x12Api>;
const servers: ChannelTestServer[] = [];

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = x12Api(crossdock);
});
afterAll(async () => {
  await crossdock.close();
  await Promise.all(servers.map((server) => server.close()));
});

interface PublishedEvent {
  type: string;
  subject: string;
  data: Record<string, unknown>;
}

/** The events about a subject (an inbound document, an order), once `type` is among them. */
const eventsAbout = (subject: string, type: string) =>
  waitUntil(
    async () =>
      (await api.get(`/process/v1/events?subject=${encodeURIComponent(subject)}`).expect(200)).body as PublishedEvent[],
    (events) => events.some((event) => event.type === type),
    { what: `${type} about ${subject}` },
  );

const holdsOf = (order: OrderView) =>
  order.holds.filter((hold) => hold.status === 'open').map((hold) => hold.reasonCode);

describe('X12: a 997 accepting an 850 is followed by the business answer', () => {
  const RULES = {
    productIds: [{ qualifier: 'VP', lookup: 'as-sku' }],
    customer: { from: 'partner' },
    prices: 'ignore',
  };
  const interchange = (sender: string, body: string[]) =>
    interchangeOf([{ controlNumber: '0001', body }]).replace('*BUYERCO        *', `*${sender.padEnd(15)}*`);
  const header = (poNumber: string) => [`BEG*00*SA*${poNumber}**20261127`, 'CUR*BY*USD'];

  it('ships an 850 without any N1 loop to the customer’s default delivery address, and submits it', async () => {
    const sender = aSenderId(15);
    const customerId = await api.openCustomer();
    await api.createX12Partner({ qualifier: 'ZZ', id: sender }, RULES, { customerId });
    const sku = await api.stockedItem({ 'WH-DAL': 50 }, { price: '5.00' });
    const answer = await api
      .postInterchange(interchange(sender, [...header('PO-NO-N1'), `PO1*1*10*EA*5.00**VP*${sku}`, 'CTT*1']))
      .expect(200);
    expect(segments(parseInterchange(answer.body as string), 'AK5').map((segment) => element(segment, 1))).toEqual([
      'A',
    ]);

    const [order] = await api.settledOrdersOf(answer.headers['x-crossdock-inbound-document']!);
    expect(order).toMatchObject({ status: 'SUBMITTED', shipTo: DALLAS_STORE });
    expect(order!.timeline.find((entry) => entry.step === 'validate')?.detail).toMatch(
      /named no ship-to: it ships to customer .*'s default delivery address \(Dallas, US\)/,
    );
  });

  it('holds it ADDRESS_INCOMPLETE when the default is incomplete too, and goes on once the customer master is fixed and the hold released', async () => {
    const sender = aSenderId(15);
    const customerId = await api.openCustomer();
    const customer = await api.get(`/system/v1/customers/${customerId}`).expect(200);
    const { region: _region, ...withoutState } = DALLAS_STORE;
    const { updatedAt: _updatedAt, ...fields } = customer.body as Record<string, unknown>;
    const put = await api.put(
      `/system/v1/customers/${customerId}`,
      { ...fields, shipTo: withoutState },
      customer.headers.etag,
    );
    expect(put.status, put.text).toBe(200);
    await api.createX12Partner({ qualifier: 'ZZ', id: sender }, RULES, { customerId });
    const sku = await api.stockedItem({ 'WH-DAL': 50 }, { price: '5.00' });
    const answer = await api
      .postInterchange(interchange(sender, [...header('PO-NO-N1-2'), `PO1*1*10*EA*5.00**VP*${sku}`, 'CTT*1']))
      .expect(200);

    const [held] = await api.settledOrdersOf(answer.headers['x-crossdock-inbound-document']!);
    expect(held).toMatchObject({
      status: 'HELD',
      holds: [
        expect.objectContaining({
          reasonCode: 'ADDRESS_INCOMPLETE',
          detail: expect.stringMatching(/names no ship-to.*default delivery address is incomplete \(region/),
        }),
      ],
    });

    const fixed = await api.get(`/system/v1/customers/${customerId}`).expect(200);
    await api
      .put(`/system/v1/customers/${customerId}`, { ...fields, shipTo: DALLAS_STORE }, fixed.headers.etag)
      .expect(200);
    await api
      .post(`/process/v1/holds/${held!.holds[0]!.id}/release`, { note: 'ship-to fixed in the ERP' })
      .set('Prefer', 'wait=10')
      .expect(200);
    expect(await api.settled(held!.id)).toMatchObject({ status: 'SUBMITTED', shipTo: DALLAS_STORE });
  });

  it('reads an alpha-3 N404 as alpha-2, holds a US ship-to without a postal code, and takes the address a person gives on release', async () => {
    const sender = aSenderId(15);
    const customerId = await api.openCustomer();
    await api.createX12Partner({ qualifier: 'ZZ', id: sender }, RULES, { customerId });
    const sku = await api.stockedItem({ 'WH-DAL': 50 }, { price: '5.00' });
    const body = [
      ...header('PO-ALPHA3'),
      'N1*ST*ACME STORE 9*92*0009',
      'N3*77 MAIN ST',
      'N4*DALLAS*TX**USA',
      `PO1*1*10*EA*5.00**VP*${sku}`,
      'CTT*1',
    ];
    const answer = await api.postInterchange(interchange(sender, body)).expect(200);

    const [held] = await api.settledOrdersOf(answer.headers['x-crossdock-inbound-document']!);
    expect(held!.shipTo).toEqual({
      name: 'ACME STORE 9',
      line1: '77 MAIN ST',
      city: 'DALLAS',
      region: 'TX',
      country: 'US',
    });
    expect(held!.holds).toEqual([
      expect.objectContaining({
        reasonCode: 'ADDRESS_INCOMPLETE',
        detail: expect.stringContaining('postalCode: missing (carriers in US need one)'),
      }),
    ]);

    const holdId = held!.holds[0]!.id;
    const incomplete = await api.post(`/process/v1/holds/${holdId}/release`, {
      shipTo: { ...held!.shipTo, postalCode: ' ' },
    });
    expect(incomplete.status).toBe(400);
    const shipTo = { ...held!.shipTo, postalCode: '75201' };
    await api.post(`/process/v1/holds/${holdId}/release`, { shipTo }).set('Prefer', 'wait=10').expect(200);
    const submitted = await api.settled(held!.id);
    expect(submitted).toMatchObject({ status: 'SUBMITTED', shipTo });
    expect(submitted.timeline.map((entry) => entry.detail)).toContainEqual(
      expect.stringMatching(/^Ship-to set by .*: DALLAS, US\.$/),
    );
  });

  it('refuses an 850 that cannot become an order with an 855 BAK02 RJ giving the reason, kept for the partner, and an event', async () => {
    const sender = aSenderId(15);
    const customerId = await api.openCustomer();
    const partnerId = await api.createX12Partner({ qualifier: 'ZZ', id: sender }, RULES, { customerId });
    // A line naming no product at all: readable X12 (AK5 A), but no order can carry it.
    const answer = await api
      .postInterchange(
        interchange(sender, [...header('PO-NO-ITEM'), 'N1*ST*ACME STORE 9*92*0009', 'PO1*1*10*EA*5.00', 'CTT*1']),
      )
      .expect(200);
    expect(segments(parseInterchange(answer.body as string), 'AK5').map((segment) => element(segment, 1))).toEqual([
      'A',
    ]);
    const documentId = answer.headers['x-crossdock-inbound-document']!;
    expect(await api.document(documentId)).toMatchObject({
      status: 'rejected',
      orders: [],
      outcomes: [
        { sourceOrderId: 'PO-NO-ITEM', problem: { title: 'The order cannot be mapped to a canonical order' } },
      ],
    });

    const sent = (await api.get(`/process/v1/outbound-documents?partnerId=${partnerId}&kind=855`).expect(200)).body
      .items as { id: string; reference: string; raw: string }[];
    expect(sent).toHaveLength(1);
    expect(sent[0]!.reference).toBe(documentId);
    const rejection = parseInterchange(sent[0]!.raw);
    expect(rejection.header).toMatchObject({ receiverId: sender });
    expect(segments(rejection, 'BAK')[0]!.elements.slice(0, 4)).toEqual(['00', 'RJ', 'PO-NO-ITEM', '20261127']);
    expect(element(segments(rejection, 'MSG')[0], 1)).toMatch(
      /^The order cannot be mapped to a canonical order: lines\.0\.sku: The line has no product id at all\./,
    );

    const [event] = (await eventsAbout(documentId, 'com.crossdock.inbound_order.rejected')).filter(
      (candidate) => candidate.type === 'com.crossdock.inbound_order.rejected',
    );
    expect(event!.data).toMatchObject({
      documentId,
      partnerId,
      channel: 'x12',
      sourceOrderId: 'PO-NO-ITEM',
      answerDocumentId: sent[0]!.id,
    });
  });
});

describe('web shops: a webhook answered 2xx', () => {
  const SHOPIFY_SECRET = 'shpss_acknowledged_0123456789abcdef';
  const WOO_SECRET = 'wc-acknowledged-secret-0123456789';
  let shop: string;
  let wooDomain: string;
  let deliveries = 0;

  beforeAll(async () => {
    shop = aShopDomain('ack');
    wooDomain = `ack-${randomUUID().slice(0, 8)}.example`;
    await api.createPartner({
      channel: 'shopify',
      identifiers: { shopDomain: shop },
      webhookSecrets: [SHOPIFY_SECRET],
    });
    await api.createPartner(
      { channel: 'woocommerce', identifiers: { shopDomain: wooDomain }, webhookSecrets: [WOO_SECRET] },
      AS_SENT_RULES('sku'),
    );
  });

  const shopify = (body: string) =>
    crossdock.http
      .post('/process/v1/inbound/shopify/orders')
      .set('Content-Type', 'application/json')
      .set('X-Shopify-Topic', 'orders/create')
      .set('X-Shopify-Shop-Domain', shop)
      .set('X-Shopify-Webhook-Id', `ack-${++deliveries}-${randomUUID()}`)
      .set('X-Shopify-Hmac-Sha256', sign(body, SHOPIFY_SECRET))
      .send(body);
  const woo = (body: string) =>
    crossdock.http
      .post('/process/v1/inbound/woocommerce/orders')
      .set('Content-Type', 'application/json')
      .set('X-WC-Webhook-Source', `https://${wooDomain}/`)
      .set('X-WC-Webhook-Topic', 'order.created')
      .set('X-WC-Webhook-Resource', 'order')
      .set('X-WC-Webhook-Event', 'created')
      .set('X-WC-Webhook-ID', '31')
      .set('X-WC-Webhook-Delivery-ID', `ack-${++deliveries}`)
      .set('X-WC-Webhook-Signature', sign(body, WOO_SECRET))
      .send(body);

  it('Shopify: an order without a street is held ADDRESS_INCOMPLETE; one with nothing to order, or a body that is no order, is refused with an event', async () => {
    const sampleText = shopifyWebhookBody().toString('utf8');
    // Order ids of this test's own: the sample's belongs to the Shopify webhook tests.
    const [heldId, refusedId] = [1, 2].map((offset) => String(Date.now() * 10 + offset));
    const shippingAt = sampleText.indexOf('"shipping_address"');
    const noStreet = (
      sampleText.slice(0, shippingAt) +
      sampleText.slice(shippingAt).replace('"address1": "Chestnut Street 92"', '"address1": ""')
    ).replace('"id": 450789469', `"id": ${heldId}`);
    const held = await shopify(noStreet).expect(202);
    const [order] = await api.settledOrdersOf(held.body.documentId);
    expect(order!.status).toBe('HELD');
    expect(holdsOf(order!)).toContain('ADDRESS_INCOMPLETE');

    const nothing = sampleText
      .replace('"id": 450789469', `"id": ${refusedId}`)
      .replaceAll('"quantity": 1,', '"quantity": 0,');
    const refused = await shopify(nothing).expect(202);
    expect(refused.body).toMatchObject({
      status: 'rejected',
      outcomes: [{ sourceOrderId: refusedId, problem: expect.any(Object) }],
    });
    const [event] = await eventsAbout(refused.body.documentId, 'com.crossdock.inbound_order.rejected');
    expect(event!.data).toMatchObject({ channel: 'shopify', sourceOrderId: refusedId, reason: expect.any(String) });

    // A signed body that is no order at all is answered 2xx too (else the shop disables the webhook): told the same way.
    const unreadable = await shopify('{"id": "not an order"}').expect(202);
    expect(unreadable.body.status).toBe('rejected');
    const [told] = await eventsAbout(unreadable.body.documentId, 'com.crossdock.inbound_order.rejected');
    expect(told!.data).toMatchObject({
      channel: 'shopify',
      documentId: unreadable.body.documentId,
      reason: expect.any(String),
    });
  });

  it('WooCommerce: a US order without a postcode is held ADDRESS_INCOMPLETE; one with nothing to order is refused with an event', async () => {
    const sampleText = sample(SAMPLES.wooCommerceOrder).toString('utf8');
    const shippingAt = sampleText.indexOf('"shipping": {');
    const noPostcode = (
      sampleText.slice(0, shippingAt) + sampleText.slice(shippingAt).replace('"postcode": "94103"', '"postcode": ""')
    ).replace('"id": 727', `"id": ${Date.now() * 10 + 1}`);
    const held = await woo(noPostcode).expect(202);
    const [order] = await api.settledOrdersOf(held.body.documentId);
    expect(order!.status).toBe('HELD');
    expect(order!.holds).toContainEqual(
      expect.objectContaining({ reasonCode: 'ADDRESS_INCOMPLETE', detail: expect.stringContaining('postalCode') }),
    );

    const nothing = sampleText
      .replace('"id": 727', `"id": ${Date.now() * 10 + 2}`)
      .replace(/"quantity": \d+,/g, '"quantity": 0,');
    const refused = await woo(nothing).expect(202);
    expect(refused.body.status).toBe('rejected');
    const [event] = await eventsAbout(refused.body.documentId, 'com.crossdock.inbound_order.rejected');
    expect(event!.data).toMatchObject({ channel: 'woocommerce', reason: expect.any(String) });
  });
});

describe('polled channels: a page taken', () => {
  it('Magento: an order without a street is held ADDRESS_INCOMPLETE, one with nothing to order refused with an event', async () => {
    const text = sample(SAMPLES.magentoOrder).toString('utf8');
    const noStreet = text
      .replaceAll('"123 Oak Ave"', '""')
      .replace('"increment_id": "000000003"', '"increment_id": "000000501"');
    const nothing = text
      .replace('"entity_id": 3,\n  "global_currency_code"', '"entity_id": 502,\n  "global_currency_code"')
      .replace('"increment_id": "000000003"', '"increment_id": "000000502"')
      .replaceAll('"qty_ordered": 1,', '"qty_ordered": 0,');
    const magento = await startMagentoTestServer({
      token: 'ack-magento-token',
      orders: [
        { entityId: 3, text: noStreet },
        { entityId: 502, text: nothing },
      ],
    });
    servers.push(magento);
    const partnerId = await api.createPartner(
      { channel: 'magento', connection: { baseUrl: magento.baseUrl, accessToken: 'ack-magento-token', pageSize: 1 } },
      AS_SENT_RULES('sku'),
    );
    const report = (await api.post(`/process/v1/partners/${partnerId}/poll`).expect(200)).body as {
      documentIds: string[];
    };
    expect(report.documentIds).toHaveLength(2);

    const [order] = await api.settledOrdersOf(report.documentIds[0]!);
    expect(order!.status).toBe('HELD');
    expect(holdsOf(order!)).toContain('ADDRESS_INCOMPLETE');
    expect(await api.document(report.documentIds[1]!)).toMatchObject({ status: 'rejected', orders: [] });
    const [event] = await eventsAbout(report.documentIds[1]!, 'com.crossdock.inbound_order.rejected');
    expect(event!.data).toMatchObject({ channel: 'magento', partnerId, sourceOrderId: '000000502' });
  });

  it('Amazon: an order whose address Amazon withheld is held ADDRESS_INCOMPLETE, not sent to a default address or dropped', async () => {
    const orderId = '902-3159896-1390916';
    const orders = sample(SAMPLES.amazonOrders)
      .toString('utf8')
      .replace(/"ShippingAddress": \{[^}]*\},/, '');
    const amazon = await startAmazonTestServer({
      accessToken: 'ack-amazon-token',
      listing: {
        orderPages: [orders, '{"payload":{"Orders":[]}}'],
        orderItems: {
          [orderId]: [
            // Amazon's sample items answer is about another order than its sample order: made about this one.
            sample(SAMPLES.amazonOrderItems)
              .toString('utf8')
              .replace(/"AmazonOrderId":\s*"[^"]*"/, `"AmazonOrderId": "${orderId}"`),
            `{"payload":{"AmazonOrderId":"${orderId}","OrderItems":[]}}`,
          ],
        },
      },
    });
    servers.push(amazon);
    const partnerId = await api.createAmazonPartner({ baseUrl: amazon.baseUrl, accessToken: 'ack-amazon-token' });
    const report = (await api.post(`/process/v1/partners/${partnerId}/poll`).expect(200)).body as {
      documentIds: string[];
    };
    const [order] = await api.settledOrdersOf(report.documentIds[0]!);
    expect(order!.status).toBe('HELD');
    expect(order!.holds).toContainEqual(
      expect.objectContaining({
        reasonCode: 'ADDRESS_INCOMPLETE',
        detail: expect.stringContaining("The order's ship-to is incomplete"),
      }),
    );
  });
});

describe('the process API (and the portal through it): an order answered 202', () => {
  it('is held ADDRESS_INCOMPLETE when its US ship-to has no postal code, and a person’s rejection is an order.rejected event', async () => {
    const { postalCode: _postalCode, ...withoutPostalCode } = DALLAS_STORE;
    const answer = await api.placeOrder(
      anOrder('C-1001', [{ sku: 'HXB-004', quantity: 1 }], { shipTo: withoutPostalCode }),
    );
    expect(answer.status).toBe(202);
    const held = await api.settled(answer.body.id);
    expect(held).toMatchObject({
      status: 'HELD',
      holds: [expect.objectContaining({ reasonCode: 'ADDRESS_INCOMPLETE' })],
    });

    await api
      .post(`/process/v1/holds/${held.holds[0]!.id}/reject`, { reason: 'the customer gives no delivery address' })
      .expect(200);
    expect((await api.order(held.id)).status).toBe('REJECTED');
    const [event] = (await eventsAbout(held.id, 'com.crossdock.order.rejected')).filter(
      (candidate) => candidate.type === 'com.crossdock.order.rejected',
    );
    expect(event!.data).toMatchObject({
      orderId: held.id,
      reason: 'the customer gives no delivery address',
      reasonCodes: ['ADDRESS_INCOMPLETE'],
    });
  });
});
