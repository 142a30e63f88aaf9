/**
 * X12 documents written to a partner about an order it sent as an 850: the 855 from the order's
 * plan, the 856 from an ERP shipment and the 810 from an ERP invoice, each made through the APIs,
 * kept with its control numbers, fetched back and read with Crossdock's own reader.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import type { ReceivedOrderView } from '../../support/channels';
import {
  acknowledgementInterchange,
  aSenderId,
  element,
  parseInterchange,
  purchaseOrderInterchange,
  segments,
  x12Api,
} from '../../support/x12';

let crossdock: TestPlatform;
let api: ReturnType<typeof x12Api>;

const RULES = {
  productIds: [
    { qualifier: 'BP', lookup: 'cross-reference' },
    { qualifier: 'VP', lookup: 'as-sku' },
  ],
  customer: { from: 'partner' },
  prices: 'keep',
};

let partnerId: string;
let order: ReceivedOrderView;
let bolts: string;
let gloves: string;
let acknowledgementControlNumber: number;
let sender: string;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = x12Api(crossdock);
  // Bolts: 6 in stock of 10 ordered (4 backordered). Gloves: plenty, and the partner's price is 1 % above ours.
  bolts = await api.stockedItem({ 'WH-DAL': 6 }, { price: '2.00' });
  gloves = await api.stockedItem({ 'WH-DAL': 100 }, { price: '5.00' });
  sender = aSenderId(15);
  partnerId = await api.createX12Partner({ qualifier: 'ZZ', id: sender }, RULES, {
    customerId: await api.openCustomer({ allowBackorders: true }),
    priceTolerancePercent: '2',
    itemCrossReferences: [
      { qualifier: 'BP', partnerProductId: '88-BOLT', sku: bolts },
      { qualifier: 'UP', partnerProductId: '012345678905', sku: gloves },
      { qualifier: 'BP', partnerProductId: '77-GLOVE', sku: gloves },
    ],
  });
  const answer = await api
    .postInterchange(
      purchaseOrderInterchange(sender, 'PO-OUT-1', [`PO1*1*10*EA*2.00**BP*88-BOLT`, `PO1*2*3*EA*5.05**VP*${gloves}`]),
    )
    .expect(200);
  acknowledgementControlNumber = Number(parseInterchange(answer.body as string).header.controlNumber);
  [order] = (await api.settledOrdersOf(answer.headers['x-crossdock-inbound-document']!)) as [ReceivedOrderView];
  expect(order).toMatchObject({ status: 'SUBMITTED', holds: [] });
});
afterAll(() => crossdock.close());

/** Writes a document for the partner, then reads it back by id, as JSON and as the raw text. */
async function writeAndFetch(kind: '855' | '856' | '810', body: object) {
  const written = await api.post(`/process/v1/partners/${partnerId}/outbound/${kind}`, body).expect(201);
  expect(written.headers.location).toBe(`/process/v1/outbound-documents/${written.body.id}`);
  const fetched = await api.get(`/process/v1/outbound-documents/${written.body.id}`).expect(200);
  const raw = await api.getText(`/process/v1/outbound-documents/${written.body.id}/raw`).expect(200);
  expect(raw.headers['content-type']).toMatch(/^application\/edi-x12/);
  expect(raw.body).toBe(fetched.body.raw);
  const interchange = parseInterchange(raw.body as string);
  expect(interchange.notes).toEqual([]);
  expect(
    interchange.groups.every(
      (group) => group.errors.length === 0 && group.transactionSets.every((set) => set.errors.length === 0),
    ),
  ).toBe(true);
  expect(fetched.body).toMatchObject({
    kind,
    partnerId,
    interchangeControlNumber: interchange.header.controlNumber,
    groupControlNumbers: [interchange.groups[0]!.controlNumber],
    transactionSetControlNumbers: ['0001'],
  });
  return { document: fetched.body, interchange };
}

describe('documents written to an X12 partner', () => {
  let shipmentId: string;

  it('acknowledges the order (855): bolts 6 accepted and 4 backordered, gloves accepted with our price (changed), in the partner’s part numbers', async () => {
    const { document, interchange } = await writeAndFetch('855', { orderId: order.id });
    expect(document.reference).toBe(order.id);
    // The 997 answered to the 850 and this 855 share the control number sequence towards the partner.
    expect(Number(interchange.header.controlNumber)).toBe(acknowledgementControlNumber + 1);
    expect(interchange.groups[0]!.functionalId).toBe('PR');
    expect(segments(interchange, 'BAK')[0]!.elements.slice(0, 3)).toEqual(['00', 'AC', 'PO-OUT-1']);
    expect(segments(interchange, 'PO1').map((segment) => segment.elements)).toEqual([
      ['1', '10', 'EA', '2', '', 'VP', bolts, 'BP', '88-BOLT'],
      ['2', '3', 'EA', '5', '', 'VP', gloves, 'BP', '77-GLOVE', 'UP', '012345678905'],
    ]);
    expect(segments(interchange, 'ACK').map((segment) => segment.elements.slice(0, 3))).toEqual([
      ['IA', '6', 'EA'],
      ['IB', '4', 'EA'],
      ['IC', '3', 'EA'],
    ]);
    expect(element(segments(interchange, 'CTT')[0], 1)).toBe('2');
  });

  it('notices the shipment (856) once it has left: S/O/P/I levels, CTT counting the HLs and the units', async () => {
    const erpOrderId = (await api.receivedOrder(order.id)).erpOrderId as string;
    const shipment = await api
      .post('/system/v1/shipments', {
        salesOrderId: erpOrderId,
        warehouseId: 'WH-DAL',
        carrier: 'UPSN',
        lines: [
          { orderLineNumber: 1, quantity: 6 },
          { orderLineNumber: 2, quantity: 3 },
        ],
      })
      .expect(201);
    shipmentId = shipment.body.id;
    const early = await api.post(`/process/v1/partners/${partnerId}/outbound/856`, { shipmentId }).expect(409);
    expect(early.body.type).toBe('urn:crossdock:problem:shipment-not-shipped');
    for (const milestone of ['picked', 'packed'])
      await api.post(`/system/v1/shipments/${shipmentId}/milestones`, { milestone }).expect(200);
    await api
      .post(`/system/v1/shipments/${shipmentId}/milestones`, {
        milestone: 'shipped',
        trackingNumber: '1Z999AA10123456784',
      })
      .expect(200);

    const { document, interchange } = await writeAndFetch('856', { shipmentId });
    expect(document.reference).toBe(shipmentId);
    expect(interchange.groups[0]!.functionalId).toBe('SH');
    expect(element(segments(interchange, 'BSN')[0], 2)).toBe(shipmentId);
    expect(segments(interchange, 'HL').map((segment) => segment.elements)).toEqual([
      ['1', '', 'S'],
      ['2', '1', 'O'],
      ['3', '2', 'P'],
      ['4', '3', 'I'],
      ['5', '3', 'I'],
    ]);
    expect(element(segments(interchange, 'PRF')[0], 1)).toBe('PO-OUT-1');
    expect(segments(interchange, 'REF').map((segment) => segment.elements)).toContainEqual([
      'CN',
      '1Z999AA10123456784',
    ]);
    expect(segments(interchange, 'LIN').map((segment) => segment.elements)).toEqual([
      ['1', 'VP', bolts, 'BP', '88-BOLT'],
      ['2', 'VP', gloves, 'BP', '77-GLOVE', 'UP', '012345678905'],
    ]);
    expect(segments(interchange, 'CTT')[0]!.elements).toEqual(['5', '9']);
  });

  it('sends the invoice (810): the ERP invoice’s lines and total in cents', async () => {
    const invoice = await api.post('/system/v1/invoices', { shipmentId }).expect(201);
    const { document, interchange } = await writeAndFetch('810', { invoiceId: invoice.body.id });
    expect(document.reference).toBe(invoice.body.id);
    expect(interchange.groups[0]!.functionalId).toBe('IN');
    expect(segments(interchange, 'BIG')[0]!.elements[1]).toBe(invoice.body.id);
    expect(segments(interchange, 'IT1').map((segment) => segment.elements.slice(0, 4))).toEqual([
      ['1', '6', 'EA', '2'],
      ['2', '3', 'EA', '5'],
    ]);
    expect(element(segments(interchange, 'TDS')[0], 1)).toBe(
      (invoice.body.total as string).replace('.', '').replace(/^0+/, ''),
    );
    expect(element(segments(interchange, 'CTT')[0], 1)).toBe('2');
  });

  it('refuses to acknowledge an order that is not planned (held before planning): 409', async () => {
    const answer = await api
      .postInterchange(purchaseOrderInterchange(sender, 'PO-OUT-HELD', ['PO1*1*1*EA*1.00**VP*NO-SUCH-SKU']))
      .expect(200);
    const [held] = await api.settledOrdersOf(answer.headers['x-crossdock-inbound-document']!);
    expect(held!.status).toBe('HELD');
    const refused = await api.post(`/process/v1/partners/${partnerId}/outbound/855`, { orderId: held!.id }).expect(409);
    expect(refused.body.type).toBe('urn:crossdock:problem:order-not-planned');
  });

  it('lists what was sent to the partner by kind, newest first, and refuses another partner’s order', async () => {
    const all = await api.get(`/process/v1/outbound-documents?partnerId=${partnerId}`).expect(200);
    expect(all.body.items.map((document: { kind: string }) => document.kind)).toEqual([
      '997',
      '810',
      '856',
      '855',
      '997',
    ]);
    const notices = await api.get(`/process/v1/outbound-documents?partnerId=${partnerId}&kind=856`).expect(200);
    expect(notices.body.items).toHaveLength(1);
    const controlNumbers = all.body.items
      .map((document: { interchangeControlNumber: string }) => Number(document.interchangeControlNumber))
      .reverse();
    expect(controlNumbers).toEqual([0, 1, 2, 3, 4].map((step) => acknowledgementControlNumber + step));

    const stranger = await api.createX12Partner({ qualifier: 'ZZ', id: aSenderId(15) }, RULES);
    await api.post(`/process/v1/partners/${stranger}/outbound/855`, { orderId: order.id }).expect(404);
    await api.get('/process/v1/outbound-documents/out_nothing').expect(404);
  });
});

describe('what the partner acknowledges of what was sent', () => {
  /** A fresh 855 for the order, as kept. */
  const anAcknowledgement = async () =>
    (await api.post(`/process/v1/partners/${partnerId}/outbound/855`, { orderId: order.id }).expect(201)).body as {
      id: string;
      interchangeControlNumber: string;
      groupControlNumbers: string[];
      status: string;
    };
  const sentAcknowledgements = async () =>
    (await api.get(`/process/v1/outbound-documents?partnerId=${partnerId}&kind=997`).expect(200)).body.items
      .length as number;

  it('moves an 855 to accepted on the partner’s 997 (AK9 A), answering nothing (204): no 997 to a 997', async () => {
    const sent = await anAcknowledgement();
    expect(sent.status).toBe('sent');
    const before = await sentAcknowledgements();
    const group = sent.groupControlNumbers[0]!;
    const answer = await api
      .postInterchange(
        acknowledgementInterchange(sender, [
          { code: '997', body: [`AK1*PR*${group}`, 'AK2*855*0001', 'AK5*A', 'AK9*A*1*1*1'] },
        ]),
      )
      .expect(204);
    expect(answer.body).toBeFalsy();
    expect(answer.headers['x-crossdock-outbound-document']).toBeUndefined();
    const documentId = answer.headers['x-crossdock-inbound-document']!;
    expect((await api.get(`/process/v1/outbound-documents/${sent.id}`).expect(200)).body).toMatchObject({
      status: 'accepted',
      acknowledgedBy: documentId,
    });
    expect(await api.document(documentId)).toMatchObject({
      status: 'processed',
      outcomes: [{ notes: [expect.stringMatching(new RegExp(`matches outbound 855 ${sent.id}, now accepted`))] }],
    });
    expect(await sentAcknowledgements()).toBe(before);
  });

  it('moves an 855 to rejected on a 999 (AK9 R), and another on a TA1 R of its interchange', async () => {
    const [byGroup, byInterchange] = [await anAcknowledgement(), await anAcknowledgement()];
    await api
      .postInterchange(
        acknowledgementInterchange(sender, [
          {
            code: '999',
            body: [`AK1*PR*${byGroup.groupControlNumbers[0]}*004010`, 'AK2*855*0001', 'IK5*R', 'AK9*R*1*1*0'],
          },
        ]),
      )
      .expect(204);
    await api
      .postInterchange(
        acknowledgementInterchange(sender, [], [`TA1*${byInterchange.interchangeControlNumber}*261128*0930*R*006`]),
      )
      .expect(204);
    expect((await api.get(`/process/v1/outbound-documents/${byGroup.id}`).expect(200)).body.status).toBe('rejected');
    expect((await api.get(`/process/v1/outbound-documents/${byInterchange.id}`).expect(200)).body.status).toBe(
      'rejected',
    );
  });

  it('keeps a 997 that matches nothing sent as rejected, saying so, and still answers nothing', async () => {
    const answer = await api
      .postInterchange(
        acknowledgementInterchange(sender, [
          { code: '997', body: ['AK1*PR*99999', 'AK2*855*0001', 'AK5*A', 'AK9*A*1*1*1'] },
        ]),
      )
      .expect(204);
    expect(await api.document(answer.headers['x-crossdock-inbound-document']!)).toMatchObject({
      status: 'rejected',
      outcomes: [{ problem: { title: 'The acknowledgement matches no document Crossdock sent' } }],
    });
  });
});
