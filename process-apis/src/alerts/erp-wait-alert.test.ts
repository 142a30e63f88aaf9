/**
 * An alert rule on the orders waiting for the ERP, against a real PostgreSQL and a real SMTP server:
 * it fires while a partner's orders wait for an unavailable ERP, and is resolved once they went on.
 * Time moves on a test clock.
 */
import { Writable } from 'node:stream';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { startTestSmtpServer, type TestSmtpServer } from '@crossdock/shared-contracts/testing/smtp-receiver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProcessDatabase, type ProcessDatabase } from '../database';
import { httpWebhookSender } from '../events/send-webhook';
import { smtpAlertMailer } from './alert-mailer';
import { createAlertRule } from './alert-rules';
import { storePartner, storePartnerOrder } from './alert-test-kit';
import { alertRound } from './alert-worker';
import type { AlertNotifierDependencies } from './send-alert-notifications';

const START = new Date('2026-12-07T10:15:00.000Z');
const ACME = { id: 'acme', name: 'ACME', channel: 'x12' };

let db: ProcessDatabase;
let smtp: TestSmtpServer;

beforeAll(async () => {
  db = await openProcessDatabase(await createTestDatabase('erp_wait_alert'));
  await storePartner(db, ACME.id, ACME.name, ACME.channel);
  smtp = await startTestSmtpServer();
});
afterAll(async () => {
  await smtp?.close();
  await db?.$disconnect();
});

describe('an alert rule on the orders waiting for the ERP', () => {
  it('fires while a partner’s orders wait for the ERP, and is resolved once they went on', async () => {
    let now = START;
    const logger = createLogger({ service: 'test', stream: new Writable({ write: (_c, _e, done) => done() }) });
    const deps: AlertNotifierDependencies = {
      db,
      clock: { now: () => now },
      logger,
      mailer: smtpAlertMailer(smtp.url, 'Crossdock alerts <alerts@crossdock.example>', 5000),
      webhooks: httpWebhookSender({ timeoutMs: 5000, logger }),
      retry: { maxAttempts: 3, baseDelayMs: 10_000, maxDelayMs: 60_000 },
      random: () => 1,
      leaseMs: 30_000,
    };
    const waiting: string[] = [];
    for (const minutes of [3, 2]) {
      const { orderId } = await storePartnerOrder(db, ACME, new Date(START.getTime() - minutes * 60_000));
      await db.order.update({ where: { id: orderId }, data: { status: 'RECEIVED' } });
      await db.pipelineJob.create({
        data: { orderId, step: 'validate', state: 'waiting', waitingSince: START, lastError: 'ERP down' },
      });
      waiting.push(orderId);
    }
    await createAlertRule(
      db,
      { subject: 'ops', scopes: ['all'] },
      {
        name: 'ERP outage',
        metric: 'ordersWaitingForErp',
        comparison: 'above',
        threshold: 0,
        windowMinutes: 60,
        repeatMinutes: 30,
        partnerId: ACME.id,
        emailTo: ['ops@distributor.example'],
      },
      now,
    );
    try {
      await alertRound(deps);
      expect(smtp.received.map((mail) => mail.text.split('\n')[0])).toEqual([
        'Number of orders waiting for the ERP for partner ACME (x12) is 2 now (threshold 0): they go on by themselves once the ERP answers again',
      ]);

      await db.pipelineJob.updateMany({
        where: { orderId: { in: waiting } },
        data: { state: 'done', waitingSince: null },
      });
      now = new Date(START.getTime() + 60_000);
      await alertRound(deps);
      expect(smtp.received.map((mail) => mail.subject)).toEqual([
        '[Crossdock] ALERT: ERP outage',
        '[Crossdock] RESOLVED: ERP outage',
      ]);
    } finally {
      deps.mailer.close();
      deps.webhooks.close();
    }
  });
});
