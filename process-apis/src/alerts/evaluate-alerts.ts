import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import { randomUUID } from 'node:crypto';
import type { KpiFigures } from '@crossdock/shared-contracts/contracts/api/process-kpis';
import type { AlertMetric } from '@crossdock/shared-contracts/contracts/api/process-alerts';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import type { ProcessDatabase } from '../database';
import type { AlertRule, Prisma } from '../generated/prisma/client';
import { computeKpiFigures } from '../kpis/compute-kpis';
import { ALERT_METRICS, breaches, formatFigure, formatWindow } from './alert-metrics';

export interface AlertEvaluationDependencies {
  db: ProcessDatabase;
  clock: Clock;
  logger: Logger;
}

type Transaction = Prisma.TransactionClient;
type NoticeKind = 'fired' | 'repeated' | 'resolved';

/** What one evaluation of a rule did (for the logs and the tests). */
export type Judgement = 'fired' | 'repeated' | 'resolved' | 'still-open' | 'quiet' | 'skipped';

// Judging a rule reads the KPIs, which may take a while on a big window; the row stays locked meanwhile.
const RULE_TRANSACTION_TIMEOUT_MS = 60_000;

/**
 * Judges every enabled rule once, against the KPI figures of its window ending now. Each rule is
 * judged in its own transaction with its row locked FOR UPDATE SKIP LOCKED: a replica that finds it
 * locked leaves it to the one judging it, so two replicas never both open (or repeat) an incident.
 */
export async function evaluateAlertRules(deps: AlertEvaluationDependencies): Promise<Map<string, Judgement>> {
  const rules = await deps.db.alertRule.findMany({ where: { enabled: true }, select: { id: true } });
  const judged = new Map<string, Judgement>();
  for (const { id } of rules) {
    try {
      judged.set(id, await evaluateRule(deps, id));
    } catch (error: unknown) {
      deps.logger.warn('alert rule not evaluated', {
        ruleId: id,
        error: coerceError(error).message,
      });
    }
  }
  return judged;
}

async function evaluateRule(deps: AlertEvaluationDependencies, id: string): Promise<Judgement> {
  return deps.db.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        select "id" from "AlertRule" where "id" = ${id} and "enabled" for update skip locked`;
      const rule = locked.length ? await tx.alertRule.findUnique({ where: { id } }) : null;
      if (!rule) return 'skipped';
      const now = deps.clock.now();
      const figures = await computeKpiFigures(deps.db, {
        from: new Date(now.getTime() - rule.windowMinutes * 60_000),
        to: now,
        ...(rule.channel ? { channel: rule.channel } : {}),
        ...(rule.partnerId ? { partner: rule.partnerId } : {}),
      });
      return judge(tx, rule, figures, now);
    },
    { timeout: RULE_TRANSACTION_TIMEOUT_MS },
  );
}

async function judge(tx: Transaction, rule: AlertRule, figures: KpiFigures, now: Date): Promise<Judgement> {
  const metric = ALERT_METRICS[rule.metric as AlertMetric];
  const value = metric.read(figures);
  const breached = breaches(value, rule.comparison as 'above' | 'below', rule.threshold);
  const open = await tx.alertIncident.findFirst({ where: { ruleId: rule.id, resolvedAt: null } });
  const message = await alertMessage(tx, rule, figures, value);
  // An unmeasurable figure (null) is recorded as 0 on the incident: the message says it in words.
  const recorded = value ?? 0;
  if (!open) {
    if (!breached) return 'quiet';
    const incidentId = randomUUID();
    await tx.alertIncident.create({
      data: { id: incidentId, ruleId: rule.id, openedAt: now, value: recorded, message, lastNotifiedAt: now },
    });
    await owe(tx, rule, incidentId, 'fired', message, recorded, now);
    return 'fired';
  }
  if (!breached) {
    const resolved = `Resolved: ${message}`;
    await tx.alertIncident.update({
      where: { id: open.id },
      data: { resolvedAt: now, value: recorded, message: resolved, lastNotifiedAt: now },
    });
    await owe(tx, rule, open.id, 'resolved', resolved, recorded, now);
    return 'resolved';
  }
  const repeatDue = now.getTime() - open.lastNotifiedAt.getTime() >= rule.repeatMinutes * 60_000;
  await tx.alertIncident.update({
    where: { id: open.id },
    data: { value: recorded, message, ...(repeatDue ? { lastNotifiedAt: now } : {}) },
  });
  if (!repeatDue) return 'still-open';
  await owe(tx, rule, open.id, 'repeated', `Still open: ${message}`, recorded, now);
  return 'repeated';
}

/** One notification per destination of the rule, due now; the notifier sends them. */
async function owe(
  tx: Transaction,
  rule: AlertRule,
  incidentId: string,
  kind: NoticeKind,
  message: string,
  value: number,
  now: Date,
): Promise<void> {
  const destinations = [...(rule.emailTo.length ? ['email'] : []), ...(rule.webhookUrl ? ['webhook'] : [])];
  await tx.alertNotification.createMany({
    data: destinations.map((destination) => ({
      incidentId,
      kind,
      destination,
      message,
      value,
      nextAttemptAt: now,
      createdAt: now,
    })),
  });
}

/**
 * The alert in the distributor's words, with the figure exactly as computeKpiFigures gave it:
 * "Exception rate for partner ACME (x12) is 25% over the last 15 minutes (threshold 10%): 3 of 12
 * orders held or dead-lettered — top reason ITEM_UNKNOWN".
 */
async function alertMessage(
  tx: Transaction,
  rule: AlertRule,
  figures: KpiFigures,
  value: number | null,
): Promise<string> {
  const metric = ALERT_METRICS[rule.metric as AlertMetric];
  const partner = rule.partnerId
    ? await tx.tradingPartner.findUnique({ where: { id: rule.partnerId }, select: { name: true, channel: true } })
    : null;
  const scope = rule.partnerId
    ? ` for partner ${partner?.name ?? rule.partnerId} (${rule.channel ?? partner?.channel ?? 'any channel'})`
    : rule.channel
      ? ` on channel ${rule.channel}`
      : '';
  const figure = value === null ? 'has nothing to measure' : `is ${formatFigure(metric.unit, value)}`;
  const threshold = `${rule.comparison === 'below' ? 'below ' : ''}${formatFigure(metric.unit, rule.threshold)}`;
  const detail = metric.detail ? `: ${metric.detail(figures)}` : '';
  const when = metric.backlog ? 'now' : `over ${formatWindow(rule.windowMinutes)}`;
  return `${metric.label}${scope} ${figure} ${when} (threshold ${threshold})${detail}`;
}
