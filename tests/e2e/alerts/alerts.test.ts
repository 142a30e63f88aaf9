/**
 * Alerts end to end: orders through the real pipeline, one held, push the API channel's exception
 * rate over a rule's threshold; the process tier's alert worker emails (to a real SMTP server) and
 * POSTs (signed, to a real HTTP receiver) the same figure GET /process/v1/kpis gives, once; good
 * orders bring the rate back under it, and the alert is resolved, once. The rules' API answers bad
 * input with problem+json and keeps them to the process scopes.
 */
import { verifyDelivery } from '@crossdock/shared-contracts/contracts/events/webhook-signature';
import { startTestSmtpServer, type TestSmtpServer } from '@crossdock/shared-contracts/testing/smtp-receiver';
import { startWebhookReceiver, type WebhookReceiver } from '@crossdock/shared-contracts/testing/webhook-receiver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder, pipelineApi, uniqueSuffix, type PipelineApi } from '../../support/order-pipeline';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { waitUntil } from '../../support/wait-until';

let crossdock: TestPlatform;
let api: PipelineApi;
let smtp: TestSmtpServer;
let receiver: WebhookReceiver;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  receiver = await startWebhookReceiver();
  crossdock = await startTestPlatform({
    alerts: {
      evaluateIntervalMs: 200,
      smtpUrl: smtp.url,
      emailFrom: 'Crossdock alerts <alerts@distributor.example>',
      sendTimeoutMs: 5000,
      retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 500 },
    },
  });
  api = pipelineApi(crossdock);
});
afterAll(async () => {
  await crossdock?.close();
  await receiver?.close();
  await smtp?.close();
});

const RULE = {
  name: 'API channel exceptions',
  metric: 'exceptionRate',
  comparison: 'above',
  threshold: 0.1,
  windowMinutes: 60,
  repeatMinutes: 60,
  channel: 'api',
  emailTo: ['ops@distributor.example'],
};

const told = async (count: number, what: string) =>
  waitUntil(
    async () => ({ emails: smtp.received.length, webhooks: receiver.received.length }),
    (seen) => seen.emails >= count && seen.webhooks >= count,
    { what, timeoutMs: 20_000, everyMs: 100 },
  );

describe('/process/v1/alert-rules', () => {
  it('refuses a rule that tells nobody, as problem+json naming the fields, and needs process:write', async () => {
    const fieldsAtFault = async (body: object) => {
      const refusal = await api.post('/process/v1/alert-rules', body).expect(400);
      expect(refusal.headers['content-type']).toMatch(/^application\/problem\+json/);
      return refusal.body.errors.map((each: { field: string }) => each.field);
    };
    expect(await fieldsAtFault({ ...RULE, metric: 'happiness' })).toEqual([expect.stringMatching(/metric$/)]);
    expect(await fieldsAtFault({ ...RULE, emailTo: [] })).toEqual(['emailTo']);
    const manager = `Bearer ${crossdock.token({ subject: 'ops-manager', scopes: ['ops:read'] })}`;
    await crossdock.http.post('/process/v1/alert-rules').set('Authorization', manager).send(RULE).expect(403);
    expect((await api.get('/process/v1/alert-rules').expect(200)).body).toEqual([]);
  });

  it('fires once with the KPI figure of known traffic, and resolves once when the traffic is fixed', async () => {
    const from = new Date();
    const sku = await api.stockedItem({ 'WH-DAL': 1000 }, { price: '2.00' });
    const held = await api.placeAndSettle(anOrder('C-1001', [{ sku: `NOPE-${uniqueSuffix()}`, quantity: 1 }]));
    expect(held.status).toBe('HELD');
    for (let index = 0; index < 3; index += 1)
      expect((await api.placeAndSettle(anOrder('C-1001', [{ sku, quantity: 1 }]))).status).toBe('SUBMITTED');

    const created = await api.post('/process/v1/alert-rules', { ...RULE, webhookUrl: receiver.url }).expect(201);
    expect(created.headers.location).toBe(`/process/v1/alert-rules/${created.body.id}`);
    const secret: string = created.body.webhookSecret;
    expect((await api.get(`/process/v1/alert-rules/${created.body.id}`).expect(200)).body).not.toHaveProperty(
      'webhookSecret',
    );

    await told(1, 'the alert emailed and posted');
    const manager = `Bearer ${crossdock.token({ subject: 'ops-manager', scopes: ['ops:read'] })}`;
    const kpis = await crossdock.http
      .get('/process/v1/kpis')
      .query({ from: from.toISOString(), to: new Date(Date.now() + 1000).toISOString(), channel: 'api' })
      .set('Authorization', manager)
      .expect(200);
    expect(kpis.body.totals).toMatchObject({ ordersReceived: 4, exceptions: 1, exceptionRate: 0.25 });
    const fired =
      'Exception rate on channel api is 25% over the last hour (threshold 10%): 1 of 4 orders held or dead-lettered — top reason UNKNOWN_ITEM';
    expect(smtp.received[0]).toMatchObject({
      to: ['ops@distributor.example'],
      from: 'alerts@distributor.example',
      subject: '[Crossdock] ALERT: API channel exceptions',
    });
    expect(smtp.received[0]!.text.split('\n')[0]).toBe(fired);
    const hook = receiver.received[0]!;
    verifyDelivery(hook.body, hook.signature, [secret]);
    expect(hook.event).toMatchObject({ type: 'com.crossdock.alert.fired', data: { value: 0.25, message: fired } });

    // Six more orders go through: 1 of 10 is not over 10 %.
    for (let index = 0; index < 6; index += 1) await api.placeAndSettle(anOrder('C-1001', [{ sku, quantity: 1 }]));
    await told(2, 'the resolution emailed and posted');
    expect(smtp.received[1]!.subject).toBe('[Crossdock] RESOLVED: API channel exceptions');
    expect(smtp.received[1]!.text.split('\n')[0]).toBe(
      'Resolved: Exception rate on channel api is 10% over the last hour (threshold 10%): 1 of 10 orders held or dead-lettered — top reason UNKNOWN_ITEM',
    );
    expect(receiver.received[1]!.event.type).toBe('com.crossdock.alert.resolved');

    // Some more rounds later, nobody was told anything else.
    const incidents = await waitUntil(
      async () => (await api.get(`/process/v1/alert-rules/${created.body.id}/incidents`).expect(200)).body,
      (list) => list[0]?.notifications.every((each: { state: string }) => each.state === 'sent'),
      { what: 'every notification recorded as sent' },
    );
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ state: 'resolved', value: 0.1 });
    expect(smtp.received).toHaveLength(2);
    expect(receiver.received).toHaveLength(2);
  });
});
