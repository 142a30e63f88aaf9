/**
 * UBL 2.1 Orders through the gateway, as a partner's Peppol access point posts them: the partner
 * recognised by the buyer's EndpointID, the order placed in the reference ERP and answered with an
 * OrderResponse (AP, or RE with the reason) kept for the partner; a copy refused as a duplicate;
 * malformed XML and a document that is no Order answered with problem+json and nothing half-written.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UBL_NAMESPACE } from '../../../process-apis/src/channels/ubl/ubl-names';
import { ublOrderXml, type TestOrder } from '../../../process-apis/src/channels/ubl/ubl-test-documents';
import { childNamed, childrenNamed, readXmlTree } from '../../../process-apis/src/channels/ubl/xml-tree';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { channelsApi } from '../../support/channels';

let crossdock: TestPlatform;
let api: ReturnType<typeof channelsApi>;
let accessPoint: string;
const PROBLEM = /^application\/problem\+json/;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = channelsApi(crossdock);
  accessPoint = `Bearer ${crossdock.token({ subject: 'peppol-access-point', scopes: ['process:write'] })}`;
});
afterAll(() => crossdock.close());

// Lines name our SKU as the seller's item id; a GTIN is cross-referenced.
const RULES = {
  productIds: [
    { qualifier: 'SellersItemIdentification', lookup: 'as-sku' },
    { qualifier: 'GTIN', lookup: 'cross-reference' },
  ],
  customer: { from: 'partner' },
  prices: 'keep',
};

// A Texas store (the reference ERP's sales tax and the Dallas warehouse), prefixes as in Peppol's examples.
const DALLAS_DELIVERY = [
  '<cac:Delivery><cac:DeliveryLocation><cbc:ID schemeID="0088">0614141000012</cbc:ID>',
  '<cac:Address><cbc:StreetName>1200 Commerce St</cbc:StreetName><cbc:CityName>Dallas</cbc:CityName>',
  '<cbc:PostalZone>75202</cbc:PostalZone><cbc:CountrySubentity>TX</cbc:CountrySubentity>',
  '<cac:Country><cbc:IdentificationCode>US</cbc:IdentificationCode></cac:Country></cac:Address></cac:DeliveryLocation>',
  '<cac:RequestedDeliveryPeriod><cbc:StartDate>2026-12-14</cbc:StartDate></cac:RequestedDeliveryPeriod>',
  '<cac:DeliveryParty><cac:PartyName><cbc:Name>Acme Hardware Store 112</cbc:Name></cac:PartyName></cac:DeliveryParty>',
  '</cac:Delivery>',
].join('');

const anEndpoint = () => ({
  schemeId: '0088',
  id: `73${randomUUID().replace(/\D/g, '').slice(0, 11).padEnd(11, '0')}`,
});

function postOrder(body: string | Buffer, contentType = 'application/xml', prefer?: string) {
  const request = crossdock.http
    .post('/process/v1/inbound/ubl')
    .set('Authorization', accessPoint)
    .set('Content-Type', contentType);
  return (prefer ? request.set('Prefer', prefer) : request)
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
    })
    .send(body);
}

/** An OrderResponse as the partner reads it: by namespace, with the reader Crossdock takes orders with. */
function orderResponse(text: string) {
  const root = readXmlTree(Buffer.from(text));
  const cbc = (local: string) => childNamed(root, UBL_NAMESPACE.cbc, local)?.text;
  return {
    root: `${root.uri} ${root.local}`,
    code: cbc('OrderResponseCode'),
    salesOrderId: cbc('SalesOrderID'),
    note: cbc('Note'),
    lines: childrenNamed(root, UBL_NAMESPACE.cac, 'OrderLine').map((line) => {
      const item = childNamed(line, UBL_NAMESPACE.cac, 'LineItem');
      const quantity = childNamed(item, UBL_NAMESPACE.cbc, 'Quantity');
      return {
        id: childNamed(item, UBL_NAMESPACE.cbc, 'ID')?.text,
        status: childNamed(item, UBL_NAMESPACE.cbc, 'LineStatusCode')?.text,
        quantity: quantity ? `${quantity.text} ${quantity.attributes.unitCode}` : undefined,
      };
    }),
    orderReference: childNamed(childNamed(root, UBL_NAMESPACE.cac, 'OrderReference'), UBL_NAMESPACE.cbc, 'ID')?.text,
  };
}

async function ublPartner(endpoint: { schemeId: string; id: string }, customerId: string): Promise<string> {
  return api.createPartner({ channel: 'ubl', customerId, identifiers: { peppolEndpoint: endpoint } }, RULES);
}

describe('POST /process/v1/inbound/ubl', () => {
  it('places a UBL Order in the reference ERP, answers the sender who waits with an OrderResponse AP, keeps it, and refuses a copy as a duplicate', async () => {
    const endpoint = anEndpoint();
    const customerId = await api.openCustomer();
    const [hammers, nails] = await Promise.all([
      api.stockedItem({ 'WH-DAL': 50 }, { price: '12.00' }),
      api.stockedItem({ 'WH-DAL': 50 }, { price: '4.00' }),
    ]);
    const partnerId = await api.createPartner(
      {
        channel: 'ubl',
        customerId,
        identifiers: { peppolEndpoint: endpoint },
        itemCrossReferences: [{ qualifier: 'GTIN', partnerProductId: '05704066204093', sku: nails }],
      },
      RULES,
    );
    const order: TestOrder = {
      id: `PO-UBL-${randomUUID().slice(0, 8)}`,
      currency: 'USD',
      buyerEndpoint: endpoint,
      delivery: DALLAS_DELIVERY,
      lines: [
        { id: '1', quantity: '6', unitCode: 'C62', price: '12.00', sellersItemId: hammers },
        { id: '2', quantity: '10', unitCode: 'H87', price: '4.00', gtin: '05704066204093' },
      ],
    };
    const body = ublOrderXml(order);

    const answer = await postOrder(body, 'application/xml', 'wait=30').expect(200);
    expect(answer.headers['content-type']).toMatch(/^application\/xml/);
    expect(answer.headers['preference-applied']).toBe('wait=30');
    const documentId = answer.headers['x-crossdock-inbound-document']!;
    const [placed] = await api.settledOrdersOf(documentId);
    expect(placed).toMatchObject({
      status: 'SUBMITTED',
      channel: 'ubl',
      sourceOrderId: order.id,
      customerId,
      holds: [],
    });
    expect(placed!.lines.map((line) => [line.sku, line.quantity])).toEqual([
      [hammers, 6],
      [nails, 10],
    ]);
    const erpOrderId = (await api.receivedOrder(placed!.id)).erpOrderId as string;
    const inErp = (await api.get(`/system/v1/sales-orders/${erpOrderId}`).expect(200)).body;
    expect(inErp).toMatchObject({ customerId, shipTo: { city: 'Dallas', region: 'TX', postalCode: '75202' } });

    expect(orderResponse(answer.body as string)).toEqual({
      root: `${UBL_NAMESPACE.orderResponse} OrderResponse`,
      code: 'AP',
      salesOrderId: erpOrderId,
      note: undefined,
      lines: [],
      orderReference: order.id,
    });
    const kept = await api
      .get(`/process/v1/outbound-documents/${answer.headers['x-crossdock-outbound-document']}`)
      .expect(200);
    expect(kept.body).toMatchObject({ kind: 'ubl-order-response', partnerId, reference: placed!.id, raw: answer.body });
    expect(await api.document(documentId)).toMatchObject({
      channel: 'ubl',
      kind: 'ubl-order',
      partnerId,
      status: 'processed',
    });

    const copy = await postOrder(body).expect(409);
    expect(copy.headers['content-type']).toMatch(PROBLEM);
    const problem = JSON.parse(copy.body as string) as { detail: string };
    expect(problem.detail).toContain(`is order ${placed!.id}`);
    expect(problem.detail).toContain(`OrderResponse ${kept.body.id}`);
    const documents = (await api.get(`/process/v1/inbound-documents?partnerId=${partnerId}`).expect(200)).body;
    expect(documents.items).toHaveLength(1);
    const responses = (await api.get(`/process/v1/outbound-documents?partnerId=${partnerId}`).expect(200)).body;
    expect(responses.items).toHaveLength(1);
  });

  it('answers on request, like an 855: CA when a line is backordered, each line with its status', async () => {
    const endpoint = anEndpoint();
    const customerId = await api.openCustomer({ allowBackorders: true });
    const [short, plenty] = await Promise.all([
      api.stockedItem({ 'WH-DAL': 5 }, { price: '12.00' }),
      api.stockedItem({ 'WH-DAL': 50 }, { price: '4.00' }),
    ]);
    const partnerId = await ublPartner(endpoint, customerId);
    const body = ublOrderXml({
      id: `PO-UBL-${randomUUID().slice(0, 8)}`,
      currency: 'USD',
      buyerEndpoint: endpoint,
      delivery: DALLAS_DELIVERY,
      lines: [
        { id: 'A', quantity: '8', unitCode: 'C62', price: '12.00', sellersItemId: short },
        { id: 'B', quantity: '2', unitCode: 'C62', price: '4.00', sellersItemId: plenty },
      ],
    });
    const answer = await postOrder(body).expect(202);
    expect(answer.headers['x-crossdock-outbound-document']).toBeUndefined();
    const documentId = answer.headers['x-crossdock-inbound-document']!;
    const [placed] = await api.settledOrdersOf(documentId);
    expect(placed).toMatchObject({ status: 'SUBMITTED' });
    // The kept order reads again for a dry run of the partner's mapping, placing nothing.
    const partner = (await api.get(`/process/v1/partners/${partnerId}`).expect(200)).body;
    expect(partner.identifiers).toEqual({ peppolEndpoint: endpoint });
    const dryRun = await api
      .post(`/process/v1/mappings/${partner.mapping.name}/versions/1/dry-run`, { documentId })
      .expect(200);
    expect(dryRun.body.orders[0].order.lines.map((line: { sku: string; uom: string }) => [line.sku, line.uom])).toEqual(
      [
        [short, 'EA'],
        [plenty, 'EA'],
      ],
    );

    const written = await api
      .post(`/process/v1/partners/${partnerId}/outbound/order-response`, { orderId: placed!.id })
      .expect(201);
    expect(written.body).toMatchObject({ kind: 'ubl-order-response', partnerId, reference: placed!.id });
    expect(orderResponse(written.body.raw as string)).toMatchObject({
      code: 'CA',
      note: 'Line A: 3 EA backordered.',
      lines: [
        { id: 'A', status: '3', quantity: '5 C62' },
        { id: 'B', status: '5', quantity: undefined },
      ],
    });
  });

  it('answers an order no canonical order can carry with an OrderResponse RE naming why, kept for the partner', async () => {
    const endpoint = anEndpoint();
    const partnerId = await ublPartner(endpoint, await api.openCustomer());
    // A line with a name and no item identification: a valid Peppol order, but nothing to order.
    const body = ublOrderXml({
      id: 'PO-UBL-RE',
      buyerEndpoint: endpoint,
      delivery: DALLAS_DELIVERY,
      lines: [{ id: '1', quantity: '1', name: 'A saw' }],
    });
    const answer = await postOrder(body, 'text/xml; charset=utf-8').expect(200);
    const response = orderResponse(answer.body as string);
    expect(response).toMatchObject({ code: 'RE', orderReference: 'PO-UBL-RE', salesOrderId: undefined });
    expect(response.note).toBe(
      'The order cannot be mapped to a canonical order: lines.0.sku: The line has no product id at all.',
    );
    const documentId = answer.headers['x-crossdock-inbound-document']!;
    expect(await api.document(documentId)).toMatchObject({ status: 'rejected', orders: [] });
    const kept = await api
      .get(`/process/v1/outbound-documents/${answer.headers['x-crossdock-outbound-document']}`)
      .expect(200);
    expect(kept.body).toMatchObject({ kind: 'ubl-order-response', partnerId, reference: documentId, raw: answer.body });
  });

  it('answers a changed resend (the same order ID, other quantities) with an OrderResponse RE naming the order taken first', async () => {
    const endpoint = anEndpoint();
    await ublPartner(endpoint, await api.openCustomer());
    const saws = await api.stockedItem({ 'WH-DAL': 50 }, { price: '9.00' });
    const order = (quantity: string): TestOrder => ({
      id: `PO-UBL-CHG-${randomUUID().slice(0, 8)}`.slice(0, 20),
      currency: 'USD',
      buyerEndpoint: endpoint,
      delivery: DALLAS_DELIVERY,
      lines: [{ id: '1', quantity, unitCode: 'C62', price: '9.00', sellersItemId: saws }],
    });
    const first = order('4');
    const taken = await postOrder(ublOrderXml(first)).expect(202);
    const [placed] = await api.settledOrdersOf(taken.headers['x-crossdock-inbound-document']!);
    const answer = await postOrder(ublOrderXml({ ...order('9'), id: first.id })).expect(200);
    const response = orderResponse(answer.body as string);
    expect(response).toMatchObject({ code: 'RE', orderReference: first.id });
    expect(response.note).toContain(`taken in before as order ${placed!.id}`);
    expect((await api.receivedOrder(placed!.id)).lines.map((line) => line.quantity)).toEqual([4]);
  });

  it('answers malformed XML, a document that is no Order and a DOCTYPE with problem+json: kept, nothing placed or answered', async () => {
    const endpoint = anEndpoint();
    const partnerId = await ublPartner(endpoint, await api.openCustomer());
    const whole = ublOrderXml({
      id: 'PO-UBL-BAD',
      buyerEndpoint: endpoint,
      lines: [{ id: '1', quantity: '1', sellersItemId: 'X' }],
    });
    const bodies = [
      whole.slice(0, whole.length - 20),
      whole.replaceAll(UBL_NAMESPACE.order, 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2'),
      whole.replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE Order [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
      ),
    ];
    const expected = ['not well-formed', 'no UBL 2.1 Order', 'DOCTYPE is not accepted'];
    for (const [index, body] of bodies.entries()) {
      const answer = await postOrder(body).expect(400);
      expect(answer.headers['content-type']).toMatch(PROBLEM);
      const problem = JSON.parse(answer.body as string) as { detail: string; errors: unknown[] };
      expect(problem.detail).toContain(expected[index]);
      const keptId = /kept as inbound document ([0-9a-f-]{36})/.exec(problem.detail)![1]!;
      expect(await api.document(keptId)).toMatchObject({ channel: 'ubl', status: 'rejected', orders: [] });
    }
    expect((await api.get(`/process/v1/inbound-documents?partnerId=${partnerId}`).expect(200)).body.items).toEqual([]);
    expect((await api.get(`/process/v1/outbound-documents?partnerId=${partnerId}`).expect(200)).body.items).toEqual([]);
  });

  it('refuses an order from an EndpointID that is no UBL partner (422) and a body not sent as XML (415)', async () => {
    const stranger = ublOrderXml({
      id: 'PO-UBL-X',
      buyerEndpoint: anEndpoint(),
      lines: [{ id: '1', quantity: '1', sellersItemId: 'X' }],
    });
    const refused = await postOrder(stranger).expect(422);
    expect(JSON.parse(refused.body as string)).toMatchObject({
      errors: [{ field: 'Order/cac:BuyerCustomerParty/cac:Party/cbc:EndpointID' }],
    });
    await postOrder(stranger, 'application/json').expect(415);
    const unnamed = await api
      .post('/process/v1/partners', {
        id: `p-ubl-${randomUUID().slice(0, 8)}`,
        name: 'No endpoint',
        channel: 'ubl',
        customerId: 'C-1001',
        identifiers: {},
        mapping: { name: 'any', version: 1 },
      })
      .expect(400);
    expect(unnamed.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'identifiers.peppolEndpoint' })]),
    );
  });
});
