/**
 * X12 purchase orders through the gateway, as a partner's VAN posts them: every 850 sample kept,
 * mapped with the partner's pinned mapping, placed (held UNKNOWN_ITEM without cross-references,
 * submitted with them), and answered with a 997 that Crossdock's own reader reads back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { aSenderId, element, parseInterchange, segments, x12Api, x12Sample, X12_SAMPLES } from '../../support/x12';

let crossdock: TestPlatform;
let api: ReturnType<typeof x12Api>;
const PROBLEM = /^application\/problem\+json/;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = x12Api(crossdock);
});
afterAll(() => crossdock.close());

// node-x12's sample: ISA 12/4405197800 → 01/999999999, 004010VICS, PO 08292233294, ids CB (buyer's catalog), PR, VN (vendor's).
const NODE_X12_RULES = {
  productIds: [
    { qualifier: 'CB', lookup: 'cross-reference' },
    { qualifier: 'VN', lookup: 'as-sku' },
  ],
  customer: { from: 'partner' },
  prices: 'ignore',
  defaults: { country: 'US' },
};
const NODE_X12_LINES = [
  { catalog: '065322-117', vendor: 'AB3542', quantity: 120 },
  { catalog: '066850-116', vendor: 'RD5322', quantity: 220 },
  { catalog: '060733-110', vendor: 'XY5266', quantity: 126 },
  { catalog: '065308-116', vendor: 'VX2332', quantity: 76 },
  { catalog: '065374-118', vendor: 'RV0524', quantity: 72 },
  { catalog: '067504-118', vendor: 'DX1875', quantity: 696 },
];
// Stedi's sample: ISA ZZ/AMERCHANT (15 wide), 005010, PO 365465413, ids VC (vendor's catalog) and SK.
const STEDI_RULES = {
  productIds: [
    { qualifier: 'SK', lookup: 'cross-reference' },
    { qualifier: 'VC', lookup: 'as-sku' },
  ],
  customer: { from: 'partner' },
  prices: 'keep',
};

/** The node-x12 sample from another sender (same width) with its own PO number. */
function nodeX12From(senderId: string, poNumber: string): string {
  return x12Sample(X12_SAMPLES.nodeX12)
    .replace('*4405197800     *', `*${senderId.padEnd(15)}*`)
    .replace('BEG*00*SA*08292233294*', `BEG*00*SA*${poNumber}*`);
}

function stediFrom(senderId: string, poNumber: string): string {
  return x12Sample(X12_SAMPLES.stedi)
    .replace('*AMERCHANT      *', `*${senderId.padEnd(15)}*`)
    .replace('BEG*00*DS*365465413*', `BEG*00*DS*${poNumber}*`);
}

describe('POST /process/v1/inbound/x12', () => {
  it('takes in the node-x12 850: six lines as written, held UNKNOWN_ITEM without cross-references, and answers a 997 accepting it', async () => {
    const sender = aSenderId(15);
    const customerId = await api.openCustomer();
    const partnerId = await api.createX12Partner({ qualifier: '12', id: sender }, NODE_X12_RULES, { customerId });
    const answer = await api.postInterchange(nodeX12From(sender, 'PO-NX-1')).expect(200);
    expect(answer.headers['content-type']).toMatch(/^application\/edi-x12/);

    const ack = parseInterchange(answer.body as string);
    expect(ack.notes).toEqual([]);
    expect(ack.header).toMatchObject({
      senderQualifier: '01',
      senderId: '999999999',
      receiverQualifier: '12',
      receiverId: sender,
    });
    expect(ack.groups.map((group) => group.functionalId)).toEqual(['FA']);
    expect(segments(ack, 'AK1').map((segment) => segment.elements.slice(0, 2))).toEqual([['PO', '1421']]);
    expect(segments(ack, 'AK2').map((segment) => segment.elements.slice(0, 2))).toEqual([['850', '000000010']]);
    expect(segments(ack, 'AK5').map((segment) => element(segment, 1))).toEqual(['A']);
    expect(segments(ack, 'AK9')[0]!.elements.slice(0, 4)).toEqual(['A', '1', '1', '1']);

    const document = await api.document(answer.headers['x-crossdock-inbound-document']!);
    expect(document).toMatchObject({
      channel: 'x12',
      kind: 'x12-interchange',
      partnerId,
      status: 'processed',
      parts: [{ seq: 0, contentType: 'application/edi-x12' }],
    });
    const [link] = document.orders;
    expect(link!.canonicalOrder).toMatchObject({
      channel: 'x12',
      sourceOrderId: 'PO-NX-1',
      customerId,
      shipTo: {
        name: 'XYZ RETAIL',
        line1: '31875 SOLON RD',
        city: 'SOLON',
        region: 'OH',
        postalCode: '44139',
        country: 'US',
      },
    });
    expect(link!.canonicalOrder.lines.map((line) => [line.sku, line.quantity, line.uom])).toEqual(
      NODE_X12_LINES.map((line) => [line.vendor, line.quantity, 'EA']),
    );
    expect(link!.mapping.version).toBe(1);

    const [order] = await api.settledOrdersOf(document.id);
    expect(order).toMatchObject({ status: 'HELD', channel: 'x12', sourceOrderId: 'PO-NX-1' });
    expect(order!.holds.map((hold) => hold.reasonCode)).toEqual(Array(6).fill('UNKNOWN_ITEM'));

    const kept = await api
      .get(`/process/v1/outbound-documents/${answer.headers['x-crossdock-outbound-document']}`)
      .expect(200);
    expect(kept.body).toMatchObject({
      kind: '997',
      partnerId,
      reference: document.id,
      interchangeControlNumber: ack.header.controlNumber,
      raw: answer.body,
    });
  });

  it('submits the node-x12 850 once the partner cross-references its catalog numbers to stocked items', async () => {
    const sender = aSenderId(15);
    const customerId = await api.openCustomer();
    const skus = await Promise.all(
      NODE_X12_LINES.map((line) => api.stockedItem({ 'WH-DAL': line.quantity + 10 }, { price: '5.00' })),
    );
    const itemCrossReferences = NODE_X12_LINES.map((line, index) => ({
      qualifier: 'CB',
      partnerProductId: line.catalog,
      sku: skus[index],
    }));
    await api.createX12Partner({ qualifier: '12', id: sender }, NODE_X12_RULES, { customerId, itemCrossReferences });

    const answer = await api.postInterchange(nodeX12From(sender, 'PO-NX-2')).expect(200);
    const [order] = await api.settledOrdersOf(answer.headers['x-crossdock-inbound-document']!);
    expect(order).toMatchObject({ status: 'SUBMITTED', sourceOrderId: 'PO-NX-2', holds: [] });
    expect(order!.lines.map((line) => [line.sku, line.quantity])).toEqual(
      NODE_X12_LINES.map((line, index) => [skus[index], line.quantity]),
    );
  });

  it('takes in the Stedi 5010 850 (item ids as strings, "0008" read as 8) and answers in 005010', async () => {
    const sender = aSenderId(15);
    const customerId = await api.openCustomer();
    const anvils = await api.stockedItem({ 'WH-DAL': 50 }, { price: '400.00' });
    // The sample is a test interchange (ISA15 T): it places orders only for a partner in test mode.
    const identifiers = {
      x12: {
        senderQualifier: 'ZZ',
        senderId: sender,
        receiverQualifier: 'ZZ',
        receiverId: 'CROSSDOCK',
        testMode: true,
      },
    };
    await api.createX12Partner({ qualifier: 'ZZ', id: sender }, STEDI_RULES, {
      customerId,
      identifiers,
      itemCrossReferences: [{ qualifier: 'SK', partnerProductId: 'ACM/8900-400', sku: anvils }],
    });

    const answer = await api.postInterchange(stediFrom(sender, 'PO-ST-1'), 'text/plain').expect(200);
    const ack = parseInterchange(answer.body as string);
    expect(ack.header).toMatchObject({
      version: '00501',
      senderQualifier: '14',
      senderId: 'ANOTHERMERCH',
      receiverId: sender,
    });
    expect(ack.groups[0]).toMatchObject({ functionalId: 'FA', version: '005010' });
    expect(segments(ack, 'AK1')[0]!.elements.slice(0, 3)).toEqual(['OW', '000000057', '005010']);
    expect(segments(ack, 'AK9')[0]!.elements.slice(0, 4)).toEqual(['A', '1', '1', '1']);

    const document = await api.document(answer.headers['x-crossdock-inbound-document']!);
    expect(document.orders[0]!.canonicalOrder.lines).toEqual([
      expect.objectContaining({ sku: anvils, quantity: 8, uom: 'EA', unitPrice: '400' }),
      expect.objectContaining({ sku: 'VND000111222', quantity: 4, uom: 'EA', unitPrice: '125' }),
    ]);
    const [order] = await api.settledOrdersOf(document.id);
    expect(order!.status).toBe('HELD');
    expect(order!.holds.map((hold) => hold.reasonCode)).toEqual(['UNKNOWN_ITEM']);
  });

  it('rejects a set whose SE02 is not its ST02 (AK5 R 3, AK9 R) and places nothing from it', async () => {
    const sender = aSenderId(15);
    const partnerId = await api.createX12Partner({ qualifier: '12', id: sender }, NODE_X12_RULES, {
      customerId: await api.openCustomer(),
    });
    const answer = await api
      .postInterchange(nodeX12From(sender, 'PO-NX-BAD').replace('SE*33*000000010~', 'SE*33*000000099~'))
      .expect(200);
    const ack = parseInterchange(answer.body as string);
    expect(segments(ack, 'AK5').map((segment) => segment.elements)).toEqual([['R', '3']]);
    expect(segments(ack, 'AK9')[0]!.elements.slice(0, 4)).toEqual(['R', '1', '1', '0']);
    const document = await api.document(answer.headers['x-crossdock-inbound-document']!);
    expect(document).toMatchObject({ partnerId, status: 'rejected', orders: [] });
  });

  it('acknowledges a cancellation (BEG01 01) repeating the order’s lines, but leaves it to a person instead of taking it as a duplicate', async () => {
    const sender = aSenderId(15);
    await api.createX12Partner({ qualifier: '12', id: sender }, NODE_X12_RULES, {
      customerId: await api.openCustomer(),
    });
    const original = await api.postInterchange(nodeX12From(sender, 'PO-NX-CANCEL')).expect(200);
    expect((await api.document(original.headers['x-crossdock-inbound-document']!)).status).toBe('processed');

    // An interchange of its own (ISA13 and IEA02 000003439): a reused control number would be noted (TA1 025).
    const cancellation = nodeX12From(sender, 'PO-NX-CANCEL')
      .replace('BEG*00*SA*PO-NX-CANCEL*', 'BEG*01*SA*PO-NX-CANCEL*')
      .replaceAll('000003438', '000003439');
    const answer = await api.postInterchange(cancellation).expect(200);
    const ack = parseInterchange(answer.body as string);
    expect(segments(ack, 'AK5').map((segment) => element(segment, 1))).toEqual(['A']);
    const document = await api.document(answer.headers['x-crossdock-inbound-document']!);
    expect(document).toMatchObject({ status: 'rejected', orders: [] });
    expect(document.outcomes).toEqual([
      {
        sourceOrderId: 'PO-NX-CANCEL',
        problem: expect.objectContaining({
          detail: expect.stringMatching(/^BEG01 01 \(cancellation\) is not taken automatically/),
        }),
      },
    ]);
    const orders = await api.get('/process/v1/orders?channel=x12&sourceOrderId=PO-NX-CANCEL').expect(200);
    expect(orders.body.items).toHaveLength(1);
  });

  it('puts a TA1 before the 997 when the sender asks for one (ISA14 = 1)', async () => {
    const sender = aSenderId(15);
    await api.createX12Partner({ qualifier: '12', id: sender }, NODE_X12_RULES, {
      customerId: await api.openCustomer(),
    });
    const answer = await api
      .postInterchange(nodeX12From(sender, 'PO-NX-TA1').replace('*000003438*0*P*', '*000003438*1*P*'))
      .expect(200);
    const text = answer.body as string;
    expect(text.split('~')[1]).toMatch(/^TA1\*000003438\*101127\*1719\*A\*000$/);
    expect(segments(parseInterchange(text), 'AK9')[0]!.elements.slice(0, 4)).toEqual(['A', '1', '1', '1']);
  });

  it('answers the same interchange sent again with the same 997 and places nothing twice', async () => {
    const sender = aSenderId(15);
    await api.createX12Partner({ qualifier: '12', id: sender }, NODE_X12_RULES, {
      customerId: await api.openCustomer(),
    });
    const body = nodeX12From(sender, 'PO-NX-AGAIN');
    const first = await api.postInterchange(body).expect(200);
    const again = await api.postInterchange(body).expect(200);
    expect(again.body).toBe(first.body);
    expect(again.headers['x-crossdock-inbound-document']).toBe(first.headers['x-crossdock-inbound-document']);
    const orders = await api.get('/process/v1/orders?channel=x12&sourceOrderId=PO-NX-AGAIN').expect(200);
    expect(orders.body.items).toHaveLength(1);
  });

  it('refuses a truncated interchange with 400 unreadable-document, and keeps it', async () => {
    const sender = aSenderId(15);
    await api.createX12Partner({ qualifier: '12', id: sender }, NODE_X12_RULES);
    const text = nodeX12From(sender, 'PO-NX-CUT');
    const answer = await api.postInterchange(text.slice(0, text.indexOf('PO1*3'))).expect(400);
    expect(answer.headers['content-type']).toMatch(PROBLEM);
    expect(JSON.parse(answer.body as string)).toMatchObject({
      type: 'urn:crossdock:problem:unreadable-document',
      status: 400,
    });
    const rejected = await api.get('/process/v1/inbound-documents?channel=x12&status=rejected').expect(200);
    expect(
      rejected.body.items.some(
        (document: { outcomes: { problem?: { title: string } }[] }) =>
          document.outcomes[0]?.problem?.title === 'The document cannot be read',
      ),
    ).toBe(true);
  });

  it('refuses an interchange from a sender that is no partner with 422, and keeps it for when the partner is added', async () => {
    const answer = await api.postInterchange(nodeX12From(aSenderId(15), 'PO-NX-STRANGER')).expect(422);
    const problem = JSON.parse(answer.body as string);
    expect(problem).toMatchObject({
      type: 'urn:crossdock:problem:document-rejected',
      status: 422,
      errors: [{ field: 'ISA06' }],
    });
    const documentId = /inbound document (\S+?)\./.exec(problem.detail)![1]!;
    expect(await api.document(documentId)).toMatchObject({ channel: 'x12', status: 'rejected', parts: [{ seq: 0 }] });
  });

  it('refuses JSON (415), a body over the limit (413), no token (401) and a token without process:write (403)', async () => {
    expect((await api.postInterchange('{"order":1}', 'application/json').expect(415)).headers['content-type']).toMatch(
      PROBLEM,
    );
    await api.postInterchange(Buffer.alloc(10 * 1024 * 1024, 'A')).expect(413);
    await crossdock.http
      .post('/process/v1/inbound/x12')
      .set('Content-Type', 'application/edi-x12')
      .send('ISA')
      .expect(401);
    const reader = crossdock.token({ subject: 'reader', scopes: ['process:read'] });
    await crossdock.http
      .post('/process/v1/inbound/x12')
      .set('Authorization', `Bearer ${reader}`)
      .set('Content-Type', 'application/edi-x12')
      .send('ISA')
      .expect(403);
  });

  it('dry-runs a mapping version against a stored interchange', async () => {
    const sender = aSenderId(15);
    const partnerId = await api.createX12Partner({ qualifier: '12', id: sender }, NODE_X12_RULES, {
      customerId: await api.openCustomer(),
    });
    const answer = await api.postInterchange(nodeX12From(sender, 'PO-NX-DRY')).expect(200);
    const partner = (await api.get(`/process/v1/partners/${partnerId}`).expect(200)).body;
    const version = await api.addMapping(partner.mapping.name, {
      ...NODE_X12_RULES,
      productIds: [{ qualifier: 'CB', lookup: 'as-sku' }],
    });
    const dryRun = await api
      .post(`/process/v1/mappings/${partner.mapping.name}/versions/${version}/dry-run`, {
        documentId: answer.headers['x-crossdock-inbound-document'],
      })
      .expect(200);
    expect(dryRun.body.orders[0].order.lines.map((line: { sku: string }) => line.sku)).toEqual(
      NODE_X12_LINES.map((line) => line.catalog),
    );
    expect(dryRun.body.orders[0].differences).toContainEqual({
      field: 'lines.0.sku',
      before: 'AB3542',
      after: '065322-117',
    });
  });
});
