/**
 * Interchanges real partners sent that went wrong before, through the gateway with the database:
 * NUL and other control bytes, bytes that are no UTF-8, an older X12 version, ISA16 left empty, "$"
 * as the terminator with the same order twice, a 105-character ISA, a test interchange. Each gets a
 * precise answer (a 997 with the right codes, or a problem naming the field), never a 500, and the
 * document is kept byte for byte.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { aSenderId, element, parseInterchange, purchaseOrderInterchange, segments, x12Api } from '../../support/x12';

let crossdock: TestPlatform;
let api: ReturnType<typeof x12Api>;
const RULES = { productIds: [{ qualifier: 'VP', lookup: 'as-sku' }], customer: { from: 'partner' }, prices: 'keep' };
const LINES = ['PO1*1*10*EA*2.00**VP*BOLT-M8'];

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = x12Api(crossdock);
});
afterAll(() => crossdock.close());

/** A partner of its own and its valid one-order interchange. */
async function aPartner(extra: Record<string, unknown> = {}) {
  const sender = aSenderId(15);
  const partnerId = await api.createX12Partner({ qualifier: 'ZZ', id: sender }, RULES, {
    customerId: await api.openCustomer(),
    ...extra,
  });
  return { sender, partnerId, interchange: (po: string) => purchaseOrderInterchange(sender, po, LINES) };
}

/** The interchange as bytes with `bytes` put in place of `marker`. */
function withBytes(text: string, marker: string, bytes: number[]): Buffer {
  const [before, after] = text.split(marker);
  return Buffer.concat([Buffer.from(before!), Buffer.from(bytes), Buffer.from(after!)]);
}

async function keptBytes(documentId: string): Promise<Buffer> {
  const part = await crossdock.http
    .get(`/process/v1/inbound-documents/${documentId}/parts/0`)
    .set('Authorization', `Bearer ${crossdock.token({ subject: 'reader', scopes: ['process:read'] })}`)
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    })
    .expect(200);
  return part.body as Buffer;
}

describe('control bytes and bytes that are no UTF-8', () => {
  it.each([
    ['a NUL in N3', [0x00]],
    ['0xFF 0xFE in N3', [0xff, 0xfe]],
    ['a lone 0xC3 in N3', [0xc3]],
  ])('rejects the set with AK4 code 6 for %s, places nothing, and keeps the bytes as sent', async (_what, bytes) => {
    const { interchange } = await aPartner();
    const body = withBytes(interchange('PO-BYTES-1'), '2400 ELM', [
      ...Buffer.from('2400'),
      ...bytes,
      ...Buffer.from(' ELM'),
    ]);
    const answer = await api.postBytes(body).expect(200);
    const ack = parseInterchange(answer.body as string);
    expect(segments(ack, 'AK4').map((segment) => segment.elements)).toEqual([['1', '', '6']]);
    expect(segments(ack, 'AK5').map((segment) => segment.elements)).toEqual([['R', '5']]);
    const documentId = answer.headers['x-crossdock-inbound-document']!;
    expect(await api.document(documentId)).toMatchObject({ status: 'rejected', orders: [] });
    expect((await keptBytes(documentId)).equals(body)).toBe(true);
  });

  it('refuses a sender id holding a NUL as no partner (422), keeps it, and says so without the NUL', async () => {
    const { sender, interchange } = await aPartner();
    const body = withBytes(interchange('PO-BYTES-2'), sender, [
      ...Buffer.from(sender.slice(0, 3)),
      0x00,
      ...Buffer.from(sender.slice(4)),
    ]);
    const answer = await api.postBytes(body).expect(422);
    const problem = JSON.parse(answer.body as string);
    expect(problem).toMatchObject({ type: 'urn:crossdock:problem:document-rejected', errors: [{ field: 'ISA06' }] });
    expect(problem.detail).toContain('\\x00');
    const documentId = /inbound document (\S+?)\./.exec(problem.detail)![1]!;
    expect((await keptBytes(documentId)).equals(body)).toBe(true);
  });

  it('answers NULs in the interchange date and the application sender (TA1 E 014) without one in the 997, and takes the order', async () => {
    const { interchange } = await aPartner();
    const body = withBytes(
      withBytes(interchange('PO-BYTES-3'), '*261128*', [...Buffer.from('*2611'), 0x00, ...Buffer.from('8*')]).toString(
        'latin1',
      ),
      'GS*PO*BUYERCO*',
      [...Buffer.from('GS*PO*BUY'), 0x00, ...Buffer.from('CO*')],
    );
    const answer = await api.postBytes(body).expect(200);
    expect(answer.body).not.toMatch(/\u0000/);
    expect((answer.body as string).split('~')[1]).toBe('TA1*000000101*000000*0930*E*014');
    expect(await api.document(answer.headers['x-crossdock-inbound-document']!)).toMatchObject({
      status: 'processed',
      orders: [{ sourceOrderId: 'PO-BYTES-3' }],
    });
  });
});

describe('interchange control numbers', () => {
  it('reads a different interchange that reuses an ISA13 of the sender, answering TA1 E 025 and saying so on the document', async () => {
    const { interchange } = await aPartner();
    const first = await api.postInterchange(interchange('PO-ICN-1')).expect(200);
    expect((first.body as string).split('~')[1]).toMatch(/^GS/);
    const second = await api.postInterchange(interchange('PO-ICN-2')).expect(200);
    expect((second.body as string).split('~')[1]).toBe('TA1*000000101*261128*0930*E*025');
    const document = await api.document(second.headers['x-crossdock-inbound-document']!);
    expect(document).toMatchObject({ status: 'processed', orders: [{ sourceOrderId: 'PO-ICN-2' }] });
    expect(document.outcomes).toContainEqual({
      notes: [
        expect.stringMatching(
          /^ISA13 000000101 was used before by a different interchange \(inbound document .+\): TA1 E 025\.$/,
        ),
      ],
    });
  });
});

describe('X12 versions', () => {
  it('takes an 850 in 003010 and answers in 003010', async () => {
    const { interchange } = await aPartner();
    const answer = await api.postInterchange(interchange('PO-V3010').replace('*X*004010~', '*X*003010~')).expect(200);
    const ack = parseInterchange(answer.body as string);
    expect(ack.groups[0]!.version).toBe('003010');
    expect(segments(ack, 'AK9')[0]!.elements.slice(0, 4)).toEqual(['A', '1', '1', '1']);
    expect(await api.document(answer.headers['x-crossdock-inbound-document']!)).toMatchObject({
      status: 'processed',
      orders: [{ sourceOrderId: 'PO-V3010' }],
    });
  });

  it('rejects a group in 002040 with AK9 R 2 and AK5 R 1, and names the version in the document outcome', async () => {
    const { interchange } = await aPartner();
    const answer = await api.postInterchange(interchange('PO-V2040').replace('*X*004010~', '*X*002040~')).expect(200);
    const ack = parseInterchange(answer.body as string);
    expect(segments(ack, 'AK5').map((segment) => segment.elements)).toEqual([['R', '1']]);
    expect(segments(ack, 'AK9')[0]!.elements).toEqual(['R', '1', '1', '0', '2']);
    const document = await api.document(answer.headers['x-crossdock-inbound-document']!);
    expect(document.status).toBe('rejected');
    expect(document.outcomes).toContainEqual({
      problem: expect.objectContaining({
        detail: expect.stringMatching(/version 002040 \(GS08\)/),
        errors: [{ field: 'GS08', message: 'version 002040 not supported' }],
      }),
    });
  });
});

describe('the envelope', () => {
  it('refuses an ISA whose ISA16 is empty with a problem naming ISA16, answers its partner a TA1 R 027, and keeps it', async () => {
    const { partnerId, interchange } = await aPartner();
    const answer = await api.postInterchange(interchange('PO-ISA16').replace('*P*>~', '*P*~')).expect(400);
    const problem = JSON.parse(answer.body as string);
    expect(problem).toMatchObject({
      type: 'urn:crossdock:problem:unreadable-document',
      errors: [{ field: 'ISA16', message: 'TA1 note 027' }],
    });
    expect(problem.detail).toMatch(/ISA16, the component separator, is empty/);
    // The partner's translator gets its TA1: rejected, note 027, for its interchange 000000101.
    const ta1Id = /Answered with TA1 R 027, kept as outbound document (\S+?)\./.exec(problem.detail)![1]!;
    const ta1 = (await api.get(`/process/v1/outbound-documents/${ta1Id}`).expect(200)).body;
    expect(ta1).toMatchObject({ kind: 'TA1', partnerId, groupControlNumbers: [] });
    expect(ta1.raw.split('~')[1]).toBe('TA1*000000101*261128*0930*R*027');
    const rejected = await api
      .get(`/process/v1/inbound-documents?channel=x12&status=rejected&partnerId=${partnerId}`)
      .expect(200);
    expect(rejected.body.items).toHaveLength(1);
  });

  it('takes an order from a 105-character ISA and says on the document which field was short', async () => {
    const { sender, interchange } = await aPartner();
    const text = interchange('PO-ISA105').replace(`*${sender}*`, `*${sender.slice(0, 14)}*`);
    await api.createX12Partner({ qualifier: 'ZZ', id: sender.slice(0, 14) }, RULES, {
      customerId: await api.openCustomer(),
    });
    const answer = await api.postInterchange(text).expect(200);
    const document = await api.document(answer.headers['x-crossdock-inbound-document']!);
    expect(document).toMatchObject({ status: 'processed', orders: [{ sourceOrderId: 'PO-ISA105' }] });
    expect(document.outcomes).toContainEqual({
      notes: [
        expect.stringMatching(/ISA segment is 105 characters long, not 106 \(ISA06 is 14 characters wide, not 15\)/),
      ],
    });
  });
});

describe('"$" as the segment terminator, the same order twice', () => {
  it('takes the order once, notes the repeat in the 997 (AK5 E) and on the document', async () => {
    const { sender } = await aPartner();
    const once = purchaseOrderInterchange(sender, 'PO-TWICE', LINES);
    const [head, set, tail] = [
      once.slice(0, once.indexOf('ST*')),
      once.slice(once.indexOf('ST*'), once.indexOf('GE*')),
      once.slice(once.indexOf('GE*')),
    ];
    const text = `${head}${set}${set.replaceAll('*0001~', '*0002~')}${tail.replace('GE*1*', 'GE*2*')}`
      .replaceAll('~\n', '$')
      .replace(/~$/, '$');
    const answer = await api.postInterchange(text).expect(200);
    const ack = parseInterchange(answer.body as string);
    expect(segments(ack, 'AK5').map((segment) => element(segment, 1))).toEqual(['A', 'E']);
    expect(segments(ack, 'AK4').map((segment) => segment.elements)).toEqual([['3', '324', '7', 'PO-TWICE']]);
    const document = await api.document(answer.headers['x-crossdock-inbound-document']!);
    expect(document.orders).toHaveLength(1);
    const orderId = document.orders[0]!.orderId;
    expect(document.outcomes).toEqual([
      { sourceOrderId: 'PO-TWICE', orderId },
      {
        sourceOrderId: 'PO-TWICE',
        orderId,
        duplicate: true,
        notes: [expect.stringMatching(/set 0002 repeats set 0001 of this interchange/)],
      },
    ]);
  });
});

describe('test interchanges (ISA15 T)', () => {
  it('validates and acknowledges a test interchange but places no order for a partner not in test mode', async () => {
    const { interchange } = await aPartner();
    const answer = await api.postInterchange(interchange('PO-TEST-1').replace('*0*P*>', '*0*T*>')).expect(200);
    const ack = parseInterchange(answer.body as string);
    expect(ack.header.usage).toBe('T');
    expect(segments(ack, 'AK5').map((segment) => element(segment, 1))).toEqual(['A']);
    const document = await api.document(answer.headers['x-crossdock-inbound-document']!);
    expect(document.orders).toEqual([]);
    expect(document.outcomes).toEqual([
      { sourceOrderId: 'PO-TEST-1', test: true, notes: [expect.stringMatching(/no order placed/)] },
    ]);
    // Replayed, it still places nothing.
    const replayed = await api.post(`/process/v1/inbound-documents/${document.id}/replay`, {}).expect(200);
    expect(replayed.body.outcomes).toEqual([
      {
        sourceOrderId: 'PO-TEST-1',
        problem: expect.objectContaining({
          detail: expect.stringMatching(/test interchange \(ISA15 T\) places no order/),
        }),
      },
    ]);
    const orders = await api.get('/process/v1/orders?channel=x12&sourceOrderId=PO-TEST-1').expect(200);
    expect(orders.body.items).toEqual([]);
  });

  it('places the order of a test interchange for a partner in test mode, marked test', async () => {
    const sender = aSenderId(15);
    await api.createPartner(
      {
        channel: 'x12',
        customerId: await api.openCustomer(),
        identifiers: {
          x12: {
            senderQualifier: 'ZZ',
            senderId: sender,
            receiverQualifier: 'ZZ',
            receiverId: 'CROSSDOCK',
            testMode: true,
          },
        },
      },
      RULES,
    );
    const answer = await api
      .postInterchange(purchaseOrderInterchange(sender, 'PO-TEST-2', LINES).replace('*0*P*>', '*0*T*>'))
      .expect(200);
    const document = await api.document(answer.headers['x-crossdock-inbound-document']!);
    expect(document.outcomes).toEqual([
      { sourceOrderId: 'PO-TEST-2', orderId: document.orders[0]!.orderId, test: true },
    ]);
  });
});
