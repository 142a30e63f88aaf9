import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '@crossdock/shared-contracts/platform/config/env';
import { DEFAULT_CHANNELS, loadChannelSettings } from './config';

describe('channel polling settings', () => {
  it('leave the pollers off when no interval is set', () => {
    expect(loadChannelSettings({})).toEqual(DEFAULT_CHANNELS);
    expect(DEFAULT_CHANNELS.pollIntervalMs).toBeUndefined();
  });

  it('turn the pollers on with an interval, and take the HTTP settings', () => {
    expect(
      loadChannelSettings({
        CROSSDOCK_CHANNEL_POLL_INTERVAL_MS: '30000',
        CROSSDOCK_CHANNEL_HTTP_RETRIES: '5',
        CROSSDOCK_CHANNEL_MAX_BACKOFF_MS: '60000',
      }),
    ).toMatchObject({
      pollIntervalMs: 30_000,
      httpRetries: 5,
      maxBackoffMs: 60_000,
    });
  });

  it('refuse a value that is not a number, naming the setting', () => {
    expect(() => loadChannelSettings({ CROSSDOCK_CHANNEL_POLL_INTERVAL_MS: 'hourly' })).toThrow(ConfigurationError);
    expect(() => loadChannelSettings({ CROSSDOCK_CHANNEL_POLL_INTERVAL_MS: 'hourly' })).toThrow(
      /CROSSDOCK_CHANNEL_POLL_INTERVAL_MS/,
    );
  });
});
