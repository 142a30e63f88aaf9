/**
 * Partner onboarding through the gateway: a partner of each format created in one call (identifiers,
 * transport, mapping version), its bad fields named, its identifiers its own (X12 groups go to the
 * partner of their GS02), its secrets never shown or logged.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aShopDomain } from '../../support/channels';
import { aMapping as mappingOf, anId, LINE, x12Partner } from '../../support/onboarding';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { aSenderId, purchaseOrderInterchange, x12Api } from '../../support/x12';

let crossdock: TestPlatform;
let api: ReturnType<typeof x12Api>;
const PROBLEM = /^application\/problem\+json/;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = x12Api(crossdock);
});
afterAll(() => crossdock.close());

const aMapping = () => mappingOf(api);

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
