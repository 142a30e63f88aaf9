import { z } from 'zod';
import { parseEnvironment, type Environment } from '@crossdock/shared-contracts/platform/config/env';
import type { AlertRetryPolicy } from './send-alert-notifications';

/** How alert rules are evaluated and their emails and webhooks sent. */
export interface AlertSettings {
  /** How often every enabled rule is judged (and owed notifications sent). */
  evaluateIntervalMs: number;
  /** smtp:// or smtps:// (user and password in it when the server asks); absent: alert emails fail, visibly. */
  smtpUrl?: string;
  /** The From of alert emails. */
  emailFrom: string;
  /** Per email or webhook attempt. */
  sendTimeoutMs: number;
  retry: AlertRetryPolicy;
}

// Retries 30 s, 1 min, 2 min ... up to 30 min apart (jittered): 8 attempts span about an hour.
export const DEFAULT_ALERTS: AlertSettings = {
  evaluateIntervalMs: 60_000,
  emailFrom: 'Crossdock alerts <alerts@crossdock.invalid>',
  sendTimeoutMs: 10_000,
  retry: { maxAttempts: 8, baseDelayMs: 30_000, maxDelayMs: 30 * 60_000 },
};

const alertsSchema = z.object({
  // Checked without echoing the value: it may hold a password.
  CROSSDOCK_ALERT_SMTP_URL: z
    .string()
    .refine((url) => /^smtps?:\/\/[^/\s]+/i.test(url), 'must be an smtp:// or smtps:// URL')
    .optional(),
  CROSSDOCK_ALERT_EMAIL_FROM: z.string().min(3).default(DEFAULT_ALERTS.emailFrom),
  CROSSDOCK_ALERT_EVALUATE_MS: z.coerce.number().int().min(1000).default(DEFAULT_ALERTS.evaluateIntervalMs),
  CROSSDOCK_ALERT_SEND_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(DEFAULT_ALERTS.sendTimeoutMs),
  CROSSDOCK_ALERT_NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(DEFAULT_ALERTS.retry.maxAttempts),
  CROSSDOCK_ALERT_NOTIFY_RETRY_BASE_MS: z.coerce.number().int().min(1).default(DEFAULT_ALERTS.retry.baseDelayMs),
  CROSSDOCK_ALERT_NOTIFY_RETRY_MAX_MS: z.coerce.number().int().min(1).default(DEFAULT_ALERTS.retry.maxDelayMs),
});

/** How alerts run, from the environment. */
export function loadAlertSettings(env: Environment): AlertSettings {
  const parsed = parseEnvironment(alertsSchema, env, 'alerts');
  return {
    evaluateIntervalMs: parsed.CROSSDOCK_ALERT_EVALUATE_MS,
    ...(parsed.CROSSDOCK_ALERT_SMTP_URL ? { smtpUrl: parsed.CROSSDOCK_ALERT_SMTP_URL } : {}),
    emailFrom: parsed.CROSSDOCK_ALERT_EMAIL_FROM,
    sendTimeoutMs: parsed.CROSSDOCK_ALERT_SEND_TIMEOUT_MS,
    retry: {
      maxAttempts: parsed.CROSSDOCK_ALERT_NOTIFY_MAX_ATTEMPTS,
      baseDelayMs: parsed.CROSSDOCK_ALERT_NOTIFY_RETRY_BASE_MS,
      maxDelayMs: parsed.CROSSDOCK_ALERT_NOTIFY_RETRY_MAX_MS,
    },
  };
}
