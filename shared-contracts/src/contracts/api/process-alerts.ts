/** Alert rules on the integration KPIs (/process/v1/alert-rules), see docs/operations.md#alerts. */

/**
 * A figure of the KPI report (KpiFigures), by name; `ingestionLatencyMs.p95` and the like for a
 * percentile.
 */
export type AlertMetric =
  | 'exceptionRate'
  | 'exceptions'
  | 'duplicateRate'
  | 'openHolds'
  | 'openDeadLetters'
  | 'ordersWaitingForErp'
  | 'oldestOpenExceptionAgeSeconds'
  | 'ingestionLatencyMs.p50'
  | 'ingestionLatencyMs.p95'
  | 'ingestionLatencyMs.p99'
  | 'inventorySyncDelayMs.p95'
  | 'shipmentNotificationDelayMs.p95'
  | 'retrySuccessRate'
  | 'meanTimeToResolutionSeconds'
  | 'manualActionsPer100Orders';

/** above: fires while the figure is over the threshold; below: while it is under it. */
export type AlertComparison = 'above' | 'below';

/** What an alert rule watches and whom it tells. */
export interface AlertRuleSettings {
  /**
   * @minLength 1
   * @maxLength 200
   * @example "ACME exceptions"
   */
  name: string;
  /** @example "exceptionRate" */
  metric: AlertMetric;
  comparison: AlertComparison;
  /**
   * In the figure's own unit: a rate as a fraction (0.1 is 10 %), durations in ms or s as named.
   * @example 0.1
   */
  threshold: number;
  /**
   * The figure is computed over the last this many minutes.
   * @isInt
   * @minimum 1
   * @maximum 10080
   * @example 15
   */
  windowMinutes: number;
  /**
   * While the condition holds, it is told again this often.
   * @isInt
   * @minimum 1
   * @maximum 10080
   * @example 60
   */
  repeatMinutes: number;
  /** Only orders from this channel (x12, shopify, api...). @example "x12" */
  channel?: string;
  /** Only orders from this trading partner. @example "acme" */
  partnerId?: string;
  /** Who is emailed (through the SMTP server configured by CROSSDOCK_ALERT_SMTP_URL). @example ["ops@example.com"] */
  emailTo?: string[];
  /** Where a signed CloudEvent is POSTed (com.crossdock.alert.fired, .repeated, .resolved). @example "https://ops.example.com/hooks/crossdock" */
  webhookUrl?: string;
}

/** A rule to store, or to replace a stored one with. */
export interface AlertRuleRequest extends AlertRuleSettings {
  /** false: kept, not evaluated (an open incident is left as it is). Default true. */
  enabled?: boolean;
}

/** A stored rule: never with its webhook secret. */
export interface AlertRuleView extends AlertRuleSettings {
  id: string;
  enabled: boolean;
  emailTo: string[];
  /** @format date-time */
  createdAt: string;
  /** @format date-time */
  updatedAt: string;
}

/** The answer to making a rule with a webhook: the only time its signing secret is shown. */
export interface CreatedAlertRule extends AlertRuleView {
  /** HMAC-SHA256 key of the `Crossdock-Signature` header on the rule's webhooks (as on event deliveries). */
  webhookSecret?: string;
}

/** pending: owed (maybe waiting for a retry); sent; failed: its attempts ran out. */
export type AlertNotificationState = 'pending' | 'sent' | 'failed';

/** One message about an incident to one destination, and how sending it went. */
export interface AlertNotificationView {
  kind: 'fired' | 'repeated' | 'resolved';
  destination: 'email' | 'webhook';
  state: AlertNotificationState;
  message: string;
  attempts: number;
  /** @format date-time */
  nextAttemptAt?: string;
  /** @format date-time */
  sentAt?: string;
  /** The last failure: what the SMTP server or the webhook answered, or what went wrong on the way. */
  lastError?: string;
}

/** A rule's condition holding, from when it first held until it no longer did. */
export interface AlertIncidentView {
  id: string;
  ruleId: string;
  state: 'open' | 'resolved';
  /** @format date-time */
  openedAt: string;
  /** @format date-time */
  resolvedAt?: string;
  /** The figure at the last evaluation. */
  value: number;
  /** In the distributor's words, with the figure (what the email and the webhook said last). */
  message: string;
  /** @format date-time */
  lastNotifiedAt: string;
  notifications: AlertNotificationView[];
}
