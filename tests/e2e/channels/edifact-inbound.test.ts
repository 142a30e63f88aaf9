/**
 * EDIFACT ORDERS through the gateway, as a partner's VAN posts them: kept, mapped with the partner's
 * pinned mapping, placed in the reference ERP, and answered with a CONTRL that Crossdock's own parser
 * reads back; a resend places nothing twice, and a malformed interchange is rejected whole.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEdifactInterchange } from '../../../process-apis/src/channels/edifact/parse-interchange';
import {
  interchangeOf,
  messageOf,
  ordersBody,
  type InterchangeOptions,
} from '../../../process-apis/src/channels/edifact/edifact-test-documents';
import { channelsApi } from '../../support/channels';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';

let crossdock: TestPlatform;
let api: ReturnType<typeof channelsApi>;
const PROBLEM = /^application\/problem\+json/;
const RULES = {
  productIds: [
    { qualifier: 'EN', lookup: 'cross-reference' },
    { qualifier: 'SA', lookup: 'as-sku' },
  ],
  customer: { from: 'partner' },
  prices: 'keep',
  units: { map: { PCE: 'EA' } },
};

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = channelsApi(crossdock);
});
afterAll(() => crossdock.close());

const van = () => `Bearer ${crossdock.token({ subject: 'van-gateway', scopes: ['process:write'] })}`;

/** Posts an interchange as the partner's VAN does; the answer's body is kept as text (the CONTRL). */
function postInterchange(body: string | Buffer, contentType = 'application/edifact') {
  return crossdock.http
    .post('/process/v1/inbound/edifact')
    .set('Authorization', van())
    .set('Content-Type', contentType)
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks).toString('latin1')));
    })
    .send(body);
}

/** The CONTRL's segments as "TAG+a:b+c". */
function contrlSegments(text: string): string[] {
  const contrl = parseEdifactInterchange(text);
  expect(contrl.findings).toEqual([]);
  return contrl.messages[0]!.segments.map((segment) =>
    [segment.tag, ...segment.elements.map((components) => components.join(':'))].join('+'),
  );
}

/** An EDIFACT partner (a GS1 sender id of its own) for a new customer, with two stocked items it orders by EAN and by our SKU. */
async function anEdifactPartner() {
  const sender = `54${randomUUID().replace(/\D/g, '').slice(0, 11).padEnd(11, '7')}`;
  const customerId = await api.openCustomer();
  const [screws, brackets] = await Promise.all([
    api.stockedItem({ 'WH-DAL': 100 }, { price: '5.00' }),
    api.stockedItem({ 'WH-DAL': 100 }, { price: '7.50' }),
  ]);
  const ean = `40${randomUUID().replace(/\D/g, '').slice(0, 11).padEnd(11, '3')}`;
  const partnerId = await api.createPartner(
    {
      channel: 'edifact',
      customerId,
      identifiers: {
        edifact: { senderId: sender, senderQualifier: '14', recipientId: 'CROSSDOCK', recipientQualifier: 'ZZZ' },
      },
      itemCrossReferences: [{ qualifier: 'EN', partnerProductId: ean, sku: screws }],
    },
    RULES,
  );
  /** One ORDERS D.96A (or D.01B) message: 12 screws by EAN at 5.00, 3 brackets by our SKU at 7.50, for the Dallas store. */
  const order = (orderNumber: string, reference = '1', release: '96A' | '01B' = '96A') =>
    messageOf(
      reference,
      `ORDERS:D:${release}:UN`,
      ordersBody(
        orderNumber,
        [
          'DTM+137:20261207:102',
          'NAD+BY+5412345000013::9',
          'NAD+DP+5412345000020::9++Dallas Store+1200 Commerce St+Dallas+TX+75202+US',
          'CUX+2:USD:9',
        ],
        [
          `LIN+1++${ean}:EN`,
          'QTY+21:12:PCE',
          'PRI+AAA:5',
          'LIN+2',
          `PIA+5+${brackets}:SA`,
          'QTY+21:3:PCE',
          'PRI+AAA:7.50',
        ],
      ),
    );
  const interchange = (messages: string[][], options: InterchangeOptions = {}) =>
    interchangeOf(messages, { sender: `${sender}:14`, reference: randomUUID().slice(0, 8), ...options });
  return { partnerId, customerId, sender, screws, brackets, order, interchange };
}

describe('POST /process/v1/inbound/edifact', () => {
  it('places an ORDERS in the reference ERP and answers the CONTRL the partner asked for (UCI 7, UCM 7)', async () => {
    const partner = await anEdifactPartner();
    const body = partner.interchange([partner.order('PO-E-1')], { acknowledgementRequested: true, reference: 'R-1' });
    const answer = await postInterchange(body).expect(200);
    expect(answer.headers['content-type']).toMatch(/^application\/edifact/);
    expect(answer.body).toMatch(new RegExp(`^UNA:\\+\\.\\? 'UNB\\+UNOC:3\\+CROSSDOCK:ZZZ\\+${partner.sender}:14\\+`));
    expect(contrlSegments(answer.body as string)).toEqual([
      'UNH+1+CONTRL:D:3:UN',
      `UCI+R-1+${partner.sender}:14+CROSSDOCK:ZZZ+7`,
      'UCM+1+ORDERS:D:96A:UN+7',
      'UNT+4+1',
    ]);

    const document = await api.document(answer.headers['x-crossdock-inbound-document']!);
    expect(document).toMatchObject({ channel: 'edifact', kind: 'edifact-interchange', status: 'processed' });
    expect(document.orders[0]!.canonicalOrder).toMatchObject({
      channel: 'edifact',
      sourceOrderId: 'PO-E-1',
      customerId: partner.customerId,
      currency: 'USD',
      shipTo: { name: 'Dallas Store', line1: '1200 Commerce St', city: 'Dallas', region: 'TX', country: 'US' },
    });
    const [order] = await api.settledOrdersOf(document.id);
    expect(order).toMatchObject({ status: 'SUBMITTED', channel: 'edifact', sourceOrderId: 'PO-E-1', holds: [] });
    expect(order!.lines.map((line) => [line.sku, line.quantity, line.uom, line.unitPrice])).toEqual([
      [partner.screws, 12, 'EA', '5.0000'],
      [partner.brackets, 3, 'EA', '7.5000'],
    ]);
    const [erpOrder] = await api.erpOrdersWithKey(order!.id);
    expect(erpOrder).toBeDefined();

    const kept = await api.get(`/process/v1/outbound-documents/${answer.headers['x-crossdock-outbound-document']}`);
    expect(kept.body).toMatchObject({ kind: 'CONTRL', partnerId: partner.partnerId, reference: document.id });
    expect(kept.body.raw).toBe(answer.body);
  });

  it('answers the same interchange sent again with the same CONTRL, and the same order in a new interchange as a duplicate: placed once', async () => {
    const partner = await anEdifactPartner();
    const body = partner.interchange([partner.order('PO-E-AGAIN')], { acknowledgementRequested: true });
    const first = await postInterchange(body).expect(200);
    await api.settledOrdersOf(first.headers['x-crossdock-inbound-document']!);
    const again = await postInterchange(body).expect(200);
    expect(again.body).toBe(first.body);
    expect(again.headers['x-crossdock-inbound-document']).toBe(first.headers['x-crossdock-inbound-document']);
    const orders = await api.get('/process/v1/orders?channel=edifact&sourceOrderId=PO-E-AGAIN').expect(200);
    expect(orders.body.items).toHaveLength(1);

    // The same order resent in a new interchange (another UNB reference): recognised as the order placed before.
    const resent = await postInterchange(partner.interchange([partner.order('PO-E-AGAIN')])).expect(204);
    const document = await api.document(resent.headers['x-crossdock-inbound-document']!);
    expect(document.outcomes).toEqual([
      expect.objectContaining({ sourceOrderId: 'PO-E-AGAIN', orderId: orders.body.items[0].id, duplicate: true }),
    ]);
    const still = await api.get('/process/v1/orders?channel=edifact&sourceOrderId=PO-E-AGAIN').expect(200);
    expect(still.body.items).toHaveLength(1);
  });

  it('takes several D.96A and D.01B messages of one interchange; without 0031 = 1 there is no CONTRL (204)', async () => {
    const partner = await anEdifactPartner();
    const body = partner.interchange([partner.order('PO-E-A', '1'), partner.order('PO-E-B', '2', '01B')]);
    const answer = await postInterchange(body).expect(204);
    const orders = await api.settledOrdersOf(answer.headers['x-crossdock-inbound-document']!);
    expect(orders.map((order) => [order.sourceOrderId, order.status]).sort()).toEqual([
      ['PO-E-A', 'SUBMITTED'],
      ['PO-E-B', 'SUBMITTED'],
    ]);
  });

  it('rejects a malformed interchange whole with a CONTRL (UCI 4, 29 on UNZ), keeps it, and places nothing', async () => {
    const partner = await anEdifactPartner();
    const body = partner.interchange([partner.order('PO-E-BAD-1', '1'), partner.order('PO-E-BAD-2', '2')], {
      reference: 'R-BAD',
      unzCount: 3,
    });
    const answer = await postInterchange(body).expect(200);
    expect(contrlSegments(answer.body as string)).toEqual([
      'UNH+1+CONTRL:D:3:UN',
      `UCI+R-BAD+${partner.sender}:14+CROSSDOCK:ZZZ+4+29+UNZ+1`,
      'UNT+3+1',
    ]);
    const document = await api.document(answer.headers['x-crossdock-inbound-document']!);
    expect(document).toMatchObject({ status: 'rejected', orders: [], parts: [{ seq: 0 }] });
    expect(document.outcomes[0]!.problem).toMatchObject({ errors: [{ field: 'UNZ.1' }] });
    for (const po of ['PO-E-BAD-1', 'PO-E-BAD-2'])
      expect((await api.get(`/process/v1/orders?channel=edifact&sourceOrderId=${po}`).expect(200)).body.items).toEqual(
        [],
      );
  });

  it('rejects one message whose UNT counts wrong (UCM 4) and places the other', async () => {
    const partner = await anEdifactPartner();
    const broken = [...partner.order('PO-E-UNT', '2').slice(0, -1), 'UNT+99+2'];
    const body = partner.interchange([partner.order('PO-E-OK'), broken], { reference: 'R-UNT' });
    const answer = await postInterchange(body).expect(200);
    expect(contrlSegments(answer.body as string).slice(1, 4)).toEqual([
      `UCI+R-UNT+${partner.sender}:14+CROSSDOCK:ZZZ+7`,
      'UCM+1+ORDERS:D:96A:UN+7',
      'UCM+2+ORDERS:D:96A:UN+4+29+UNT+1',
    ]);
    const orders = await api.settledOrdersOf(answer.headers['x-crossdock-inbound-document']!);
    expect(orders.map((order) => order.sourceOrderId)).toEqual(['PO-E-OK']);
  });

  it('refuses an order that cannot become one with an ORDRSP (BGM 231, 27 not accepted) giving the reason, kept for the partner', async () => {
    const partner = await anEdifactPartner();
    // A line naming no product at all: good syntax (UCM 7), but no order can carry it.
    const noItem = messageOf(
      '1',
      'ORDERS:D:96A:UN',
      ordersBody(
        'PO-E-NO-ITEM',
        ['DTM+137:20261207:102', 'NAD+DP+++Dallas Store+1200 Commerce St+Dallas+TX+75202+US'],
        ['LIN+1', 'QTY+21:10:PCE'],
      ),
    );
    const answer = await postInterchange(partner.interchange([noItem], { acknowledgementRequested: true })).expect(200);
    expect(contrlSegments(answer.body as string)[2]).toBe('UCM+1+ORDERS:D:96A:UN+7');
    const documentId = answer.headers['x-crossdock-inbound-document']!;
    expect(await api.document(documentId)).toMatchObject({
      status: 'rejected',
      orders: [],
      outcomes: [
        { sourceOrderId: 'PO-E-NO-ITEM', problem: { title: 'The order cannot be mapped to a canonical order' } },
      ],
    });
    const sent = (
      await api.get(`/process/v1/outbound-documents?partnerId=${partner.partnerId}&kind=ORDRSP`).expect(200)
    ).body.items as { reference: string; raw: string }[];
    expect(sent).toHaveLength(1);
    expect(sent[0]!.reference).toBe(documentId);
    const ordrsp = parseEdifactInterchange(sent[0]!.raw);
    expect(ordrsp).toMatchObject({
      findings: [],
      sender: { id: 'CROSSDOCK', qualifier: 'ZZZ' },
      recipient: { id: partner.sender, qualifier: '14' },
    });
    const segments = ordrsp.messages[0]!.segments;
    const named = (tag: string) => segments.filter((segment) => segment.tag === tag);
    expect(named('BGM')[0]!.elements[0]).toEqual(['231']);
    expect(named('BGM')[0]!.elements[2]).toEqual(['27']);
    expect(named('RFF')[0]!.elements[0]).toEqual(['ON', 'PO-E-NO-ITEM']);
    expect(named('FTX')[0]!.elements[3]!.join('')).toMatch(
      /^The order cannot be mapped to a canonical order: lines\.0/,
    );
  });

  it('answers a changed resend of an order (same BGM number, other lines) with an ORDRSP 27 naming the order taken first', async () => {
    const partner = await anEdifactPartner();
    const first = await postInterchange(partner.interchange([partner.order('PO-E-CHANGED')])).expect(204);
    const [order] = await api.settledOrdersOf(first.headers['x-crossdock-inbound-document']!);
    const changed = partner.order('PO-E-CHANGED').map((segment) => segment.replace('QTY+21:12:PCE', 'QTY+21:20:PCE'));
    const answer = await postInterchange(partner.interchange([changed])).expect(204);
    const documentId = answer.headers['x-crossdock-inbound-document']!;
    expect(await api.document(documentId)).toMatchObject({
      status: 'rejected',
      outcomes: [
        { sourceOrderId: 'PO-E-CHANGED', problem: { title: 'This order arrived before with different content' } },
      ],
    });
    const [ordrsp] = (
      await api.get(`/process/v1/outbound-documents?partnerId=${partner.partnerId}&kind=ORDRSP`).expect(200)
    ).body.items.filter((sent: { reference: string }) => sent.reference === documentId) as { raw: string }[];
    const segments = parseEdifactInterchange(ordrsp!.raw).messages[0]!.segments;
    expect(segments.find((segment) => segment.tag === 'BGM')!.elements[2]).toEqual(['27']);
    const reason = segments.filter((segment) => segment.tag === 'FTX').map((segment) => segment.elements[3]!.join(''));
    expect(reason.join('')).toContain(`taken in before as order ${order!.id}`);
    const after = await api.receivedOrder(order!.id);
    expect(after.lines.map((line) => line.quantity)).toEqual([12, 3]);
  });

  it('rejects an interchange addressed to someone else (UCI 4, code 7 on UNB S003)', async () => {
    const partner = await anEdifactPartner();
    const body = partner.interchange([partner.order('PO-E-ELSEWHERE')], { recipient: 'SOMEONEELSE:ZZZ' });
    const answer = await postInterchange(body).expect(200);
    expect(contrlSegments(answer.body as string)[1]).toMatch(/\+4\+7\+UNB\+3$/);
  });

  it('answers problem+json for bytes that are no EDIFACT (400) and for a sender that is no partner (422), keeping both', async () => {
    const notEdifact = await postInterchange('ISA*00*          *00*', 'text/plain').expect(400);
    expect(notEdifact.headers['content-type']).toMatch(PROBLEM);
    expect(JSON.parse(notEdifact.body as string)).toMatchObject({ type: 'urn:crossdock:problem:unreadable-document' });

    const stranger = interchangeOf(
      [messageOf('1', 'ORDERS:D:96A:UN', ordersBody('PO-X', [], ['LIN+1++A:SA', 'QTY+21:1']))],
      {
        sender: 'NOBODY-KNOWN:ZZZ',
      },
    );
    const refused = JSON.parse((await postInterchange(stranger).expect(422)).body as string);
    expect(refused).toMatchObject({ type: 'urn:crossdock:problem:document-rejected', errors: [{ field: 'UNB.S002' }] });
    const documentId = /inbound document (\S+?)\./.exec(refused.detail)![1]!;
    expect(await api.document(documentId)).toMatchObject({ channel: 'edifact', status: 'rejected' });
    await postInterchange('{"order":1}', 'application/json').expect(415);
  });

  it('dry-runs another mapping version against a stored interchange', async () => {
    const partner = await anEdifactPartner();
    const answer = await postInterchange(partner.interchange([partner.order('PO-E-DRY')])).expect(204);
    const { mapping } = (await api.get(`/process/v1/partners/${partner.partnerId}`).expect(200)).body;
    const version = await api.addMapping(mapping.name, { ...RULES, prices: 'ignore' });
    const dryRun = await api
      .post(`/process/v1/mappings/${mapping.name}/versions/${version}/dry-run`, {
        documentId: answer.headers['x-crossdock-inbound-document'],
      })
      .expect(200);
    expect(dryRun.body.orders[0].order.lines.map((line: { sku: string }) => line.sku)).toEqual([
      partner.screws,
      partner.brackets,
    ]);
  });
});

describe("a partner's CONTRL about an interchange of ours", () => {
  /** An interchange of one CONTRL from the partner, written by the syntax: UCI 0020 names our UNB 0020. */
  const contrlFrom = (partner: Awaited<ReturnType<typeof anEdifactPartner>>, body: string[], ask = false) =>
    partner.interchange([messageOf('1', 'CONTRL:D:3:UN', body)], { acknowledgementRequested: ask });

  /** An ORDRSP kept for the partner: the refusal of an order that names no product. */
  async function anOrdrspSentTo(partner: Awaited<ReturnType<typeof anEdifactPartner>>, orderNumber: string) {
    const noItem = ordersBody(
      orderNumber,
      ['NAD+DP+++Dallas Store+1200 Commerce St+Dallas+TX+75202+US'],
      ['LIN+1', 'QTY+21:1:PCE'],
    );
    await postInterchange(partner.interchange([messageOf('1', 'ORDERS:D:96A:UN', noItem)])).expect(204);
    const sent = (
      await api.get(`/process/v1/outbound-documents?partnerId=${partner.partnerId}&kind=ORDRSP`).expect(200)
    ).body.items as { id: string; interchangeControlNumber: string; transactionSetControlNumbers: string[] }[];
    return sent[0]!;
  }
  const outbound = async (id: string) => (await api.get(`/process/v1/outbound-documents/${id}`).expect(200)).body;
  const contrlsSentTo = async (partnerId: string) =>
    (await api.get(`/process/v1/outbound-documents?partnerId=${partnerId}&kind=CONTRL`).expect(200)).body.items;

  it('accepts the ORDRSP it acknowledges (UCI 7) and answers no CONTRL, even when its UNB asks for one', async () => {
    const partner = await anEdifactPartner();
    const ordrsp = await anOrdrspSentTo(partner, 'PO-E-CONTRL-OK');
    const us = `CROSSDOCK:ZZZ+${partner.sender}:14`;
    const answer = await postInterchange(
      contrlFrom(partner, [`UCI+${ordrsp.interchangeControlNumber}+${us}+7`], true),
    ).expect(204);
    expect(answer.body).toBe('');
    const documentId = answer.headers['x-crossdock-inbound-document']!;
    expect(await outbound(ordrsp.id)).toMatchObject({ status: 'accepted', acknowledgedBy: documentId });
    expect((await api.document(documentId)).status).toBe('processed');
    expect(await contrlsSentTo(partner.partnerId)).toEqual([]);
  });

  it('rejects it on a UCM 4, keeping the codes reported, and keeps a CONTRL that matches nothing rejected for a person', async () => {
    const partner = await anEdifactPartner();
    const ordrsp = await anOrdrspSentTo(partner, 'PO-E-CONTRL-BAD');
    const us = `CROSSDOCK:ZZZ+${partner.sender}:14`;
    const [message] = ordrsp.transactionSetControlNumbers;
    const rejecting = [
      `UCI+${ordrsp.interchangeControlNumber}+${us}+7`,
      `UCM+${message}+ORDRSP:D:96A:UN+4`,
      'UCS+4+13',
      'UCD+12+2:1',
    ];
    const answer = await postInterchange(contrlFrom(partner, rejecting)).expect(204);
    const documentId = answer.headers['x-crossdock-inbound-document']!;
    expect(await outbound(ordrsp.id)).toMatchObject({ status: 'rejected', acknowledgedBy: documentId });
    const [outcome] = (await api.document(documentId)).outcomes;
    expect(outcome!.notes![0]).toMatch(
      /now rejected; reported: UCS 4: syntax error 13; UCS 4 UCD 2\.1: syntax error 12\.$/,
    );

    const stray = await postInterchange(contrlFrom(partner, [`UCI+NOTOURS+${us}+4+29+UNZ`])).expect(204);
    expect(await api.document(stray.headers['x-crossdock-inbound-document']!)).toMatchObject({
      status: 'rejected',
      outcomes: [
        {
          problem: {
            title: 'The acknowledgement matches no document Crossdock sent',
            errors: [{ field: 'UCI', message: 'syntax error 29 at UNZ' }],
          },
        },
      ],
    });
    expect(await contrlsSentTo(partner.partnerId)).toEqual([]);
  });
  it('matches a CONTRL riding with an ORDERS, places the order, and acknowledges both messages in the CONTRL it answers', async () => {
    const partner = await anEdifactPartner();
    const ordrsp = await anOrdrspSentTo(partner, 'PO-E-CONTRL-MIX');
    const acceptance = messageOf('2', 'CONTRL:D:3:UN', [
      `UCI+${ordrsp.interchangeControlNumber}+CROSSDOCK:ZZZ+${partner.sender}:14+7`,
    ]);
    const body = partner.interchange([partner.order('PO-E-MIX'), acceptance], { acknowledgementRequested: true });
    const answer = await postInterchange(body).expect(200);
    expect(contrlSegments(answer.body as string).slice(2, 4)).toEqual([
      'UCM+1+ORDERS:D:96A:UN+7',
      'UCM+2+CONTRL:D:3:UN+7',
    ]);
    expect(await outbound(ordrsp.id)).toMatchObject({ status: 'accepted' });
    const orders = await api.settledOrdersOf(answer.headers['x-crossdock-inbound-document']!);
    expect(orders.map((order) => order.sourceOrderId)).toEqual(['PO-E-MIX']);
  });
});
