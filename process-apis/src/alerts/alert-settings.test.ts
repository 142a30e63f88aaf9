import { ConfigurationError } from '@crossdock/shared-contracts/platform/config/env';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERTS, loadAlertSettings } from './alert-settings';

describe('alert settings', () => {
  it('have no SMTP server unless CROSSDOCK_ALERT_SMTP_URL is set, and take it with its login when it is', () => {
    expect(loadAlertSettings({})).toEqual(DEFAULT_ALERTS);
    const settings = loadAlertSettings({
      CROSSDOCK_ALERT_SMTP_URL: 'smtps://alerts:p%40ss@mail.example.com:465',
      CROSSDOCK_ALERT_EVALUATE_MS: '15000',
    });
    expect(settings).toMatchObject({
      smtpUrl: 'smtps://alerts:p%40ss@mail.example.com:465',
      evaluateIntervalMs: 15000,
    });
  });

  it('refuse a URL that is not SMTP, naming the setting but not repeating the URL (it may hold a password)', () => {
    const load = () => loadAlertSettings({ CROSSDOCK_ALERT_SMTP_URL: 'https://alerts:hunter2@mail.example.com' });
    expect(load).toThrow(ConfigurationError);
    expect(load).toThrow(/CROSSDOCK_ALERT_SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
    expect(load).not.toThrow(/hunter2/);
  });
});
