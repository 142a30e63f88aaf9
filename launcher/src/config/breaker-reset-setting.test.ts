import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '@crossdock/shared-contracts/platform/config/env';
import { loadExperienceApiConfig } from '@crossdock/experience-apis/config';
import { loadPipelineSettings } from '@crossdock/process-apis/config';
import { loadErpSettings } from '@crossdock/system-apis/config';

const ODOO = {
  CROSSDOCK_ERP_ADAPTER: 'odoo',
  CROSSDOCK_ODOO_URL: 'https://erp.example.com',
  CROSSDOCK_ODOO_DATABASE: 'acme',
  CROSSDOCK_ODOO_API_KEY: 'key',
};

/** The reset interval of each tier's circuit to what is below it, as each tier's loader reads it. */
const resetOfEveryTier = (env: Record<string, string>) => {
  const erp = loadErpSettings({ ...ODOO, ...env }).erp;
  return {
    experience: loadExperienceApiConfig(env).breakerResetMs,
    process: loadPipelineSettings(env).breakerResetMs,
    system: erp.adapter === 'odoo' ? erp.breakerResetMs : undefined,
  };
};

describe('CROSSDOCK_BREAKER_RESET_MS', () => {
  it('lets every tier try its upstream again 2 s after its circuit opened, by default', () => {
    expect(resetOfEveryTier({})).toEqual({ experience: 2000, process: 2000, system: 2000 });
  });

  it('is one setting for every tier', () => {
    expect(resetOfEveryTier({ CROSSDOCK_BREAKER_RESET_MS: '750' })).toEqual({
      experience: 750,
      process: 750,
      system: 750,
    });
  });

  it('refuses a value that is not a number of milliseconds, naming the setting', () => {
    for (const value of ['soon', '0', '2.5'])
      expect(() => loadPipelineSettings({ CROSSDOCK_BREAKER_RESET_MS: value })).toThrow(ConfigurationError);
    expect(() => loadExperienceApiConfig({ CROSSDOCK_BREAKER_RESET_MS: 'soon' })).toThrow(/CROSSDOCK_BREAKER_RESET_MS/);
  });
});
