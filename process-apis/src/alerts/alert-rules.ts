import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type {
  AlertIncidentView,
  AlertRuleRequest,
  AlertRuleView,
  CreatedAlertRule,
} from '@crossdock/shared-contracts/contracts/api/process-alerts';
import type { Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import { NotFoundError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProcessDatabase } from '../database';
import type { AlertIncident, AlertNotification, AlertRule } from '../generated/prisma/client';
import { requireOperator } from '../orders/operator-only';
import { ALERT_METRIC_NAMES } from './alert-metrics';

const MINUTES_IN_A_WEEK = 10_080;
const minutes = z.number().int().min(1).max(MINUTES_IN_A_WEEK);
const optionalText = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .optional()
  .or(z.literal('').transform(() => undefined));

const ruleSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    metric: z.enum(ALERT_METRIC_NAMES as [string, ...string[]]),
    comparison: z.enum(['above', 'below']),
    threshold: z.number().finite(),
    windowMinutes: minutes,
    repeatMinutes: minutes,
    channel: optionalText,
    partnerId: optionalText,
    emailTo: z.array(z.string().trim().email()).max(20).default([]),
    webhookUrl: z
      .string()
      .trim()
      .url()
      .refine((url) => /^https?:\/\//i.test(url), 'an http or https URL')
      .optional(),
    enabled: z.boolean().default(true),
  })
  .refine((rule) => rule.emailTo.length > 0 || rule.webhookUrl !== undefined, {
    message: 'an email address or a webhook URL, so that someone is told',
    path: ['emailTo'],
  });

type CheckedRule = z.infer<typeof ruleSchema>;

/** The request as the schema reads it, for a partner we know, or a 400 naming every field at fault. */
async function checkedRule(db: ProcessDatabase, request: AlertRuleRequest): Promise<CheckedRule> {
  const parsed = ruleSchema.safeParse(request);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => ({
      field: issue.path.join('.') || 'body',
      message: issue.message,
    }));
    throw new ValidationError('The alert rule is not valid.', fields);
  }
  const { partnerId } = parsed.data;
  // A misspelt partner would match no order: the rule would never fire, silently.
  if (partnerId && !(await db.tradingPartner.findUnique({ where: { id: partnerId }, select: { id: true } })))
    throw new ValidationError(`No trading partner ${partnerId}.`, [{ field: 'partnerId', message: 'no such partner' }]);
  return parsed.data;
}

const ruleColumns = (rule: CheckedRule) => ({
  name: rule.name,
  metric: rule.metric,
  comparison: rule.comparison,
  threshold: rule.threshold,
  windowMinutes: rule.windowMinutes,
  repeatMinutes: rule.repeatMinutes,
  channel: rule.channel ?? null,
  partnerId: rule.partnerId ?? null,
  emailTo: [...new Set(rule.emailTo)],
  webhookUrl: rule.webhookUrl ?? null,
  enabled: rule.enabled,
});

const newSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;

/** Stores a rule; its webhook's signing secret (when it has a webhook) is answered this once. */
export async function createAlertRule(
  db: ProcessDatabase,
  principal: Principal,
  request: AlertRuleRequest,
  now: Date,
): Promise<CreatedAlertRule> {
  requireOperator(principal, 'manage alert rules');
  const rule = await checkedRule(db, request);
  const secret = rule.webhookUrl ? newSecret() : null;
  const stored = await db.alertRule.create({
    data: {
      id: randomUUID(),
      ...ruleColumns(rule),
      webhookSecret: secret,
      createdBy: principal.subject,
      createdAt: now,
      updatedAt: now,
    },
  });
  return { ...alertRuleView(stored), ...(secret ? { webhookSecret: secret } : {}) };
}

/** Replaces a rule's settings. Its open incident stays open and is judged by the new settings next time. */
export async function replaceAlertRule(
  db: ProcessDatabase,
  principal: Principal,
  id: string,
  request: AlertRuleRequest,
  now: Date,
): Promise<CreatedAlertRule> {
  requireOperator(principal, 'manage alert rules');
  const rule = await checkedRule(db, request);
  const before = await found(db, id);
  // A webhook added later gets a secret now (shown in this answer); an existing one keeps its own.
  const secret = rule.webhookUrl && !before.webhookSecret ? newSecret() : undefined;
  const stored = await db.alertRule.update({
    where: { id },
    data: { ...ruleColumns(rule), ...(secret ? { webhookSecret: secret } : {}), updatedAt: now },
  });
  return { ...alertRuleView(stored), ...(secret ? { webhookSecret: secret } : {}) };
}

export async function listAlertRules(db: ProcessDatabase, principal: Principal): Promise<AlertRuleView[]> {
  requireOperator(principal, 'see alert rules');
  return (await db.alertRule.findMany({ orderBy: { createdAt: 'asc' } })).map(alertRuleView);
}

export async function getAlertRule(db: ProcessDatabase, principal: Principal, id: string): Promise<AlertRuleView> {
  requireOperator(principal, 'see alert rules');
  return alertRuleView(await found(db, id));
}

/** Deletes a rule with its incidents and whatever was still owed about them. */
export async function deleteAlertRule(db: ProcessDatabase, principal: Principal, id: string): Promise<void> {
  requireOperator(principal, 'manage alert rules');
  await found(db, id);
  await db.alertRule.delete({ where: { id } });
}

/** A rule's incidents, newest first, each with its notifications. */
export async function listAlertIncidents(
  db: ProcessDatabase,
  principal: Principal,
  id: string,
): Promise<AlertIncidentView[]> {
  requireOperator(principal, 'see alert incidents');
  await found(db, id);
  const incidents = await db.alertIncident.findMany({
    where: { ruleId: id },
    orderBy: { openedAt: 'desc' },
    include: { notifications: { orderBy: { id: 'asc' } } },
    take: 200,
  });
  return incidents.map(incidentView);
}

async function found(db: ProcessDatabase, id: string): Promise<AlertRule> {
  const rule = await db.alertRule.findUnique({ where: { id } });
  if (!rule) throw new NotFoundError(`No alert rule ${id}.`);
  return rule;
}

function alertRuleView(rule: AlertRule): AlertRuleView {
  return {
    id: rule.id,
    name: rule.name,
    metric: rule.metric as AlertRuleView['metric'],
    comparison: rule.comparison as AlertRuleView['comparison'],
    threshold: rule.threshold,
    windowMinutes: rule.windowMinutes,
    repeatMinutes: rule.repeatMinutes,
    ...(rule.channel ? { channel: rule.channel } : {}),
    ...(rule.partnerId ? { partnerId: rule.partnerId } : {}),
    emailTo: rule.emailTo,
    ...(rule.webhookUrl ? { webhookUrl: rule.webhookUrl } : {}),
    enabled: rule.enabled,
    createdAt: rule.createdAt.toISOString(),
    updatedAt: rule.updatedAt.toISOString(),
  };
}

function incidentView(incident: AlertIncident & { notifications: AlertNotification[] }): AlertIncidentView {
  return {
    id: incident.id,
    ruleId: incident.ruleId,
    state: incident.resolvedAt ? 'resolved' : 'open',
    openedAt: incident.openedAt.toISOString(),
    ...(incident.resolvedAt ? { resolvedAt: incident.resolvedAt.toISOString() } : {}),
    value: incident.value,
    message: incident.message,
    lastNotifiedAt: incident.lastNotifiedAt.toISOString(),
    notifications: incident.notifications.map((sent) => ({
      kind: sent.kind as 'fired' | 'repeated' | 'resolved',
      destination: sent.destination as 'email' | 'webhook',
      state: sent.state as 'pending' | 'sent' | 'failed',
      message: sent.message,
      attempts: sent.attempts,
      ...(sent.state === 'pending' ? { nextAttemptAt: sent.nextAttemptAt.toISOString() } : {}),
      ...(sent.sentAt ? { sentAt: sent.sentAt.toISOString() } : {}),
      ...(sent.lastError ? { lastError: sent.lastError } : {}),
    })),
  };
}
