/**
 * Partner onboarding through the gateway: a partner of each format created in one call (identifiers,
 * transport, mapping version), its bad fields named, its identifiers its own, its secrets never shown;
 * then a sample document tried on it before it goes live, nothing kept, placed or sent.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interchangeOf, sampleOrder } from '../../../process-apis/src/channels/edifact/edifact-test-documents';
import { ublOrderXml } from '../../../process-apis/src/channels/ubl/ubl-test-documents';
import { AS_SENT_RULES, aShopDomain, shopifyWebhookBody } from '../../support/channels';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { aSenderId, purchaseOrderInterchange, x12Api } from '../../support/x12';

let crossdock: TestPlatform;
let api: ReturnType<typeof x12Api>;
const PROBLEM = /^application\/problem\+json/;
const LINE = 'PO1*1*4*EA*5.00**VP*GLV-002';

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = x12Api(crossdock);
});
afterAll(() => crossdock.close());

const anId = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** A mapping of its own for one partner; answers its name and version. */
async function aMapping(rules: object = AS_SENT_RULES('VP')) {
  const name = anId('onboarding');
  return { name, version: await api.addMapping(name, rules) };
}

function x12Partner(id: string, mapping: object, x12: Record<string, unknown>, extra: object = {}) {
  return {
    id,
    name: `X12 partner ${id}`,
    channel: 'x12',
    customerId: 'C-1002',
    identifiers: { x12: { senderQualifier: 'ZZ', receiverQualifier: 'ZZ', receiverId: 'CROSSDOCK', ...x12 } },
    mapping,
    ...extra,
  };
}

/** An 850 interchange from ZZ/`sender` whose group names `gs02` as its application sender. */
const fromGroup = (sender: string, gs02: string, po: string) =>
  purchaseOrderInterchange(sender, po, [LINE]).replace('GS*PO*BUYERCO*', `GS*PO*${gs02}*`);

describe('a partner in one call', () => {
  it('creates X12 partners by ISA and GS ids, with their transport, and takes each group to its own partner', async () => {
    const mapping = await aMapping();
    const sender = aSenderId(15);
    const [east, west, rest] = [anId('east'), anId('west'), anId('rest')];
    const as2 = { kind: 'as2', as2From: 'ACME', as2To: 'CROSSDOCK', url: 'https://as2.acme.example/as2', mdn: 'sync' };

    const created = await api
      .post(
        '/process/v1/partners',
        x12Partner(east, mapping, { senderId: sender, applicationSenderCode: 'EAST' }, { transport: as2 }),
      )
      .expect(201);
    expect(created.body).toMatchObject({
      id: east,
      channel: 'x12',
      identifiers: { x12: { senderId: sender, applicationSenderCode: 'EAST' } },
      transport: as2,
      mapping,
    });
    await api
      .post('/process/v1/partners', x12Partner(west, mapping, { senderId: sender, applicationSenderCode: 'WEST' }))
      .expect(201);
    await api.post('/process/v1/partners', x12Partner(rest, mapping, { senderId: sender })).expect(201);

    // Each group's GS02 names its partner; a GS02 no partner gives is the ISA sender's own partner's.
    for (const [gs02, partnerId] of [
      ['WEST', west],
      ['EAST', east],
      ['OTHER', rest],
    ] as const) {
      const answer = await api.postInterchange(fromGroup(sender, gs02, anId('PO'))).expect(200);
      expect(answer.body).toContain('AK5*A');
      const document = await api.document(answer.headers['x-crossdock-inbound-document']!);
      expect(document).toMatchObject({ partnerId });
    }
  });

  it('refuses (409) a second partner claiming the same ISA/GS, UNB or shop ids', async () => {
    const mapping = await aMapping();
    const sender = aSenderId(15);
    await api.post('/process/v1/partners', x12Partner(anId('first'), mapping, { senderId: sender })).expect(201);
    await api
      .post(
        '/process/v1/partners',
        x12Partner(anId('gs'), mapping, { senderId: sender, applicationSenderCode: 'DIV1' }),
      )
      .expect(201);

    // No GS02 and a GS02 that is ISA06 both claim the ISA sender's own groups.
    for (const x12 of [
      { senderId: sender },
      { senderId: sender, applicationSenderCode: sender },
      { senderId: sender, applicationSenderCode: 'DIV1' },
    ]) {
      const refused = await api.post('/process/v1/partners', x12Partner(anId('again'), mapping, x12)).expect(409);
      expect(refused.headers['content-type']).toMatch(PROBLEM);
      expect(refused.body.type).toMatch(/partner-identifier-taken$/);
    }

    const unb = { senderId: aSenderId(20), senderQualifier: '14', recipientId: 'CROSSDOCK' };
    const edifact = (id: string) => ({
      id,
      name: id,
      channel: 'edifact',
      customerId: 'C-1002',
      identifiers: { edifact: unb },
      mapping,
    });
    await api.post('/process/v1/partners', edifact(anId('unb'))).expect(201);
    expect((await api.post('/process/v1/partners', edifact(anId('unb-again'))).expect(409)).body.type).toMatch(
      /partner-identifier-taken$/,
    );

    const shopDomain = aShopDomain('onboarding');
    const shop = (id: string, domain: string) => ({
      id,
      name: id,
      channel: 'shopify',
      customerId: 'C-1002',
      identifiers: { shopDomain: domain },
      mapping,
    });
    await api.post('/process/v1/partners', shop(anId('shop'), shopDomain)).expect(201);
    await api
      .post('/process/v1/partners', shop(anId('shop-again'), `https://${shopDomain.toUpperCase()}/`))
      .expect(409);
  });

  it('names every bad field in one problem, and creates nothing', async () => {
    const mapping = await aMapping();
    const id = anId('bad');
    const refused = await api
      .post('/process/v1/partners', {
        ...x12Partner(id, mapping, { senderId: aSenderId(15), senderQualifier: 'ZZZ', applicationSenderCode: 'X' }),
        transport: { kind: 'sftp', host: 'not a host', username: 'acme', port: 70000 },
      })
      .expect(400);
    expect(refused.headers['content-type']).toMatch(PROBLEM);
    const fields = (refused.body.errors as { field: string }[]).map((error) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'identifiers.x12.senderQualifier',
        'identifiers.x12.applicationSenderCode',
        'transport.host',
        'transport.port',
      ]),
    );
    await api.get(`/process/v1/partners/${id}`).expect(404);

    const noIds = await api
      .post('/process/v1/partners', {
        id,
        name: 'No ids',
        channel: 'edifact',
        customerId: 'C-1002',
        identifiers: {},
        mapping,
      })
      .expect(400);
    expect(noIds.body.errors).toEqual([expect.objectContaining({ field: 'identifiers.edifact' })]);
    const unknownMapping = await api
      .post('/process/v1/partners', x12Partner(id, { name: mapping.name, version: 99 }, { senderId: aSenderId(15) }))
      .expect(400);
    expect(unknownMapping.body.errors).toEqual([expect.objectContaining({ field: 'mapping' })]);
  });

  it('never shows or logs an SFTP password or key, and keeps them when a replace leaves them out', async () => {
    const mapping = await aMapping();
    const id = anId('sftp');
    const [password, privateKey] = [`pw-${randomUUID()}`, `-----BEGIN OPENSSH PRIVATE KEY-----${randomUUID()}`];
    const transport = { kind: 'sftp', host: 'sftp.acme.example', port: 22, username: 'crossdock', inboundPath: '/out' };
    const created = await api
      .post(
        '/process/v1/partners',
        x12Partner(id, mapping, { senderId: aSenderId(15) }, { transport: { ...transport, password, privateKey } }),
      )
      .expect(201);
    expect(created.body.transport).toEqual({ ...transport, passwordSet: true, privateKeySet: true });

    const { body, headers } = await api.get(`/process/v1/partners/${id}`).expect(200);
    const { id: _id, version: _version, createdAt: _c, updatedAt: _u, webhookSecretCount: _w, ...input } = body;
    const replaced = await api.put(`/process/v1/partners/${id}`, { ...input, transport }, headers.etag).expect(200);
    expect(replaced.body.transport).toEqual({ ...transport, passwordSet: true, privateKeySet: true });

    const shown = JSON.stringify([
      created.body,
      replaced.body,
      (await api.get('/process/v1/partners').expect(200)).body,
    ]);
    const logged = crossdock.logs.raw.join('\n');
    for (const secret of [password, privateKey]) {
      expect(shown).not.toContain(secret);
      expect(logged).not.toContain(secret);
    }
  });
});

describe('a sample tried on a partner before it goes live', () => {
  /** Counts what a dry run must not write: the partner's documents in and out. */
  async function keptFor(partnerId: string) {
    const inbound = await api.get(`/process/v1/inbound-documents?partnerId=${partnerId}`).expect(200);
    const outbound = await api.get(`/process/v1/outbound-documents?partnerId=${partnerId}`).expect(200);
    return inbound.body.items.length + outbound.body.items.length;
  }
  const dryRun = (partnerId: string, document: string) =>
    api.post(`/process/v1/partners/${partnerId}/dry-run`, { document }).expect(200);

  it('X12: the canonical order and the 997 it would get, for a partner not yet live; nothing kept', async () => {
    const mapping = await aMapping();
    const sender = aSenderId(15);
    const id = anId('x12-sample');
    await api
      .post('/process/v1/partners', x12Partner(id, mapping, { senderId: sender }, { active: false }))
      .expect(201);

    const { body } = await dryRun(id, purchaseOrderInterchange(sender, 'PO-SAMPLE-1', [LINE]));
    expect(body).toMatchObject({
      partnerId: id,
      channel: 'x12',
      mapping,
      outcome: 'taken-in',
      sender: { matches: true },
      problems: [],
      acknowledgement: { kind: '997', verdict: 'accepted' },
      orders: [
        {
          sourceOrderId: 'PO-SAMPLE-1',
          order: { customerId: 'C-1002', lines: [expect.objectContaining({ sku: 'GLV-002', quantity: 4 })] },
        },
      ],
    });
    expect(body.acknowledgement.text).toMatch(/^ISA\*.*~GS\*FA\*CROSSDOCK\*BUYERCO\*.*AK5\*A~/s);

    const stranger = await dryRun(id, purchaseOrderInterchange(aSenderId(15), 'PO-SAMPLE-2', [LINE]));
    expect(stranger.body).toMatchObject({
      outcome: 'refused',
      sender: { matches: false },
      acknowledgement: { verdict: 'rejected' },
    });
    expect(stranger.body.problems[0]).toMatchObject({ field: 'sender' });

    const unreadable = await dryRun(id, 'ISA*not an interchange');
    expect(unreadable.body).toMatchObject({
      outcome: 'refused',
      orders: [],
      acknowledgement: { kind: 'HTTP', verdict: 'rejected' },
    });
    expect(unreadable.body.problems.length).toBeGreaterThan(0);
    expect(await keptFor(id)).toBe(0);
  });

  it('EDIFACT: the CONTRL it would get, and an interchange to someone else rejected whole', async () => {
    const mapping = await aMapping({
      productIds: [{ qualifier: 'SA', lookup: 'as-sku' }],
      customer: { from: 'partner' },
      prices: 'keep',
      units: { map: { PCE: 'EA' } },
    });
    const senderId = aSenderId(20);
    const id = anId('edifact-sample');
    await api
      .post('/process/v1/partners', {
        id,
        name: 'EDIFACT sample',
        channel: 'edifact',
        customerId: 'C-1002',
        active: false,
        identifiers: {
          edifact: { senderId, senderQualifier: '14', recipientId: 'CROSSDOCK', recipientQualifier: 'ZZZ' },
        },
        transport: { kind: 'van', provider: 'OpenText', mailbox: 'ACME01' },
        mapping,
      })
      .expect(201);
    const sample = (recipient: string) =>
      interchangeOf([sampleOrder('ORD-SAMPLE-1')], {
        sender: `${senderId}:14`,
        recipient,
        acknowledgementRequested: true,
      });

    const { body } = await dryRun(id, sample('CROSSDOCK:ZZZ'));
    expect(body).toMatchObject({
      outcome: 'taken-in',
      sender: { matches: true, found: `UNB ${senderId}:14` },
      acknowledgement: { kind: 'CONTRL', verdict: 'accepted' },
      orders: [
        {
          sourceOrderId: 'ORD-SAMPLE-1',
          order: {
            lines: expect.arrayContaining([expect.objectContaining({ sku: 'HX-2201', quantity: 12, uom: 'EA' })]),
          },
        },
      ],
    });
    expect(body.acknowledgement.text).toMatch(/UCI\+1001\+.*\+7'/);

    const misaddressed = await dryRun(id, sample('SOMEONE:ZZZ'));
    expect(misaddressed.body).toMatchObject({
      outcome: 'refused',
      orders: [],
      acknowledgement: { kind: 'CONTRL', verdict: 'rejected' },
    });
    expect(misaddressed.body.acknowledgement.text).toMatch(/UCI\+1001\+.*\+SOMEONE:ZZZ\+4\+7\+UNB\+3'/);
    expect(await keptFor(id)).toBe(0);
  });

  it('UBL and a Shopify order JSON: the canonical order, and what the sender would be answered', async () => {
    const mapping = await aMapping(AS_SENT_RULES('SellersItemIdentification'));
    const endpoint = { schemeId: '0088', id: String(Date.now()).padStart(13, '7') };
    const id = anId('ubl-sample');
    await api
      .post('/process/v1/partners', {
        id,
        name: 'UBL sample',
        channel: 'ubl',
        customerId: 'C-1002',
        active: false,
        identifiers: { peppolEndpoint: endpoint },
        mapping,
      })
      .expect(201);
    const ubl = await dryRun(
      id,
      ublOrderXml({
        id: 'PO-UBL-SAMPLE',
        currency: 'USD',
        buyerEndpoint: endpoint,
        lines: [{ id: '1', quantity: '6', unitCode: 'EA', sellersItemId: 'GLV-002' }],
      }),
    );
    expect(ubl.body).toMatchObject({
      outcome: 'taken-in',
      sender: { matches: true },
      acknowledgement: { kind: 'OrderResponse', verdict: 'accepted' },
      orders: [{ order: { lines: [expect.objectContaining({ sku: 'GLV-002', quantity: 6 })] } }],
    });

    const shopMapping = await aMapping(AS_SENT_RULES('sku'));
    const shop = anId('shop-sample');
    await api
      .post('/process/v1/partners', {
        id: shop,
        name: 'Shop sample',
        channel: 'shopify',
        customerId: 'C-1002',
        active: false,
        identifiers: { shopDomain: aShopDomain('sample') },
        transport: { kind: 'webhook', topics: ['orders/create'] },
        mapping: shopMapping,
      })
      .expect(201);
    const order = await dryRun(shop, shopifyWebhookBody().toString());
    expect(order.body).toMatchObject({ outcome: 'taken-in', acknowledgement: { kind: 'HTTP', verdict: 'accepted' } });
    expect(order.body.orders[0].order.lines.length).toBeGreaterThan(0);
    expect(await keptFor(id)).toBe(0);
    expect(await keptFor(shop)).toBe(0);
  });
});
