import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import { backoffDelayMs } from '@crossdock/shared-contracts/platform/http-client/backoff';
import type { CloudEvent } from '@crossdock/shared-contracts/contracts/model/cloud-event';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import type { ProcessDatabase } from '../database';
import type { WebhookSender } from '../events/send-webhook';
import type { AlertMailer } from './alert-mailer';

/** The retry schedule of a notification that failed: one backoff formula (full jitter); after `maxAttempts`, failed. */
export interface AlertRetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface AlertNotifierDependencies {
  db: ProcessDatabase;
  clock: Clock;
  logger: Logger;
  mailer: AlertMailer;
  webhooks: WebhookSender;
  retry: AlertRetryPolicy;
  /** The backoff's jitter (Math.random; a fixed one in tests). */
  random: () => number;
  /** How long a claimed notification is this replica's before another may try it (longer than a send). */
  leaseMs: number;
}

interface ClaimedNotification {
  id: string;
  incidentId: string;
  kind: 'fired' | 'repeated' | 'resolved';
  destination: 'email' | 'webhook';
  message: string;
  value: number;
  attempts: number;
  createdAt: string;
  rule: {
    id: string;
    name: string;
    metric: string;
    comparison: string;
    threshold: number;
    windowMinutes: number;
    channel: string | null;
    partnerId: string | null;
    emailTo: string[];
    webhookUrl: string | null;
    webhookSecret: string | null;
  };
}

// Claimed as event deliveries are: skipping rows another replica is claiming, the attempt counted at
// claim, a lease giving a crashed replica's notifications back. A destination hears about an
// incident in order: a notification waits while an earlier one to the same place is still owed.
const CLAIM = `
  with claimed as (
    update "AlertNotification" as n
       set "attempts" = n."attempts" + 1, "nextAttemptAt" = $3::timestamp
     where n."id" in (
       select c."id" from "AlertNotification" as c
        where c."state" = 'pending' and c."nextAttemptAt" <= $2::timestamp
          and not exists (
            select 1 from "AlertNotification" as before
             where before."incidentId" = c."incidentId" and before."destination" = c."destination"
               and before."state" = 'pending' and before."id" < c."id")
        order by c."id"
        limit $1
        for update skip locked)
    returning n.*
  )
  select claimed."id"::text as "id", claimed."incidentId", claimed."kind", claimed."destination", claimed."message",
         claimed."value", claimed."attempts", to_char(claimed."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt",
         (select row_to_json(r) from (select rule."id", rule."name", rule."metric", rule."comparison", rule."threshold",
                 rule."windowMinutes", rule."channel", rule."partnerId", rule."emailTo", rule."webhookUrl", rule."webhookSecret")
                 as r) as "rule"
    from claimed join "AlertIncident" as i on i."id" = claimed."incidentId" join "AlertRule" as rule on rule."id" = i."ruleId"`;

const SUBJECT_WORD = { fired: 'ALERT', repeated: 'STILL OPEN', resolved: 'RESOLVED' } as const;

/** Sends what is owed and due (up to `limit`); answers how many were sent. */
export async function sendDueAlertNotifications(deps: AlertNotifierDependencies, limit = 50): Promise<number> {
  const now = deps.clock.now();
  const { rows } = await deps.db.sql.query<ClaimedNotification>(CLAIM, [
    limit,
    now.toISOString(),
    new Date(now.getTime() + deps.leaseMs).toISOString(),
  ]);
  const outcomes = await Promise.all(rows.map((notification) => sendOne(deps, notification)));
  return outcomes.filter(Boolean).length;
}

async function sendOne(deps: AlertNotifierDependencies, notification: ClaimedNotification): Promise<boolean> {
  const error = await attempt(deps, notification);
  const now = deps.clock.now();
  if (error === undefined) {
    await deps.db.alertNotification.update({
      where: { id: BigInt(notification.id) },
      data: { state: 'sent', sentAt: now, lastError: null },
    });
    return true;
  }
  const outOfAttempts = notification.attempts >= deps.retry.maxAttempts;
  deps.logger.warn('alert notification failed', {
    ruleId: notification.rule.id,
    incidentId: notification.incidentId,
    destination: notification.destination,
    attempt: notification.attempts,
    finalAttempt: outOfAttempts,
    error,
  });
  const waitMs = backoffDelayMs(notification.attempts - 1, deps.retry, deps.random);
  await deps.db.alertNotification.update({
    where: { id: BigInt(notification.id) },
    data: {
      lastError: error.slice(0, 2000),
      ...(outOfAttempts ? { state: 'failed' } : { nextAttemptAt: new Date(now.getTime() + waitMs) }),
    },
  });
  return false;
}

/** One try; undefined when it went, else why not. */
async function attempt(
  deps: AlertNotifierDependencies,
  notification: ClaimedNotification,
): Promise<string | undefined> {
  const { rule } = notification;
  if (notification.destination === 'email') {
    if (rule.emailTo.length === 0) return 'The rule no longer emails anyone.';
    try {
      await deps.mailer.send({
        to: rule.emailTo,
        subject: `[Crossdock] ${SUBJECT_WORD[notification.kind]}: ${rule.name}`,
        text: emailText(notification),
      });
      return undefined;
    } catch (error: unknown) {
      return coerceError(error).message;
    }
  }
  if (!rule.webhookUrl || !rule.webhookSecret) return 'The rule no longer has a webhook.';
  const outcome = await deps.webhooks.send(
    { id: `alert-rule-${rule.id}`, url: rule.webhookUrl, secret: rule.webhookSecret },
    alertEvent(notification),
    deps.clock.now(),
  );
  return outcome.ok ? undefined : `${outcome.status ? `HTTP ${outcome.status}: ` : ''}${outcome.error}`;
}

function emailText(notification: ClaimedNotification): string {
  const { rule } = notification;
  return [
    notification.message,
    '',
    `Rule: ${rule.name} (${rule.id})`,
    `Incident: ${notification.incidentId}`,
    `See GET /process/v1/alert-rules/${rule.id}/incidents for its history.`,
  ].join('\n');
}

/** The webhook's body: a CloudEvent like the product's event deliveries, signed the same way. */
function alertEvent(notification: ClaimedNotification): CloudEvent {
  const { rule } = notification;
  return {
    specversion: '1.0',
    id: `alert-notification-${notification.id}`,
    source: '/process/v1/alert-rules',
    type: `com.crossdock.alert.${notification.kind}`,
    subject: notification.incidentId,
    time: notification.createdAt,
    datacontenttype: 'application/json',
    correlationid: notification.incidentId,
    data: {
      ruleId: rule.id,
      ruleName: rule.name,
      incidentId: notification.incidentId,
      metric: rule.metric,
      comparison: rule.comparison,
      threshold: rule.threshold,
      windowMinutes: rule.windowMinutes,
      ...(rule.channel ? { channel: rule.channel } : {}),
      ...(rule.partnerId ? { partnerId: rule.partnerId } : {}),
      value: notification.value,
      message: notification.message,
    },
  };
}
