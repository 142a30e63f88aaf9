import { z } from 'zod';
import type { ServiceLevelTargets } from '@crossdock/shared-contracts/contracts/api/process-partner-health';
import { parseEnvironment, type Environment } from '@crossdock/shared-contracts/platform/config/env';

/**
 * The issue names no figures: these are common integration service levels (orders in the ERP within
 * a quarter of an hour, no exception left over half a working day, few rejected documents, a 997
 * within a day as most trading-partner agreements ask). Each is configurable.
 */
export const DEFAULT_SERVICE_LEVELS: ServiceLevelTargets = {
  ingestionLatencyP95Minutes: 15,
  backlogAgeHours: 4,
  partnerErrorRate: 0.05,
  acknowledgementHours: 24,
};

const schema = z.object({
  CROSSDOCK_SLA_INGESTION_P95_MINUTES: z.coerce
    .number()
    .positive()
    .default(DEFAULT_SERVICE_LEVELS.ingestionLatencyP95Minutes),
  CROSSDOCK_SLA_BACKLOG_AGE_HOURS: z.coerce.number().positive().default(DEFAULT_SERVICE_LEVELS.backlogAgeHours),
  CROSSDOCK_SLA_PARTNER_ERROR_RATE: z.coerce.number().min(0).max(1).default(DEFAULT_SERVICE_LEVELS.partnerErrorRate),
  CROSSDOCK_SLA_ACKNOWLEDGEMENT_HOURS: z.coerce
    .number()
    .positive()
    .default(DEFAULT_SERVICE_LEVELS.acknowledgementHours),
});

/** The service-level targets from the environment (defaults where unset). */
export function loadServiceLevels(env: Environment): ServiceLevelTargets {
  const parsed = parseEnvironment(schema, env, 'service levels');
  return {
    ingestionLatencyP95Minutes: parsed.CROSSDOCK_SLA_INGESTION_P95_MINUTES,
    backlogAgeHours: parsed.CROSSDOCK_SLA_BACKLOG_AGE_HOURS,
    partnerErrorRate: parsed.CROSSDOCK_SLA_PARTNER_ERROR_RATE,
    acknowledgementHours: parsed.CROSSDOCK_SLA_ACKNOWLEDGEMENT_HOURS,
  };
}
