/**
 * Benchmark of event delivery (issue #6): the time from an inventory change in the ERP (a receipt
 * recorded through the system API, measured from its answer: the change is committed by then) to
 * its `com.crossdock.inventory.changed` event arriving at a local webhook subscriber —
 *  (a) at rest: receipts one after another;
 *  (b) under the order load of the pipeline benchmark: the same receipts while orders pour in
 *      (whose reservations are inventory changes too, delivered to the same subscriber).
 * Target: p99 under 250 ms at rest.
 *
 *   npx -y pnpm@10 bench:events          (RECEIPTS=200 ORDERS=1500 CONCURRENCY=32 to change it)
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { signToken } from '@crossdock/shared-contracts/platform/auth/tokens';
import { startEmbeddedCluster } from '@crossdock/shared-contracts/platform/database/embedded-cluster';
import { TEST_TOKENS } from '../support/test-platform';
import { percentile, startBenchPlatformOn } from '../support/bench-platform';

const RECEIPTS = Number(process.env.RECEIPTS ?? 200);
const ORDERS = Number(process.env.ORDERS ?? 1500);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 32);
const SKUS = ['HXB-001', 'HXB-002', 'HXB-003', 'WSH-001', 'SCR-002', 'GLV-003', 'TAP-001', 'DRL-004'];
const shipTo = {
  name: 'Acme Hardware — Store 112',
  line1: '2400 Elm St',
  city: 'Dallas',
  region: 'TX',
  postalCode: '75226',
  country: 'US',
};

/** The subscriber: resolves the waiter of each receipt's reference when its event arrives. */
const waiting = new Map<string, (at: number) => void>();
let delivered = 0;
const subscriber = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const at = performance.now();
    delivered += 1;
    const event = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: { reference?: string } };
    const reference = event.data.reference;
    if (reference) waiting.get(reference)?.(at);
    response.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => subscriber.listen(0, '127.0.0.1', resolve));
const subscriberUrl = `http://127.0.0.1:${(subscriber.address() as AddressInfo).port}/events`;

const cluster = await startEmbeddedCluster({
  dataDir: await mkdtemp(path.join(os.tmpdir(), 'crossdock-bench-')),
  ephemeral: true,
});
try {
  const platform = await startBenchPlatformOn(cluster);
  try {
    const token = signToken(TEST_TOKENS, {
      subject: 'bench',
      scopes: ['process:read', 'process:write', 'system:read', 'system:write'],
    });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const post = (route: string, body: unknown) =>
      fetch(`${platform.url}${route}`, { method: 'POST', headers, body: JSON.stringify(body) });
    const subscribed = await post('/process/v1/subscriptions', {
      url: subscriberUrl,
      eventTypes: ['com.crossdock.inventory.changed'],
    });
    if (subscribed.status !== 201)
      throw new Error(`subscription refused: ${subscribed.status} ${await subscribed.text()}`);

    /** One receipt, and how long its event took to arrive after the ERP answered. */
    const receiptLatency = async (): Promise<number> => {
      const reference = `BENCH-${randomUUID()}`;
      const arrived = new Promise<number>((resolve) => waiting.set(reference, resolve));
      const answer = await post('/system/v1/inventory/movements', {
        sku: 'HXB-004',
        warehouseId: 'WH-DAL',
        kind: 'receipt',
        quantity: 1,
        reason: 'bench receipt',
        reference,
      });
      const committedAt = performance.now();
      if (answer.status !== 201) throw new Error(`receipt refused: ${answer.status}`);
      const at = await Promise.race([
        arrived,
        new Promise<number>((_, reject) =>
          setTimeout(() => reject(new Error(`no event for ${reference} within 30 s`)), 30_000),
        ),
      ]);
      waiting.delete(reference);
      return Math.max(0, at - committedAt);
    };
    const receipts = async (count: number, gapMs: number): Promise<number[]> => {
      const latencies: number[] = [];
      for (let index = 0; index < count; index++) {
        latencies.push(await receiptLatency());
        await new Promise((resolve) => setTimeout(resolve, gapMs));
      }
      return latencies.sort((a, b) => a - b);
    };

    await receipts(20, 10);
    const atRest = await receipts(RECEIPTS, 10);

    let next = 0;
    const orders = Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < ORDERS) {
          next += 1;
          const lines = [
            { sku: SKUS[Math.floor(Math.random() * SKUS.length)]!, quantity: 1 + Math.floor(Math.random() * 3) },
            { sku: SKUS[Math.floor(Math.random() * SKUS.length)]!, quantity: 1 },
          ];
          const answer = await post('/process/v1/orders', {
            channel: 'api',
            sourceOrderId: randomUUID(),
            customerId: 'C-1001',
            shipTo,
            lines,
          });
          await answer.arrayBuffer();
        }
      }),
    );
    const deliveredBefore = delivered;
    const loadStarted = performance.now();
    const underLoad: number[] = [];
    while (next < ORDERS) underLoad.push(await receiptLatency());
    await orders;
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    underLoad.sort((a, b) => a - b);

    const line = (label: string, sorted: number[]) =>
      `${label} ${sorted.length} receipts: p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, max ${(sorted.at(-1) ?? 0).toFixed(0)} ms`;
    console.log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    );
    console.log(line('(a) at rest:         ', atRest), '(target p99 < 250 ms)');
    console.log(
      line('(b) under order load:', underLoad),
      `— ${ORDERS} orders at concurrency ${CONCURRENCY} in ${loadSeconds.toFixed(1)} s, ${delivered - deliveredBefore} inventory events delivered meanwhile`,
    );
  } finally {
    await platform.close();
  }
} finally {
  await cluster.stop();
  subscriber.close();
}
