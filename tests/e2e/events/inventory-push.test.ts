/**
 * The platform at rest wakes for nothing (issue #20): an inventory change reaches a subscriber
 * because the system tier tells the waiting relay (a long-poll of its change feed) and the relay
 * wakes the delivery worker, not because either polls. Here both polls are 10 minutes apart, so
 * only the push can carry the receipt's event within the test.
 */
import { startWebhookReceiver, type WebhookReceiver } from '@crossdock/shared-contracts/testing/webhook-receiver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pipelineApi, type PipelineApi } from '../../support/order-pipeline';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { waitUntil } from '../../support/wait-until';

const TEN_MINUTES = 600_000;

let crossdock: TestPlatform;
let api: PipelineApi;
let receiver: WebhookReceiver;

beforeAll(async () => {
  crossdock = await startTestPlatform({
    events: {
      delivery: {
        concurrency: 8,
        pollIntervalMs: TEN_MINUTES,
        timeoutMs: 5000,
        maxAttempts: 3,
        baseDelayMs: 10_000,
        maxDelayMs: 60_000,
      },
      stream: { pollIntervalMs: 200, heartbeatMs: 15_000 },
      inventoryRelayIntervalMs: TEN_MINUTES,
      inventoryFeedWaitMs: 25_000,
    },
  });
  api = pipelineApi(crossdock);
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await crossdock?.close();
  await receiver?.close();
});

describe('an inventory change with the polls ten minutes apart', () => {
  it('reaches the subscriber, pushed from the ERP to the relay to the delivery worker', async () => {
    // The demo data's movements go out first (the relay's first pass): subscribe after them, so the
    // receipt's event is not queued behind two thousand of them.
    let last: { id: string; sku: string; warehouseId: string } | undefined;
    for (let cursor = '0'; ; ) {
      const page = (await api.get(`/system/v1/inventory/changes?after=${cursor}&limit=1000`).expect(200)).body as {
        items: { id: string; sku: string; warehouseId: string }[];
        cursor: string;
      };
      if (page.items.length === 0) break;
      [cursor, last] = [page.cursor, page.items.at(-1)];
    }
    const subject = encodeURIComponent(`${last!.sku}@${last!.warehouseId}`);
    await waitUntil(
      async () =>
        (await api.get(`/process/v1/events?type=com.crossdock.inventory.changed&subject=${subject}`).expect(200))
          .body as { id: string }[],
      (events) => events.some((event) => event.id === `inventory-movement-${last!.id}`),
      { what: "the demo data's last movement in the outbox", timeoutMs: 40_000 },
    );

    await api
      .post('/process/v1/subscriptions', { url: receiver.url, eventTypes: ['com.crossdock.inventory.changed'] })
      .expect(201);
    const sku = await api.stockedItem({ 'WH-DAL': 12 });

    const events = await waitUntil(
      async () => receiver.received.filter((each) => each.event.subject === `${sku}@WH-DAL`),
      (seen) => seen.length >= 1,
      { what: "the receipt's inventory.changed" },
    );
    expect(events.map((each) => each.event.data)).toEqual([
      expect.objectContaining({ sku, warehouseId: 'WH-DAL', kind: 'receipt', quantity: 12, onHand: 12, available: 12 }),
    ]);
  }, 60_000);
});
