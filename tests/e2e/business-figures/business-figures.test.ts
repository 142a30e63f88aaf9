/**
 * The business figures and partner health from known traffic through the real pipeline: orders of
 * two customers from two channels at known prices, one shipped in full, one backordering part of a
 * line, one held before pricing; an X12 partner's purchase order acknowledged with our 855 that its
 * 997 has not answered. Every figure is checked exactly against what was sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder, pipelineApi, type PipelineApi } from '../../support/order-pipeline';
import { shipOrderThroughProcess } from '../../support/fulfilment';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { x12Api, x12Sample, X12_SAMPLES } from '../../support/x12';

let crossdock: TestPlatform;
let api: PipelineApi;
const HOUR_MS = 3_600_000;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = pipelineApi(crossdock);
}, 60_000);
afterAll(async () => {
  await crossdock?.close();
});

const as = (scopes: string[]) => `Bearer ${crossdock.token({ subject: 'someone', scopes })}`;

describe('GET /process/v1/business-figures', () => {
  it('gives volumes and values by channel, fill rate, open backorders and the top customers and items exactly', async () => {
    const from = new Date();
    const bolts = await api.stockedItem({ 'WH-DAL': 100 }, { price: '2.50' });
    const hinges = await api.stockedItem({ 'WH-DAL': 5 }, { price: '10.00' });
    const [first, second] = [await api.openCustomer(), await api.openCustomer()];

    // 10 × 2.50 + 3 × 10.00 = 55.00, shipped in full.
    const shipped = await api.placeAndSettle(
      anOrder(first, [
        { sku: bolts, quantity: 10 },
        { sku: hinges, quantity: 3 },
      ]),
    );
    // 4 × 10.00 = 40.00 from the mobile app: 2 in stock, 2 backordered.
    const backordering = await api.placeAndSettle(
      anOrder(second, [{ sku: hinges, quantity: 4 }], { channel: 'mobile' }),
    );
    // An unknown item: held before pricing, counted without a value.
    const held = await api.placeAndSettle(anOrder(second, [{ sku: 'NO-SUCH-ITEM', quantity: 1 }]));
    // A rejected order is no business.
    const rejected = await api.placeAndSettle(anOrder(first, [{ sku: 'NO-SUCH-ITEM', quantity: 9 }]));
    await api.post(`/process/v1/holds/${rejected.holds[0]!.id}/reject`, { reason: 'not ours' }).expect(200);
    expect([shipped.status, backordering.status, held.status]).toEqual(['SUBMITTED', 'SUBMITTED', 'HELD']);
    await shipOrderThroughProcess(crossdock, shipped.id);

    const answer = await crossdock.http
      .get('/process/v1/business-figures')
      .query({ from: from.toISOString(), to: new Date(Date.now() + 1000).toISOString() })
      .set('Authorization', as(['business:read']));
    expect(answer.status, answer.text).toBe(200);
    const figures = answer.body;
    expect(figures.orders).toBe(3);
    expect(figures.byChannel).toEqual([
      { channel: 'api', orders: 2, unpricedOrders: 1, value: [{ currency: 'USD', amount: '55.00' }] },
      { channel: 'mobile', orders: 1, unpricedOrders: 0, value: [{ currency: 'USD', amount: '40.00' }] },
    ]);
    expect(figures.fillRate).toEqual({
      orderedLines: 3,
      linesShippedInFull: 2,
      lineFillRate: 2 / 3,
      orderedQuantity: 17,
      shippedQuantity: 13,
      quantityFillRate: 13 / 17,
    });
    expect(figures.openBackorders).toEqual({
      orders: 1,
      lines: 1,
      quantity: 2,
      items: [{ sku: hinges, quantity: 2, orders: 1 }],
    });
    expect(figures.topCustomers).toEqual([
      { customerId: first, currency: 'USD', orders: 1, value: '55.00' },
      { customerId: second, currency: 'USD', orders: 1, value: '40.00' },
    ]);
    expect(figures.topItems).toEqual([
      { sku: hinges, currency: 'USD', quantity: 7, orders: 2, value: '70.00' },
      { sku: bolts, currency: 'USD', quantity: 10, orders: 1, value: '25.00' },
    ]);

    const mobileOnly = await crossdock.http
      .get('/process/v1/business-figures')
      .query({ from: from.toISOString(), channel: 'mobile' })
      .set('Authorization', as(['business:read']))
      .expect(200);
    expect(mobileOnly.body.orders).toBe(1);
    expect(mobileOnly.body.topItems).toEqual([
      { sku: hinges, currency: 'USD', quantity: 4, orders: 1, value: '40.00' },
    ]);
  });

  it('is for business users: business:read, nothing else; a bad window is a problem', async () => {
    const get = (scopes: string[]) =>
      crossdock.http.get('/process/v1/business-figures').set('Authorization', as(scopes));
    await get(['process:read', 'process:write', 'ops:read']).expect(403);
    const backwards = await get(['business:read'])
      .query({ from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' })
      .expect(400);
    expect(backwards.headers['content-type']).toContain('application/problem+json');
    expect(backwards.body.detail).toBe('"from" must be before "to".');
  });
});

describe('GET /process/v1/partner-health', () => {
  it('shows each partner’s last document, error rate and our documents its 997 has not answered in time', async () => {
    const x12 = x12Api(crossdock);
    const mapping = await x12.addMapping('x12-health', {
      productIds: [{ qualifier: 'CB', lookup: 'cross-reference' }],
      customer: { from: 'partner' },
      prices: 'ignore',
      defaults: { country: 'US' },
    });
    const partner = (id: string, senderId: string, references: { partnerProductId: string; sku: string }[]) =>
      x12
        .post('/process/v1/partners', {
          id,
          name: `${id} (EDI)`,
          channel: 'x12',
          customerId: 'C-1002',
          identifiers: { x12: { senderQualifier: '12', senderId, receiverQualifier: '01', receiverId: '999999999' } },
          mapping: { name: 'x12-health', version: mapping },
          itemCrossReferences: references.map((entry) => ({ qualifier: 'CB', ...entry })),
        })
        .expect(201);
    await partner('xyz-retail', '4405197800', [
      { partnerProductId: '065322-117', sku: 'BRK-004' },
      { partnerProductId: '066850-116', sku: 'BRK-003' },
      { partnerProductId: '060733-110', sku: 'BSF-010' },
      { partnerProductId: '065308-116', sku: 'BSF-005' },
      { partnerProductId: '065374-118', sku: 'BSF-022' },
      { partnerProductId: '067504-118', sku: 'BXE-010' },
    ]);
    await partner('quiet-partner', 'QUIET0000001', []);
    const from = new Date();
    const received = await x12.postInterchange(x12Sample(X12_SAMPLES.nodeX12)).expect(200);
    const document = (
      await api.get(`/process/v1/inbound-documents/${received.headers['x-crossdock-inbound-document']}`).expect(200)
    ).body;
    const orderId = document.orders[0].orderId as string;
    expect((await api.settled(orderId)).status).toBe('SUBMITTED');
    await x12.post('/process/v1/partners/xyz-retail/outbound/855', { orderId }).expect(201);

    const health = (to: Date) =>
      crossdock.http
        .get('/process/v1/partner-health')
        .query({ from: from.toISOString(), to: to.toISOString() })
        .set('Authorization', as(['ops:read']))
        .expect(200);
    const now = (await health(new Date(Date.now() + 1000))).body;
    expect(now.targets).toEqual({
      ingestionLatencyP95Minutes: 15,
      backlogAgeHours: 4,
      partnerErrorRate: 0.05,
      acknowledgementHours: 24,
    });
    const xyz = now.partners.find((each: { partnerId: string }) => each.partnerId === 'xyz-retail');
    expect(xyz).toEqual({
      partnerId: 'xyz-retail',
      name: 'xyz-retail (EDI)',
      channel: 'x12',
      active: true,
      lastDocumentAt: document.receivedAt,
      documents: 1,
      documentsWithErrors: 0,
      errorRate: 0,
      acknowledgementsOverdue: 0,
      oldestOverdueSentAt: null,
    });
    expect(now.partners.find((each: { partnerId: string }) => each.partnerId === 'quiet-partner')).toMatchObject({
      lastDocumentAt: null,
      documents: 0,
      errorRate: null,
      acknowledgementsOverdue: 0,
    });
    expect(now.breaches).toEqual([]);

    // A day and an hour on, the 855 is still unanswered: overdue, and a breach. So is an order held
    // now and still open then (the backlog counts every exception open at the window's end).
    await api.placeAndSettle(anOrder('C-1001', [{ sku: 'NO-SUCH-ITEM', quantity: 2 }]));
    const later = (await health(new Date(Date.now() + 25 * HOUR_MS))).body;
    expect(later.partners.find((each: { partnerId: string }) => each.partnerId === 'xyz-retail')).toMatchObject({
      acknowledgementsOverdue: 1,
    });
    expect(later.breaches).toEqual([
      expect.objectContaining({ target: 'backlogAge', limit: 4 }),
      expect.objectContaining({ target: 'acknowledgements', partnerId: 'xyz-retail', measured: 1, limit: 0 }),
    ]);
    expect(later.breaches[0].measured).toBeGreaterThanOrEqual(25); // in hours, as rounded in the answer
    await crossdock.http
      .get('/process/v1/partner-health')
      .set('Authorization', as(['business:read']))
      .expect(403);
  });
});
