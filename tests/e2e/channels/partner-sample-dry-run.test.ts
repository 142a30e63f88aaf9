/**
 * A sample document tried on a partner before it goes live (POST /process/v1/partners/{id}/dry-run):
 * for X12, EDIFACT, UBL and a shop's JSON, the canonical orders, the sender checked and the
 * acknowledgement it would get written out; nothing kept, placed or sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  interchangeOf,
  messageOf,
  sampleOrder,
} from '../../../process-apis/src/channels/edifact/edifact-test-documents';
import { ublOrderXml } from '../../../process-apis/src/channels/ubl/ubl-test-documents';
import { AS_SENT_RULES, aShopDomain, shopifyWebhookBody } from '../../support/channels';
import { aMapping as mappingOf, anId, LINE, x12Partner } from '../../support/onboarding';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { aSenderId, purchaseOrderInterchange, x12Api } from '../../support/x12';

let crossdock: TestPlatform;
let api: ReturnType<typeof x12Api>;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = x12Api(crossdock);
});
afterAll(() => crossdock.close());

const aMapping = (rules?: object) => mappingOf(api, rules);

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

    // A group in a version not read: the 997 rejects it (AK9 R 2), and so nothing in it would be taken.
    const old = await dryRun(
      id,
      purchaseOrderInterchange(sender, 'PO-SAMPLE-3', [LINE]).replace('*X*004010~', '*X*002040~'),
    );
    expect(old.body).toMatchObject({
      outcome: 'refused',
      orders: [],
      acknowledgement: { kind: '997', verdict: 'rejected' },
    });
    expect(old.body.problems).toEqual([expect.objectContaining({ field: 'GS' })]);
    expect(old.body.acknowledgement.text).toContain('AK9*R*1*1*0*2~');

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

    // The partner's own CONTRL on something we sent, asking for an acknowledgement: never answered with one.
    const theirContrl = interchangeOf([messageOf('C1', 'CONTRL:D:3:UN', [`UCI+41+CROSSDOCK:ZZZ+${senderId}:14+7`])], {
      sender: `${senderId}:14`,
      recipient: 'CROSSDOCK:ZZZ',
      acknowledgementRequested: true,
    });
    const contrlOnly = await dryRun(id, theirContrl);
    expect(contrlOnly.body.acknowledgement).toMatchObject({ kind: 'CONTRL', verdict: 'none asked for' });
    expect(contrlOnly.body.acknowledgement.text).toBeUndefined();
    expect(contrlOnly.body.acknowledgement.summary).toContain('never acknowledged');
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
