/**
 * Events through the gateway: a subscriber registers, orders move through the pipeline and a
 * person's hands, and every event reaches the subscriber signed and in order per subject; a
 * screen's stream resumes from Last-Event-ID; every type written is in the published catalogue.
 */
import { verifyDelivery } from '@crossdock/shared-contracts/contracts/events/webhook-signature';
import { startWebhookReceiver, type WebhookReceiver } from '@crossdock/shared-contracts/testing/webhook-receiver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder, pipelineApi, type PipelineApi } from '../../support/order-pipeline';
import { readEventStream } from '../../support/event-stream-reader';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { waitUntil } from '../../support/wait-until';

let crossdock: TestPlatform;
let api: PipelineApi;
let receiver: WebhookReceiver;
let authorization: string;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = pipelineApi(crossdock);
  receiver = await startWebhookReceiver();
  authorization = `Bearer ${crossdock.token({ subject: 'ops', scopes: ['process:read', 'process:write'] })}`;
});
afterAll(async () => {
  await crossdock?.close();
  await receiver?.close();
});

const typesFor = (subject: string) =>
  receiver.received.filter((each) => each.event.subject === subject).map((each) => each.event.type);

describe('subscribing to events', () => {
  it('delivers every event of an order, signed and in order, to a subscriber', async () => {
    const created = await api
      .post('/process/v1/subscriptions', { url: receiver.url, eventTypes: ['com.crossdock.order.*'] })
      .expect(201);
    expect(created.body).toMatchObject({
      id: expect.any(String),
      secret: expect.stringMatching(/^whsec_/),
      active: true,
    });
    const listed = await api.get(`/process/v1/subscriptions/${created.body.id}`).expect(200);
    expect(listed.body.secret).toBeUndefined();

    const sku = await api.stockedItem({ 'WH-DAL': 50 }, { price: '2.00' });
    const submitted = await api.placeAndSettle(anOrder('C-1001', [{ sku, quantity: 5 }]));
    const held = await api.placeAndSettle(anOrder('C-1001', [{ sku: 'NO-SUCH-SKU', quantity: 1 }]));
    expect(held.status).toBe('HELD');
    await api.post(`/process/v1/orders/${submitted.id}/cancel`, { reason: 'ordered twice' }).expect(200);

    await waitUntil(
      async () => typesFor(submitted.id),
      (types) => types.length === 3,
      { what: "the cancelled order's events" },
    );
    await waitUntil(
      async () => typesFor(held.id),
      (types) => types.length === 2,
      { what: "the held order's events" },
    );
    expect(typesFor(submitted.id)).toEqual([
      'com.crossdock.order.received',
      'com.crossdock.order.submitted',
      'com.crossdock.order.cancelled',
    ]);
    expect(typesFor(held.id)).toEqual(['com.crossdock.order.received', 'com.crossdock.order.held']);
    for (const delivery of receiver.received)
      expect(() => verifyDelivery(delivery.body, delivery.signature, [created.body.secret])).not.toThrow();
    const deliveries = await api
      .get(`/process/v1/subscriptions/${created.body.id}/deliveries?state=delivered`)
      .expect(200);
    expect(deliveries.body).toHaveLength(5);
  });

  it('refuses a subscription without a valid URL or event type, and a customer-scoped token', async () => {
    const bad = await api
      .post('/process/v1/subscriptions', { url: 'ftp://example.com', eventTypes: ['order.created'] })
      .expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const buyer = crossdock.token({
      subject: 'buyer@acme.example',
      scopes: ['process:read', 'process:write'],
      customerId: 'C-1001',
    });
    await crossdock.http
      .post('/process/v1/subscriptions')
      .set('Authorization', `Bearer ${buyer}`)
      .send({ url: receiver.url, eventTypes: ['com.crossdock.*'] })
      .expect(403);
  });
});

describe('inventory changes in the ERP', () => {
  it("go out as inventory.changed without anyone polling by hand: receipts and the pipeline's reservations, in order per position", async () => {
    const inventoryReceiver = await startWebhookReceiver();
    try {
      await api
        .post('/process/v1/subscriptions', {
          url: inventoryReceiver.url,
          eventTypes: ['com.crossdock.inventory.changed'],
        })
        .expect(201);
      const sku = await api.stockedItem({ 'WH-DAL': 30 }, { price: '2.00' });
      await api.placeAndSettle(anOrder('C-1001', [{ sku, quantity: 4 }]));

      const subject = `${sku}@WH-DAL`;
      const events = await waitUntil(
        async () =>
          inventoryReceiver.received
            .filter((each) => each.event.subject === subject)
            .map(
              (each) =>
                each.event.data as {
                  kind: string;
                  quantity: number;
                  onHand: number;
                  allocated: number;
                  available: number;
                },
            ),
        (seen) => seen.length >= 2,
        { what: 'the inventory events' },
      );
      expect(events).toEqual([
        expect.objectContaining({ kind: 'receipt', quantity: 30, onHand: 30, allocated: 0, available: 30 }),
        expect.objectContaining({ kind: 'reservation', quantity: 4, onHand: 30, allocated: 4, available: 26 }),
      ]);
    } finally {
      await inventoryReceiver.close();
    }
  });

  it("the system API's change feed lets a reader catch up from its cursor", async () => {
    let cursor = '0';
    for (;;) {
      const page = (await api.get(`/system/v1/inventory/changes?after=${cursor}&limit=1000`).expect(200)).body as {
        items: unknown[];
        cursor: string;
      };
      if (page.items.length === 0) break;
      cursor = page.cursor;
    }
    const sku = await api.stockedItem({ 'WH-ATL': 12 });

    const caughtUp = await waitUntil(
      async () =>
        (await api.get(`/system/v1/inventory/changes?after=${cursor}`).expect(200)).body as {
          items: { sku: string; kind: string; quantity: number }[];
          cursor: string;
        },
      (page) => page.items.some((each) => each.sku === sku),
      { what: 'the receipt in the feed' },
    );
    expect(caughtUp.items.find((each) => each.sku === sku)).toMatchObject({ kind: 'receipt', quantity: 12 });
    await api.get('/system/v1/inventory/changes?after=not-a-cursor').expect(400);
  });
});

describe('the event stream', () => {
  it('streams events as they are written, and resumes after Last-Event-ID', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 50 }, { price: '2.00' });
    const first = await api.placeAndSettle(anOrder('C-1001', [{ sku, quantity: 1 }]));
    const streamUrl = `${crossdock.platform.url}/process/v1/events/stream?subject=${first.id}`;

    const stream = await readEventStream(streamUrl, { authorization });
    expect(stream.status).toBe(200);
    expect(stream.contentType).toContain('text/event-stream');
    await waitUntil(
      async () => stream.events.length,
      (count) => count === 2,
      { what: "the first order's events" },
    );
    stream.close();
    const [received, submittedEvent] = stream.events;
    expect(received!.event).toBe('com.crossdock.order.received');
    expect(submittedEvent!.data).toMatchObject({ type: 'com.crossdock.order.submitted', subject: first.id });

    // While nobody listens the order is cancelled; a screen coming back resumes after what it saw.
    await api.post(`/process/v1/orders/${first.id}/cancel`, { reason: 'changed my mind' }).expect(200);
    const resumed = await readEventStream(streamUrl, { authorization, 'last-event-id': submittedEvent!.id });
    await waitUntil(
      async () => resumed.events.length,
      (count) => count >= 1,
      { what: 'the resumed stream' },
    );
    resumed.close();
    expect(resumed.events.map((each) => each.event)).toEqual(['com.crossdock.order.cancelled']);
    expect(BigInt(resumed.events[0]!.id)).toBeGreaterThan(BigInt(submittedEvent!.id));
  });

  it('refuses a Last-Event-ID that is not a position', async () => {
    const answer = await crossdock.http
      .get('/process/v1/events/stream')
      .set('Authorization', authorization)
      .set('Last-Event-ID', 'yesterday')
      .expect(400);
    expect(answer.headers['content-type']).toContain('application/problem+json');
  });
});

describe('the event catalogue', () => {
  it('lists every event type written in this run, with the schema of its data', async () => {
    const catalogue = await api.get('/process/v1/events/types').expect(200);
    const catalogued = new Set((catalogue.body as { type: string }[]).map((entry) => entry.type));
    const written = await api.get('/process/v1/events?limit=1000').expect(200);
    const types = new Set((written.body as { type: string }[]).map((event) => event.type));
    expect(types.size).toBeGreaterThan(0);
    for (const type of types) expect(catalogued).toContain(type);
  });
});
