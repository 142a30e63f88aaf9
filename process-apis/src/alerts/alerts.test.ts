/**
 * Alert rules against a real PostgreSQL, a real SMTP server (the `smtp-server` package) and a real
 * HTTP receiver: known traffic of one partner pushes its exception rate over the threshold, and the
 * alert is emailed and POSTed (signed) once, told again only after the repeat interval, and resolved
 * once when the traffic is fixed. Time moves on a test clock, never by sleeping.
 */
import { Writable } from 'node:stream';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import { verifyDelivery } from '@crossdock/shared-contracts/contracts/events/webhook-signature';
import type { AlertRuleRequest } from '@crossdock/shared-contracts/contracts/api/process-alerts';
import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { startTestSmtpServer, type TestSmtpServer } from '@crossdock/shared-contracts/testing/smtp-receiver';
import { startWebhookReceiver, type WebhookReceiver } from '@crossdock/shared-contracts/testing/webhook-receiver';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openProcessDatabase, type ProcessDatabase } from '../database';
import { httpWebhookSender } from '../events/send-webhook';
import { computeKpiFigures } from '../kpis/compute-kpis';
import { smtpAlertMailer } from './alert-mailer';
import { createAlertRule, listAlertIncidents } from './alert-rules';
import { storePartner, storePartnerOrder } from './alert-test-kit';
import { alertRound } from './alert-worker';
import { evaluateAlertRules } from './evaluate-alerts';
import type { AlertNotifierDependencies } from './send-alert-notifications';

const START = new Date('2026-12-07T10:15:00.000Z');
const MINUTE = 60_000;
const OPS = { subject: 'ops', scopes: ['all'] };
const ACME = { id: 'acme', name: 'ACME', channel: 'x12' };
const FROM = 'Crossdock alerts <alerts@crossdock.example>';

let db: ProcessDatabase;
let smtp: TestSmtpServer;
let receiver: WebhookReceiver;
let now: Date;
let deps: AlertNotifierDependencies;
let logged: string;

beforeAll(async () => {
  db = await openProcessDatabase(await createTestDatabase('alerts'));
  await storePartner(db, ACME.id, ACME.name, ACME.channel);
});
afterAll(async () => {
  await db?.$disconnect();
});
beforeEach(async () => {
  await db.alertRule.deleteMany();
  await db.hold.deleteMany();
  await db.inboundDocument.deleteMany();
  await db.order.deleteMany();
  smtp = await startTestSmtpServer();
  receiver = await startWebhookReceiver();
  now = START;
  logged = '';
  const lines = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      logged += chunk.toString();
      done();
    },
  });
  const logger = createLogger({ service: 'test', level: 'info', stream: lines });
  deps = {
    db,
    clock: { now: () => now },
    logger,
    mailer: smtpAlertMailer(smtp.url, FROM, 5000),
    webhooks: httpWebhookSender({ timeoutMs: 5000, logger }),
    retry: { maxAttempts: 3, baseDelayMs: 10_000, maxDelayMs: 60_000 },
    random: () => 1,
    leaseMs: 30_000,
  };
});
afterEach(async () => {
  deps.mailer.close();
  deps.webhooks.close();
  await smtp.close();
  await receiver.close();
});

const later = (minutes: number) => new Date(START.getTime() + minutes * MINUTE);

/** 12 orders from ACME in the 10 minutes before START, 3 of them held (2 unknown items, 1 price). */
async function acmeTrafficWithExceptions(): Promise<string[]> {
  const holds: string[] = [];
  for (let index = 0; index < 12; index += 1) {
    const reason = ['UNKNOWN_ITEM', 'PRICE_MISMATCH', 'UNKNOWN_ITEM'][index] ?? undefined;
    const stored = await storePartnerOrder(db, ACME, new Date(later(-10).getTime() + index * 1000), reason);
    if (stored.holdId) holds.push(stored.holdId);
  }
  return holds;
}

const exceptionRule = (overrides: Partial<AlertRuleRequest> = {}): AlertRuleRequest => ({
  name: 'ACME exceptions',
  metric: 'exceptionRate',
  comparison: 'above',
  threshold: 0.1,
  windowMinutes: 120,
  repeatMinutes: 30,
  channel: 'x12',
  partnerId: 'acme',
  emailTo: ['ops@distributor.example'],
  webhookUrl: receiver.url,
  ...overrides,
});

const told = () => ({ emails: smtp.received.length, webhooks: receiver.received.length });

describe('an alert rule on the exception rate', () => {
  it('emails and POSTs once when it fires, again only after the repeat interval, and once when resolved', async () => {
    await acmeTrafficWithExceptions();
    const rule = await createAlertRule(db, OPS, exceptionRule(), now);
    expect(rule.webhookSecret).toMatch(/^whsec_/);

    await alertRound(deps);
    const fired =
      'Exception rate for partner ACME (x12) is 25% over the last 2 hours (threshold 10%): 3 of 12 orders held or dead-lettered — top reason UNKNOWN_ITEM';
    expect(told()).toEqual({ emails: 1, webhooks: 1 });
    // The same figure the KPI report gives for that window.
    const figures = await computeKpiFigures(db, { from: later(-120), to: now, channel: 'x12', partner: 'acme' });
    expect(figures.exceptionRate).toBe(0.25);
    const [email] = smtp.received;
    expect(email).toMatchObject({ to: ['ops@distributor.example'], subject: '[Crossdock] ALERT: ACME exceptions' });
    expect(email!.text.split('\n')[0]).toBe(fired);
    const [hook] = receiver.received;
    expect(
      verifyDelivery(hook!.body, hook!.signature, [rule.webhookSecret!], { nowInSeconds: now.getTime() / 1000 }),
    ).toBe(now.getTime() / 1000);
    expect(hook!.event).toMatchObject({
      type: 'com.crossdock.alert.fired',
      source: '/process/v1/alert-rules',
      data: { ruleId: rule.id, metric: 'exceptionRate', value: 0.25, threshold: 0.1, message: fired },
    });

    // Still over the threshold, less than the repeat interval later: nothing more.
    now = later(1);
    await alertRound(deps);
    now = later(29);
    await alertRound(deps);
    expect(told()).toEqual({ emails: 1, webhooks: 1 });

    // Past the interval: told once more.
    now = later(31);
    await alertRound(deps);
    now = later(32);
    await alertRound(deps);
    expect(told()).toEqual({ emails: 2, webhooks: 2 });
    expect(smtp.received[1]!.subject).toBe('[Crossdock] STILL OPEN: ACME exceptions');
    expect(receiver.received[1]!.event.type).toBe('com.crossdock.alert.repeated');

    // Traffic fixed: 20 more orders go through, 3 of 32 is under 10 %: resolved, once.
    for (let index = 0; index < 20; index += 1) await storePartnerOrder(db, ACME, later(33));
    now = later(34);
    await alertRound(deps);
    now = later(35);
    await alertRound(deps);
    const resolved =
      'Resolved: Exception rate for partner ACME (x12) is 9.4% over the last 2 hours (threshold 10%): 3 of 32 orders held or dead-lettered — top reason UNKNOWN_ITEM';
    expect(told()).toEqual({ emails: 3, webhooks: 3 });
    expect(smtp.received[2]).toMatchObject({ subject: '[Crossdock] RESOLVED: ACME exceptions' });
    expect(smtp.received[2]!.text.split('\n')[0]).toBe(resolved);
    expect(receiver.received[2]!.event).toMatchObject({
      type: 'com.crossdock.alert.resolved',
      data: { message: resolved },
    });

    const [incident, ...others] = await listAlertIncidents(db, OPS, rule.id);
    expect(others).toEqual([]);
    expect(incident).toMatchObject({
      state: 'resolved',
      openedAt: START.toISOString(),
      resolvedAt: later(34).toISOString(),
    });
    expect(incident!.notifications.map((each) => `${each.kind} ${each.destination} ${each.state}`)).toEqual([
      'fired email sent',
      'fired webhook sent',
      'repeated email sent',
      'repeated webhook sent',
      'resolved email sent',
      'resolved webhook sent',
    ]);
  });

  it('resolves an open-holds alert when the holds are released', async () => {
    const holds = await acmeTrafficWithExceptions();
    await createAlertRule(db, OPS, exceptionRule({ metric: 'openHolds', threshold: 0, webhookUrl: undefined }), now);
    await alertRound(deps);
    expect(smtp.received.map((mail) => mail.text.split('\n')[0])).toEqual([
      'Number of orders on hold for partner ACME (x12) is 3 now (threshold 0): 0 dead letters open beside them',
    ]);
    await db.hold.updateMany({
      where: { id: { in: holds } },
      data: { status: 'released', resolvedAt: later(1) },
    });
    now = later(2);
    await alertRound(deps);
    expect(smtp.received.map((mail) => mail.subject)).toEqual([
      '[Crossdock] ALERT: ACME exceptions',
      '[Crossdock] RESOLVED: ACME exceptions',
    ]);
  });

  it('opens one incident and tells it once when two replicas judge the rule at the same moment', async () => {
    await acmeTrafficWithExceptions();
    const rule = await createAlertRule(db, OPS, exceptionRule(), now);
    const judgements = await Promise.all([evaluateAlertRules(deps), evaluateAlertRules(deps)]);
    expect(judgements.map((judged) => judged.get(rule.id)).sort()).toEqual([
      'fired',
      expect.stringMatching(/^(skipped|still-open)$/),
    ]);
    await Promise.all([alertRound(deps), alertRound(deps)]);
    expect(told()).toEqual({ emails: 1, webhooks: 1 });
    expect(await db.alertIncident.count({ where: { ruleId: rule.id } })).toBe(1);
  });

  it('retries a webhook the receiver refused, on the backoff, and shows the failure on the incident', async () => {
    await acmeTrafficWithExceptions();
    const rule = await createAlertRule(db, OPS, exceptionRule({ emailTo: [] }), now);
    receiver.mode = 'down';
    await alertRound(deps);
    expect(receiver.refused).toBe(1);
    const [incident] = await listAlertIncidents(db, OPS, rule.id);
    // The first retry waits up to the base delay (random() = 1: all of it).
    expect(incident!.notifications).toEqual([
      expect.objectContaining({
        kind: 'fired',
        state: 'pending',
        attempts: 1,
        nextAttemptAt: later(10_000 / MINUTE).toISOString(),
        lastError: expect.stringContaining('503'),
      }),
    ]);
    receiver.mode = 'up';
    now = new Date(START.getTime() + 9_000);
    await alertRound(deps);
    expect(receiver.received).toHaveLength(0);
    now = new Date(START.getTime() + 10_000);
    await alertRound(deps);
    expect(receiver.received.map((hook) => hook.event.type)).toEqual(['com.crossdock.alert.fired']);
    const [after] = await listAlertIncidents(db, OPS, rule.id);
    expect(after!.notifications).toEqual([expect.objectContaining({ state: 'sent', attempts: 2 })]);
  });

  it('keeps an email the SMTP server did not take owed, naming the server but never its password', async () => {
    await acmeTrafficWithExceptions();
    const rule = await createAlertRule(db, OPS, exceptionRule({ webhookUrl: undefined }), now);
    const port = Number(new URL(smtp.url).port);
    await smtp.close();
    deps.mailer.close();
    deps.mailer = smtpAlertMailer(`smtp://alerts:s3cret-password@127.0.0.1:${port}`, FROM, 5000);
    await alertRound(deps);
    const [incident] = await listAlertIncidents(db, OPS, rule.id);
    expect(incident!.notifications).toEqual([
      expect.objectContaining({ destination: 'email', state: 'pending', attempts: 1 }),
    ]);
    expect(incident!.notifications[0]!.lastError).toMatch(new RegExp(`^smtp://127\\.0\\.0\\.1:${port} did not take`));
    expect(logged).toContain('alert notification failed');
    expect(JSON.stringify(incident) + logged).not.toContain('s3cret-password');
    smtp = await startTestSmtpServer();
  });

  it('refuses a rule that tells nobody or watches no known figure, naming the fields', async () => {
    const refusal = await createAlertRule(
      db,
      OPS,
      exceptionRule({ metric: 'happiness' as never, emailTo: ['not-an-address'], webhookUrl: undefined }),
      now,
    ).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ValidationError);
    const fields = (refusal as ValidationError).fieldErrors?.map((each) => each.field);
    expect(fields).toEqual(expect.arrayContaining(['metric', 'emailTo.0']));
    const unknownPartner = await createAlertRule(db, OPS, exceptionRule({ partnerId: 'acme-typo' }), now).catch(
      (error: unknown) => error,
    );
    expect((unknownPartner as ValidationError).fieldErrors).toEqual([
      { field: 'partnerId', message: 'no such partner' },
    ]);
    expect(await db.alertRule.count()).toBe(0);
  });
});
