import type {
  AlertIncidentView,
  AlertRuleView,
  CreatedAlertRule,
} from '@crossdock/shared-contracts/contracts/api/process-alerts';

/** An alert rule as listed (the OpenAPI example). */
export const EXAMPLE_ALERT_RULE: AlertRuleView = {
  id: '6b1f0e52-7d0a-4c8e-9a55-3f2d1c0b9e87',
  name: 'ACME exceptions',
  metric: 'exceptionRate',
  comparison: 'above',
  threshold: 0.1,
  windowMinutes: 15,
  repeatMinutes: 60,
  channel: 'x12',
  partnerId: 'acme',
  emailTo: ['ops@example.com'],
  webhookUrl: 'https://ops.example.com/hooks/crossdock',
  enabled: true,
  createdAt: '2026-12-07T09:00:00.000Z',
  updatedAt: '2026-12-07T09:00:00.000Z',
};

const MESSAGE =
  'Exception rate for partner ACME (x12) is 25% over the last 15 minutes (threshold 10%): 3 of 12 orders held or dead-lettered — top reason ITEM_UNKNOWN';

/** An open incident of that rule (the OpenAPI example). */
export const EXAMPLE_ALERT_INCIDENT: AlertIncidentView = {
  id: '0d4e7f31-2a6b-4b9c-8e1d-5f3a2b1c0d9e',
  ruleId: '6b1f0e52-7d0a-4c8e-9a55-3f2d1c0b9e87',
  state: 'open',
  openedAt: '2026-12-07T10:15:00.000Z',
  value: 0.25,
  message: MESSAGE,
  lastNotifiedAt: '2026-12-07T10:15:00.000Z',
  notifications: [
    {
      kind: 'fired',
      destination: 'email',
      state: 'sent',
      message: MESSAGE,
      attempts: 1,
      sentAt: '2026-12-07T10:15:01.000Z',
    },
    {
      kind: 'fired',
      destination: 'webhook',
      state: 'pending',
      message: MESSAGE,
      attempts: 2,
      nextAttemptAt: '2026-12-07T10:16:30.000Z',
      lastError: 'HTTP 503: the subscriber answered 503',
    },
  ],
};

/** The answer to making a rule with a webhook: the only time its secret is shown (the OpenAPI example). */
export const EXAMPLE_CREATED_ALERT_RULE: CreatedAlertRule = {
  id: 'c2a7e4f9-58b1-4d3e-a0f6-91b8d7c5e342',
  name: 'Shopify copies',
  metric: 'duplicateRate',
  comparison: 'above',
  threshold: 0.05,
  windowMinutes: 60,
  repeatMinutes: 240,
  channel: 'shopify',
  emailTo: [],
  webhookUrl: 'https://hooks.example.com/crossdock/alerts',
  enabled: true,
  createdAt: '2026-12-07T11:30:00.000Z',
  updatedAt: '2026-12-07T11:30:00.000Z',
  webhookSecret: 'whsec_0cX9...',
};

export const EXAMPLE_ALERT_RULES: AlertRuleView[] = [EXAMPLE_ALERT_RULE];
export const EXAMPLE_ALERT_INCIDENTS: AlertIncidentView[] = [EXAMPLE_ALERT_INCIDENT];
