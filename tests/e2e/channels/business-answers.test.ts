/**
 * What an EDIFACT or UBL partner gets back after the syntax answer, with no one asking: the ORDRSP or
 * OrderResponse once its order is accepted by the ERP, held or rejected, and, for EDIFACT, a DESADV
 * when the order ships and an INVOIC when it is invoiced, all listed in its outbound documents and
 * read back with Crossdock's own readers.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  interchangeOf,
  messageOf,
  ordersBody,
  segmentsReadBack,
} from '../../../process-apis/src/channels/edifact/edifact-test-documents';
import { UBL_NAMESPACE } from '../../../process-apis/src/channels/ubl/ubl-names';
import { ublOrderXml } from '../../../process-apis/src/channels/ubl/ubl-test-documents';
import { childNamed, readXmlTree } from '../../../process-apis/src/channels/ubl/xml-tree';
import { channelsApi } from '../../support/channels';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';

let crossdock: TestPlatform;
let api: ReturnType<typeof channelsApi>;
let customerId: string;
let stocked: string;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = channelsApi(crossdock);
  customerId = await api.openCustomer();
  stocked = await api.stockedItem({ 'WH-DAL': 100 }, { price: '5.00' });
});
afterAll(() => crossdock.close());

interface Sent {
  id: string;
  kind: string;
  reference: string;
  raw: string;
}

/** The partner's outbound documents of `kind`, oldest first, once there are `count` of them. */
async function sentToPartner(partnerId: string, kind: string, count = 1): Promise<Sent[]> {
  return vi.waitFor(
    async () => {
      const page = await api.get(`/process/v1/outbound-documents?partnerId=${partnerId}&kind=${kind}`).expect(200);
      expect(page.body.items).toHaveLength(count);
      return (page.body.items as Sent[]).reverse();
    },
    { timeout: 10_000, interval: 50 },
  );
}

/** Posts a body to an inbound endpoint as the partner's VAN or access point would. */
function post(path: string, contentType: string, body: string) {
  const sender = `Bearer ${crossdock.token({ subject: 'partner-gateway', scopes: ['process:write'] })}`;
  return crossdock.http.post(path).set('Authorization', sender).set('Content-Type', contentType).send(body);
}

async function rejectTheHold(orderId: string, reason: string) {
  const held = await vi.waitFor(async () => {
    const order = await api.receivedOrder(orderId);
    expect(order.status).toBe('HELD');
    return order;
  });
  await api.post(`/process/v1/holds/${held.holds[0]!.id}/reject`, { reason }).expect(200);
}

describe('an EDIFACT partner', () => {
  const sender = `57${randomUUID().replace(/\D/g, '').slice(0, 11).padEnd(11, '1')}`;
  let partnerId: string;
  const orders = (orderNumber: string, sku: string) =>
    interchangeOf(
      [
        messageOf(
          '1',
          'ORDERS:D:01B:UN',
          ordersBody(
            orderNumber,
            [
              'DTM+137:20261207:102',
              'NAD+BY+5412345000013::9',
              'NAD+DP+5412345000020::9++Store 9+1 Main St+Dallas+TX+75202+US',
            ],
            ['LIN+1', `PIA+5+${sku}:SA`, 'QTY+21:4:PCE', 'PRI+AAA:5.00'],
          ),
        ),
      ],
      { sender: `${sender}:14`, reference: randomUUID().slice(0, 8), acknowledgementRequested: true },
    );
  const placed = async (orderNumber: string, sku: string) => {
    const answer = await post('/process/v1/inbound/edifact', 'application/edifact', orders(orderNumber, sku)).expect(
      200,
    );
    return (await api.settledOrdersOf(answer.headers['x-crossdock-inbound-document']!))[0]!;
  };

  beforeAll(async () => {
    partnerId = await api.createPartner(
      {
        channel: 'edifact',
        customerId,
        identifiers: {
          edifact: { senderId: sender, senderQualifier: '14', recipientId: 'CROSSDOCK', recipientQualifier: 'ZZZ' },
        },
      },
      {
        productIds: [{ qualifier: 'SA', lookup: 'as-sku' }],
        customer: { from: 'partner' },
        prices: 'keep',
        units: { map: { PCE: 'EA' } },
      },
    );
  });

  it('gets an ORDRSP 29 once the ERP has the order, a DESADV when it ships and an INVOIC when it is invoiced, in D.01B as it ordered', async () => {
    const order = await placed('PO-ANS-1', stocked);
    expect(order.status).toBe('SUBMITTED');
    const { erpOrderId } = await api.receivedOrder(order.id);

    const [ordrsp] = await sentToPartner(partnerId, 'ORDRSP');
    expect(ordrsp!.reference).toBe(order.id);
    expect(segmentsReadBack(ordrsp!.raw)).toEqual([
      'UNH+1+ORDRSP:D:01B:UN',
      expect.stringMatching(/^BGM\+231\+AC\d+\+29$/),
      expect.stringMatching(/^DTM\+137:\d{8}:102$/),
      'RFF+ON:PO-ANS-1',
      'DTM+171:20261207:102',
      `RFF+VN:${erpOrderId}`,
      'UNS+S',
      'UNT+8+1',
    ]);

    const shipment = await api
      .post('/process/v1/shipments', {
        orderId: order.id,
        warehouseId: 'WH-DAL',
        carrier: 'UPSN',
        lines: [{ lineNumber: 1, quantity: 4 }],
      })
      .expect(201);
    for (const milestone of ['picked', 'packed'])
      await api.post(`/process/v1/shipments/${shipment.body.id}/milestones`, { milestone }).expect(200);
    await api
      .post(`/process/v1/shipments/${shipment.body.id}/milestones`, {
        milestone: 'shipped',
        trackingNumber: '1Z999AA1',
      })
      .expect(200);
    const [desadv] = await sentToPartner(partnerId, 'DESADV');
    expect(desadv!.reference).toBe(shipment.body.id);
    expect(segmentsReadBack(desadv!.raw)).toEqual(
      expect.arrayContaining([
        'UNH+1+DESADV:D:01B:UN',
        `BGM+351+${shipment.body.id}+9`,
        'RFF+ON:PO-ANS-1',
        'RFF+CN:1Z999AA1',
        'NAD+BY+5412345000013::9',
        `LIN+1++${stocked}:SA`,
        'QTY+12:4:EA',
      ]),
    );

    const invoice = await api.post('/process/v1/invoices', { shipmentId: shipment.body.id }).expect(201);
    const [invoic] = await sentToPartner(partnerId, 'INVOIC');
    expect(invoic!.reference).toBe(invoice.body.id);
    const segments = segmentsReadBack(invoic!.raw);
    expect(segments).toEqual(
      expect.arrayContaining([
        `BGM+380+${invoice.body.id}+9`,
        'QTY+47:4:EA',
        'MOA+203:20.00',
        `MOA+77:${invoice.body.total}`,
      ]),
    );
  });

  it('gets an ORDRSP 12 when its order is held, then 27 with the reason when a person rejects it', async () => {
    const order = await placed('PO-ANS-2', `NO-SUCH-${randomUUID().slice(0, 6)}`);
    const [held] = (await sentToPartner(partnerId, 'ORDRSP', 2)).filter((document) => document.reference === order.id);
    expect(segmentsReadBack(held!.raw)[1]).toMatch(/^BGM\+231\+HD\d+\+12$/);

    await rejectTheHold(order.id, 'Item discontinued');
    const rejected = (await sentToPartner(partnerId, 'ORDRSP', 3)).at(-1)!;
    expect(rejected.reference).toBe(order.id);
    const segments = segmentsReadBack(rejected.raw);
    expect(segments[1]).toMatch(/^BGM\+231\+RJ\d+\+27$/);
    expect(segments.find((segment) => segment.startsWith('FTX+AAO'))).toMatch(
      /^FTX\+AAO\+\+[A-Z_,]+\+Item discontinued/,
    );
  });
});

describe('a UBL partner', () => {
  const endpoint = { schemeId: '0088', id: `74${randomUUID().replace(/\D/g, '').slice(0, 11).padEnd(11, '2')}` };
  let partnerId: string;
  const responses = async (count: number) =>
    (await sentToPartner(partnerId, 'ubl-order-response', count)).map((document) => {
      const root = readXmlTree(Buffer.from(document.raw));
      const text = (local: string) => childNamed(root, UBL_NAMESPACE.cbc, local)?.text;
      return { reference: document.reference, code: text('OrderResponseCode'), note: text('Note') };
    });
  const place = async (sku: string) => {
    const body = ublOrderXml({
      id: `PO-UBL-${randomUUID().slice(0, 8)}`,
      currency: 'USD',
      buyerEndpoint: endpoint,
      delivery:
        '<cac:Delivery><cac:DeliveryLocation><cac:Address><cbc:StreetName>1 Main St</cbc:StreetName><cbc:CityName>Dallas</cbc:CityName><cbc:PostalZone>75202</cbc:PostalZone><cbc:CountrySubentity>TX</cbc:CountrySubentity><cac:Country><cbc:IdentificationCode>US</cbc:IdentificationCode></cac:Country></cac:Address></cac:DeliveryLocation></cac:Delivery>',
      lines: [{ id: '1', quantity: '2', unitCode: 'C62', price: '5.00', sellersItemId: sku }],
    });
    const answer = await post('/process/v1/inbound/ubl', 'application/xml', body).expect(202);
    return (await api.settledOrdersOf(answer.headers['x-crossdock-inbound-document']!))[0]!;
  };

  beforeAll(async () => {
    partnerId = await api.createPartner(
      { channel: 'ubl', customerId, identifiers: { peppolEndpoint: endpoint } },
      {
        productIds: [{ qualifier: 'SellersItemIdentification', lookup: 'as-sku' }],
        customer: { from: 'partner' },
        prices: 'keep',
      },
    );
  });

  it('gets an OrderResponse AP once its order is accepted, though its access point did not wait', async () => {
    const order = await place(stocked);
    expect(order.status).toBe('SUBMITTED');
    expect(await responses(1)).toEqual([{ reference: order.id, code: 'AP', note: undefined }]);
  });

  it('gets AB when its order is held and RE with the reason when a person rejects it', async () => {
    const order = await place(`NO-SUCH-${randomUUID().slice(0, 6)}`);
    expect((await responses(2))[1]).toMatchObject({ reference: order.id, code: 'AB' });
    await rejectTheHold(order.id, 'Item discontinued');
    expect((await responses(3))[2]).toMatchObject({
      reference: order.id,
      code: 'RE',
      note: expect.stringContaining('Item discontinued'),
    });
  });
});
