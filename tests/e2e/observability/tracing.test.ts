/**
 * Tracing across the platform: a W3C `traceparent` sent to the gateway is continued by every tier,
 * by the pipeline job that runs the order later, and by the ERP call that submits it; the spans
 * reach an OTLP collector (here a real OTLP/HTTP receiver in the test). The trace id stands beside
 * the correlation id in the log lines, on the order's timeline and on its events.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder, pipelineApi, type PipelineApi } from '../../support/order-pipeline';
import { startOtlpReceiver, type OtlpReceiver } from '../../support/otlp-receiver';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { waitUntil } from '../../support/wait-until';

let receiver: OtlpReceiver;
let crossdock: TestPlatform;
let api: PipelineApi;

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  crossdock = await startTestPlatform({ otlpEndpoint: receiver.url });
  api = pipelineApi(crossdock);
});
afterAll(async () => {
  await crossdock?.close();
  await receiver?.close();
});

describe('a trace started by the caller', () => {
  it('is continued by the gateway, the tiers, the pipeline and the ERP call, and exported over OTLP', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 20 }, { price: '3.00' });
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    const correlationId = `trace-test-${traceId.slice(0, 8)}`;

    const answer = await api
      .placeOrder(anOrder('C-1001', [{ sku, quantity: 2 }]), { waitSeconds: 10 })
      .set('traceparent', `00-${traceId}-${callerSpanId}-01`)
      .set('X-Correlation-Id', correlationId);
    expect(answer.status).toBe(201);
    expect(answer.body.status).toBe('SUBMITTED');
    const orderId = answer.body.id as string;

    // Spans are sent in batches: wait for the ERP's.
    const trace = () => receiver.spans.filter((span) => span.traceId === traceId);
    await waitUntil(
      async () => trace(),
      (spans) => spans.some((span) => span.name.startsWith('erp salesOrders.')),
      { timeoutMs: 20_000, everyMs: 100, what: 'the ERP call span of the trace' },
    );
    const spans = trace();
    const gateway = spans.find((span) => span.name === 'POST /process/v1');
    expect(gateway?.parentSpanId).toBe(callerSpanId);
    expect(spans.find((span) => span.name === 'POST /process/v1/orders')?.parentSpanId).toBe(gateway?.spanId);
    const submit = spans.find((span) => span.name === 'pipeline submit');
    expect(submit).toBeDefined();
    const erpCall = spans.find((span) => span.name.startsWith('erp salesOrders.'))!;
    // The ERP call hangs under system-apis' request, which hangs under the submit step's call.
    const systemRequest = spans.find((span) => span.spanId === erpCall.parentSpanId);
    expect(systemRequest?.name).toMatch(/^POST \/system\/v1\/sales-orders/);
    const clientCall = spans.find((span) => span.spanId === systemRequest?.parentSpanId);
    expect(clientCall?.attributes['peer.service']).toBe('system-apis');
    expect(spans.find((span) => span.spanId === clientCall?.parentSpanId)?.name).toBe('pipeline submit');

    // The same trace id beside the correlation id: log lines, timeline entries, events.
    const requestLines = crossdock.logs.withCorrelationId(correlationId).filter((line) => line.message === 'request');
    expect(requestLines.length).toBeGreaterThanOrEqual(2);
    expect(requestLines.every((line) => line.traceId === traceId)).toBe(true);
    const db = new pg.Client({ connectionString: crossdock.databases.process });
    await db.connect();
    try {
      const timeline = await db.query<{ step: string; traceId: string | null }>(
        `select "step", "traceId" from "OrderTimelineEntry" where "orderId" = $1 order by "id"`,
        [orderId],
      );
      expect(timeline.rows.map((row) => row.step)).toContain('submit');
      expect(timeline.rows.every((row) => row.traceId === traceId)).toBe(true);
      const events = await db.query<{ traceparent: string | null }>(
        `select "traceparent" from "OutboxEvent" where "subject" = $1`,
        [orderId],
      );
      expect(events.rows.length).toBeGreaterThan(0);
      expect(events.rows.every((row) => row.traceparent?.split('-')[1] === traceId)).toBe(true);
    } finally {
      await db.end();
    }
  });

  it('is started at the gateway when the caller sends none', async () => {
    const correlationId = `trace-test-${randomBytes(4).toString('hex')}`;
    await api.get('/process/v1/holds').set('X-Correlation-Id', correlationId).expect(200);
    const [line] = crossdock.logs.withCorrelationId(correlationId).filter((entry) => entry.message === 'request');
    expect(line?.traceId).toMatch(/^[0-9a-f]{32}$/);
  });
});
