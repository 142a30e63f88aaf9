import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '@crossdock/shared-contracts/platform/config/env';
import { DEFAULT_SERVICE_LEVELS, loadServiceLevels } from './service-levels';

describe('service-level targets', () => {
  it('are the defaults when nothing is set', () => {
    expect(loadServiceLevels({})).toEqual({
      ingestionLatencyP95Minutes: 15,
      backlogAgeHours: 4,
      partnerErrorRate: 0.05,
      acknowledgementHours: 24,
    });
    expect(DEFAULT_SERVICE_LEVELS).toEqual(loadServiceLevels({}));
  });

  it('take each setting given', () => {
    expect(
      loadServiceLevels({
        CROSSDOCK_SLA_INGESTION_P95_MINUTES: '5',
        CROSSDOCK_SLA_BACKLOG_AGE_HOURS: '1.5',
        CROSSDOCK_SLA_PARTNER_ERROR_RATE: '0.02',
        CROSSDOCK_SLA_ACKNOWLEDGEMENT_HOURS: '48',
      }),
    ).toEqual({
      ingestionLatencyP95Minutes: 5,
      backlogAgeHours: 1.5,
      partnerErrorRate: 0.02,
      acknowledgementHours: 48,
    });
  });

  it('refuse a rate above 1 or a target that is not a positive number, naming the setting', () => {
    expect(() => loadServiceLevels({ CROSSDOCK_SLA_PARTNER_ERROR_RATE: '5' })).toThrow(ConfigurationError);
    expect(() => loadServiceLevels({ CROSSDOCK_SLA_PARTNER_ERROR_RATE: '5' })).toThrow(
      /CROSSDOCK_SLA_PARTNER_ERROR_RATE/,
    );
    expect(() => loadServiceLevels({ CROSSDOCK_SLA_BACKLOG_AGE_HOURS: '0' })).toThrow(
      /CROSSDOCK_SLA_BACKLOG_AGE_HOURS/,
    );
  });
});
