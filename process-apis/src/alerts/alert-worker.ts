import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import type { ProcessDatabase } from '../database';
import { sweepDirtyKpiHours } from '../kpis/kpi-sweep';
import { httpWebhookSender } from '../events/send-webhook';
import { smtpAlertMailer, smtpServerName } from './alert-mailer';
import type { AlertSettings } from './alert-settings';
import { evaluateAlertRules } from './evaluate-alerts';
import { sendDueAlertNotifications, type AlertNotifierDependencies } from './send-alert-notifications';

/**
 * One round: every enabled rule judged, then what is owed and due sent, then the KPIs' oldest dirty closed
 * hours rebuilt (a bounded number: the hours no report asks for would otherwise stay marked for ever).
 */
export async function alertRound(notifier: AlertNotifierDependencies): Promise<void> {
  await evaluateAlertRules(notifier);
  // A full batch sent means more may be due.
  while ((await sendDueAlertNotifications(notifier)) === 50);
  await sweepDirtyKpiHours(notifier.db);
}

/**
 * The background loop of every replica: a round each `evaluateIntervalMs`. Replicas share the work
 * through the database (rule rows locked while judged, notifications claimed), so running it on
 * every replica tells nobody twice.
 */
export function startAlertWorker(
  deps: { db: ProcessDatabase; clock: Clock; logger: Logger },
  settings: AlertSettings,
): { stop(): Promise<void> } {
  const notifier: AlertNotifierDependencies = {
    ...deps,
    mailer: smtpAlertMailer(settings.smtpUrl, settings.emailFrom, settings.sendTimeoutMs),
    webhooks: httpWebhookSender({ timeoutMs: settings.sendTimeoutMs, logger: deps.logger }),
    retry: settings.retry,
    random: Math.random,
    leaseMs: settings.sendTimeoutMs * 3 + 1000,
  };
  if (settings.smtpUrl) deps.logger.info('alert emails go through', { smtp: smtpServerName(settings.smtpUrl) });
  let stopped = false;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const schedule = (): void => {
    timer = setTimeout(() => {
      running = alertRound(notifier)
        .catch((error: unknown) => {
          if (!stopped) deps.logger.warn('alert round failed', { error: coerceError(error).message });
        })
        .finally(() => {
          running = undefined;
          if (!stopped) schedule();
        });
    }, settings.evaluateIntervalMs);
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      notifier.mailer.close();
      notifier.webhooks.close();
    },
  };
}
