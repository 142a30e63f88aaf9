/**
 * Integration support's work queue through the gateway: holds and dead letters released or
 * replayed in bulk by a filter (a dry run first, then with a comment), a held order's canonical
 * order corrected and replayed, a partner's cross-reference fixed and its held order mapped again
 * from the document it came in, the order's workbench (timeline, raw document, mapping version,
 * canonical order), and the audit trail of who did what and why. Reads need process:read, actions
 * process:write; the operations manager's and the business user's tokens are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder, uniqueSuffix } from '../../support/order-pipeline';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { aSenderId, x12Api, x12Sample, X12_SAMPLES } from '../../support/x12';

let crossdock: TestPlatform;
let api: ReturnType<typeof x12Api>;

beforeAll(async () => {
  // One attempt per step: an ERP call made to fail dead-letters the order at once.
  crossdock = await startTestPlatform({ pipeline: { maxAttempts: 1 } });
  api = x12Api(crossdock);
});
afterAll(() => crossdock?.close());

const ACTOR = 'integration-team';

interface AuditEntry {
  id: string;
  action: string;
  actor: string;
  comment?: string;
  orderId?: string;
  subjectType: string;
  subjectId?: string;
  details: Record<string, unknown>;
  correlationId: string;
}

const auditOf = async (query: Record<string, string>) =>
  (await api.get('/process/v1/audit').query(query).expect(200)).body.items as AuditEntry[];

/** Orders for a new customer held UNKNOWN_ITEM on one SKU not yet in the ERP; answers the SKU and the orders' ids. */
async function heldOnUnknownItem(count: number): Promise<{ sku: string; orderIds: string[] }> {
  const customerId = await api.openCustomer();
  const sku = `LATE-${uniqueSuffix()}`;
  const orderIds: string[] = [];
  for (let index = 0; index < count; index++) {
    const order = await api.placeAndSettle(anOrder(customerId, [{ sku, quantity: 2 }]));
    expect(order.holds).toEqual([expect.objectContaining({ reasonCode: 'UNKNOWN_ITEM', status: 'open' })]);
    orderIds.push(order.id);
  }
  return { sku, orderIds };
}

describe('who may use the work queue', () => {
  it('refuses the operations manager’s and the business user’s tokens, and actions to a read-only token', async () => {
    const as = (scopes: string[]) => `Bearer ${crossdock.token({ subject: `someone-${scopes[0]}`, scopes })}`;
    const orderId = (await api.placeAndSettle(anOrder('C-1001', [{ sku: `NOPE-${uniqueSuffix()}`, quantity: 1 }]))).id;
    const reads = [
      '/process/v1/holds',
      '/process/v1/dead-letters',
      '/process/v1/audit',
      `/process/v1/orders/${orderId}/workbench`,
    ];
    const actions: [string, string, object][] = [
      ['post', '/process/v1/holds/release', { dryRun: true }],
      ['post', '/process/v1/dead-letters/replay', { dryRun: true }],
      ['put', `/process/v1/orders/${orderId}/canonical`, {}],
      ['put', '/process/v1/partners/any/item-references', {}],
    ];
    for (const token of [as(['ops:read']), as(['business:read'])]) {
      for (const path of reads) await crossdock.http.get(path).set('Authorization', token).expect(403);
      for (const [method, path, body] of actions)
        await crossdock.http[method as 'post' | 'put'](path).set('Authorization', token).send(body).expect(403);
    }
    const reader = as(['process:read']);
    for (const path of reads) await crossdock.http.get(path).set('Authorization', reader).expect(200);
    for (const [method, path, body] of actions)
      await crossdock.http[method as 'post' | 'put'](path).set('Authorization', reader).send(body).expect(403);
    expect((await api.order(orderId)).status).toBe('HELD');
  });
});

describe('releasing holds in bulk', () => {
  it('counts first, then releases with a comment every hold that matches, audited, and nothing twice', async () => {
    const { sku, orderIds } = await heldOnUnknownItem(2);
    const filter = { q: sku, reasonCode: 'UNKNOWN_ITEM' };

    const preview = (await api.post('/process/v1/holds/release', { ...filter, dryRun: true }).expect(200)).body;
    expect(preview).toMatchObject({ dryRun: true, matched: 2, released: 0 });
    expect(preview.sample.map((hold: { orderId: string }) => hold.orderId)).toEqual(orderIds);
    expect((await api.order(orderIds[0]!)).status).toBe('HELD');

    const noComment = await api.post('/process/v1/holds/release', filter).expect(400);
    expect(noComment.headers['content-type']).toContain('application/problem+json');
    expect(noComment.body.errors).toEqual([expect.objectContaining({ field: 'comment' })]);

    await api.stockedItem({ 'WH-DAL': 10 }, { sku, price: '4.00' });
    const comment = `Item ${sku} created in the ERP`;
    const done = (await api.post('/process/v1/holds/release', { ...filter, comment }).expect(200)).body;
    expect(done).toMatchObject({ dryRun: false, matched: 2, released: 2, notReleased: [], more: false });
    expect([...done.orderIds].sort()).toEqual([...orderIds].sort());
    for (const orderId of orderIds) {
      const order = await api.settled(orderId);
      expect(order.status).toBe('SUBMITTED');
      expect(order.timeline).toContainEqual(
        expect.objectContaining({ step: 'release', actor: ACTOR, detail: expect.stringContaining(comment) }),
      );
    }

    const bulk = (await auditOf({ action: 'bulk-release' })).find((entry) => entry.id === done.auditId);
    expect(bulk).toMatchObject({ actor: ACTOR, comment, subjectType: 'filter', details: { matched: 2, released: 2 } });
    expect(bulk!.details.filter).toMatchObject(filter);
    const releases = await auditOf({ orderId: orderIds[0]!, action: 'release' });
    expect(releases).toEqual([
      expect.objectContaining({
        actor: ACTOR,
        comment,
        subjectType: 'hold',
        details: expect.objectContaining({ bulkActionId: done.auditId }),
      }),
    ]);
    expect(releases[0]!.correlationId).toBe(bulk!.correlationId);

    const again = (await api.post('/process/v1/holds/release', { ...filter, comment }).expect(200)).body;
    expect(again).toMatchObject({ matched: 0, released: 0, orderIds: [] });
    expect(await auditOf({ orderId: orderIds[0]!, action: 'release' })).toHaveLength(1);
  });
});

describe('replaying dead letters in bulk', () => {
  it('counts first, then replays with a comment the ones that match, on the audit trail', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 20 }, { price: '1.00' });
    const order = anOrder('C-1001', [{ sku, quantity: 1 }], { purchaseOrderNumber: `PO-DL-${uniqueSuffix()}` });
    crossdock.faults.failing = ['salesOrders.create'];
    const placed = (await api.placeOrder(order).expect(202)).body.id as string;
    expect((await api.settled(placed)).status).toBe('FAILED');
    crossdock.faults.failing = [];

    const filter = { q: order.purchaseOrderNumber!.toLowerCase(), channel: 'api' };
    const open = await api
      .get('/process/v1/dead-letters')
      .query({ ...filter, tab: 'open' })
      .expect(200);
    expect(open.body.items.map((letter: { orderId: string }) => letter.orderId)).toEqual([placed]);
    const preview = (await api.post('/process/v1/dead-letters/replay', { ...filter, dryRun: true }).expect(200)).body;
    expect(preview).toMatchObject({ dryRun: true, matched: 1, replayed: 0 });
    await api.post('/process/v1/dead-letters/replay', filter).expect(400);
    expect((await api.order(placed)).status).toBe('FAILED');

    const done = (
      await api
        .post('/process/v1/dead-letters/replay', { ...filter, comment: 'ERP back after maintenance' })
        .expect(200)
    ).body;
    expect(done).toMatchObject({ replayed: 1, orderIds: [placed], auditId: expect.any(String) });
    expect((await api.settled(placed)).status).toBe('SUBMITTED');
    expect(await auditOf({ orderId: placed })).toEqual([
      expect.objectContaining({ action: 'replay', comment: 'ERP back after maintenance', subjectType: 'dead-letter' }),
    ]);
    const resolved = await api
      .get('/process/v1/dead-letters')
      .query({ ...filter, tab: 'resolved' })
      .expect(200);
    expect(resolved.body.items.map((letter: { orderId: string }) => letter.orderId)).toEqual([placed]);
  });
});

describe('correcting a held order', () => {
  it('replaces its canonical order by the intake rules, replays it, and keeps the before and after', async () => {
    const { sku: wrong, orderIds } = await heldOnUnknownItem(1);
    const orderId = orderIds[0]!;
    const right = await api.stockedItem({ 'WH-DAL': 10 }, { price: '3.00' });
    const workbench = (await api.get(`/process/v1/orders/${orderId}/workbench`).expect(200)).body;
    expect(workbench).toMatchObject({ order: { id: orderId, status: 'HELD' }, sources: [], audit: [] });
    const corrected = { ...workbench.canonical, lines: [{ lineNumber: 1, sku: right, quantity: 2 }] };
    const put = (body: object) => api.put(`/process/v1/orders/${orderId}/canonical`, body);

    const invalid = await put({ order: { ...corrected, lines: [{ sku: right, quantity: 0 }] }, comment: 'x' }).expect(
      400,
    );
    expect(invalid.body.errors).toEqual([expect.objectContaining({ field: 'order.lines.0.quantity' })]);
    const rekeyed = await put({ order: { ...corrected, sourceOrderId: 'OTHER' }, comment: 'x' }).expect(400);
    expect(rekeyed.body.errors).toEqual([expect.objectContaining({ field: 'order.sourceOrderId' })]);
    await put({ order: corrected, comment: ' ' }).expect(400);
    expect((await api.order(orderId)).status).toBe('HELD');

    const answer = await put({ order: corrected, comment: `Customer ordered ${right}, not ${wrong}` })
      .set('Prefer', 'wait=10')
      .expect(200);
    expect(answer.body).toMatchObject({ resumesAt: 'validate', order: { status: 'SUBMITTED' } });
    expect(answer.body.before.lines[0].sku).toBe(wrong);
    expect(answer.body.after.lines[0].sku).toBe(right);
    const order = await api.order(orderId);
    expect(order.holds).toEqual([expect.objectContaining({ status: 'released', resolvedBy: ACTOR })]);
    expect(order.timeline).toContainEqual(
      expect.objectContaining({ step: 'correct', actor: ACTOR, detail: expect.stringContaining(`not ${wrong}`) }),
    );
    const [edit] = await auditOf({ orderId, action: 'edit-order' });
    expect(edit).toMatchObject({ id: answer.body.auditId, actor: ACTOR, subjectType: 'order' });
    expect(edit!.details).toMatchObject({ before: { lines: [{ sku: wrong }] }, after: { lines: [{ sku: right }] } });

    const events = (
      await api.get('/process/v1/events').query({ subject: orderId, type: 'com.crossdock.order.corrected' })
    ).body as { data: Record<string, unknown> }[];
    expect(events.map((event) => event.data)).toEqual([
      expect.objectContaining({
        orderId,
        holdIds: [order.holds[0]!.id],
        changedFields: ['lines'],
        resumesAt: 'validate',
      }),
    ]);

    const late = await put({ order: corrected, comment: 'again' }).expect(409);
    expect(late.body.type).toContain('order-not-correctable');
  });
});

// node-x12's sample 850: catalog numbers (CB) cross-referenced, else the vendor's number (VN) as our SKU.
const NODE_X12_RULES = {
  productIds: [
    { qualifier: 'CB', lookup: 'cross-reference' },
    { qualifier: 'VN', lookup: 'as-sku' },
  ],
  customer: { from: 'partner' },
  prices: 'ignore',
  defaults: { country: 'US' },
};
const CATALOG = ['065322-117', '066850-116', '060733-110', '065308-116', '065374-118', '067504-118'];
const QUANTITIES = [120, 220, 126, 76, 72, 696];

describe('fixing a cross-reference', () => {
  it('maps the partner’s held order again from its document and replays it; the workbench shows it all', async () => {
    const sender = aSenderId(15);
    const customerId = await api.openCustomer();
    const skus = await Promise.all(
      QUANTITIES.map((quantity) => api.stockedItem({ 'WH-DAL': quantity + 10 }, { price: '5.00' })),
    );
    // The last catalog number is missing: its line falls back to the vendor's number, unknown to the ERP.
    const itemCrossReferences = CATALOG.slice(0, 5).map((catalog, index) => ({
      qualifier: 'CB',
      partnerProductId: catalog,
      sku: skus[index],
    }));
    const partnerId = await api.createX12Partner({ qualifier: '12', id: sender }, NODE_X12_RULES, {
      customerId,
      itemCrossReferences,
    });
    const poNumber = `PO-XR-${uniqueSuffix()}`;
    const interchange = x12Sample(X12_SAMPLES.nodeX12)
      .replace('*4405197800     *', `*${sender.padEnd(15)}*`)
      .replace('BEG*00*SA*08292233294*', `BEG*00*SA*${poNumber}*`);
    const documentId = (await api.postInterchange(interchange).expect(200)).headers['x-crossdock-inbound-document']!;
    const [held] = await api.settledOrdersOf(documentId);
    expect(held).toMatchObject({ status: 'HELD', holds: [{ reasonCode: 'UNKNOWN_ITEM' }] });

    const byPartner = await api.get('/process/v1/holds').query({ partnerId, tab: 'open' }).expect(200);
    expect(byPartner.body.items).toEqual([
      expect.objectContaining({ orderId: held!.id, channel: 'x12', sourceOrderId: poNumber }),
    ]);
    const workbench = (await api.get(`/process/v1/orders/${held!.id}/workbench`).expect(200)).body;
    expect(workbench.canonical.lines[5].sku).toBe('DX1875');
    expect(workbench.sources).toEqual([
      expect.objectContaining({
        document: expect.objectContaining({ id: documentId, channel: 'x12', partnerId }),
        mapping: expect.objectContaining({
          version: 1,
          rules: expect.objectContaining({ productIds: NODE_X12_RULES.productIds }),
        }),
        parts: [
          expect.objectContaining({ href: `/process/v1/inbound-documents/${documentId}/parts/0`, text: interchange }),
        ],
      }),
    ]);
    expect(workbench.order.timeline.length).toBeGreaterThan(0);

    const comment = 'Catalog number 067504-118 was missing from the partner set-up';
    const fix = (
      await api
        .put(`/process/v1/partners/${partnerId}/item-references`, {
          qualifier: 'CB',
          partnerProductId: CATALOG[5],
          sku: skus[5],
          comment,
        })
        .expect(200)
    ).body;
    expect(fix).toMatchObject({
      replayedOrderIds: [held!.id],
      unchangedOrderIds: [],
      notReplayed: [],
      partnerVersion: 2,
    });
    expect((await api.settled(held!.id)).status).toBe('SUBMITTED');
    const submitted = await api.receivedOrder(held!.id);
    expect(submitted.lines.map((line) => line.sku)).toEqual(skus);

    const partner = (await api.get(`/process/v1/partners/${partnerId}`).expect(200)).body;
    expect(partner.itemCrossReferences).toContainEqual(
      expect.objectContaining({ partnerProductId: CATALOG[5], sku: skus[5] }),
    );
    const audit = (await api.get(`/process/v1/orders/${held!.id}/workbench`).expect(200)).body.audit as AuditEntry[];
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'edit-order',
        comment,
        details: expect.objectContaining({ crossReferenceFix: fix.auditId, documentId }),
      }),
    ]);
    expect(await auditOf({ action: 'fix-cross-reference', subjectId: `${partnerId}/CB/${CATALOG[5]}` })).toEqual([
      expect.objectContaining({
        id: fix.auditId,
        actor: ACTOR,
        comment,
        details: expect.objectContaining({ before: null }),
      }),
    ]);
  });
});
