import { z } from 'zod';
import type { TokenSettings } from '@crossdock/shared-contracts/platform/auth/tokens';
import {
  breakerSettingsSchema,
  parseEnvironment,
  tokenSettingsSchema,
  tokenSettingsFrom,
  type Environment,
} from '@crossdock/shared-contracts/platform/config/env';
import { loadAlertSettings, type AlertSettings } from './alerts/alert-settings';
import type { ServiceLevelTargets } from '@crossdock/shared-contracts/contracts/api/process-partner-health';
import { DEFAULT_BREAKER } from '@crossdock/shared-contracts/platform/http-client/upstream-client-options';
import type { DeliverySettings } from './events/delivery-worker';
import type { EventStreamSettings } from './events/event-stream';
import { DEFAULT_ERP_MAX_WAIT_MS } from './pipeline/pipeline-deps';
import type { RetryPolicy } from './pipeline/run-job';
import type { WorkerOptions } from './pipeline/worker';
import { DEFAULT_RECLAIM_AFTER_MS } from './pipeline/worker-registry';
import { loadServiceLevels } from './partner-health/service-levels';

export { loadServiceLevels };

export interface PipelineSettings extends RetryPolicy, WorkerOptions {
  /** How long the circuit to system-apis stays open after it tripped, before a trial call. */
  breakerResetMs: number;
  /** A worker whose heartbeat is older than this is gone and its jobs are claimed again (default 5000). */
  reclaimAfterMs?: number;
}

export interface ProcessApiConfig {
  host: string;
  /** 0 picks a free port (the embedded default does this for every tier). */
  port: number;
  databaseUrl: string;
  /** Where system-apis listens. */
  systemApiUrl: string;
  /** How long one call to system-apis may take before it counts as failed. */
  systemApiTimeoutMs: number;
  tokens: TokenSettings;
  pipeline: PipelineSettings;
  /** How pulled channels (Magento, Amazon) are polled; absent means the process tier's defaults (polling off). */
  channels?: ChannelSettings;
  /** How events are delivered to subscribers and streamed; absent means {@link DEFAULT_EVENTS}. */
  events?: EventSettings;
  /** Days after shipping in which goods come back without review; absent means {@link DEFAULT_RETURN_WINDOW_DAYS}. */
  returnWindowDays?: number;
  /** How alert rules are evaluated and told; absent means DEFAULT_ALERTS (and no SMTP server). */
  alerts?: AlertSettings;
  /** Service-level targets; absent means DEFAULT_SERVICE_LEVELS (partner-health/service-levels.ts). */
  serviceLevels?: ServiceLevelTargets;
}

export const DEFAULT_RETURN_WINDOW_DAYS = 30;

/** Webhook deliveries and the event stream. */
export interface EventSettings {
  delivery: DeliverySettings;
  stream: EventStreamSettings;
  /** The pause between reads of the system tier's inventory change feed that did not wait (the safety net). */
  inventoryRelayIntervalMs: number;
  /** How long one read of the feed waits for a movement (a long-poll); 0: no waiting, a read every interval. */
  inventoryFeedWaitMs: number;
}

// Retries 10 s, 20 s, 40 s ... up to an hour apart: 12 attempts span about 3.5 hours before a dead letter.
export const DEFAULT_EVENTS: EventSettings = {
  delivery: {
    concurrency: 32,
    pollIntervalMs: 1000,
    timeoutMs: 5000,
    maxAttempts: 12,
    baseDelayMs: 10_000,
    maxDelayMs: 3_600_000,
  },
  stream: { pollIntervalMs: 200, heartbeatMs: 15_000 },
  inventoryRelayIntervalMs: 30_000,
  inventoryFeedWaitMs: 25_000,
};

const eventsSchema = z.object({
  CROSSDOCK_EVENT_DELIVERY_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .max(256)
    .default(DEFAULT_EVENTS.delivery.concurrency),
  CROSSDOCK_EVENT_DELIVERY_POLL_MS: z.coerce.number().int().min(10).default(DEFAULT_EVENTS.delivery.pollIntervalMs),
  CROSSDOCK_EVENT_DELIVERY_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(60_000)
    .default(DEFAULT_EVENTS.delivery.timeoutMs),
  CROSSDOCK_EVENT_DELIVERY_MAX_ATTEMPTS: z.coerce
    .number()
    .int()
    .min(1)
    .max(50)
    .default(DEFAULT_EVENTS.delivery.maxAttempts),
  CROSSDOCK_EVENT_DELIVERY_RETRY_BASE_MS: z.coerce.number().int().min(1).default(DEFAULT_EVENTS.delivery.baseDelayMs),
  CROSSDOCK_EVENT_DELIVERY_RETRY_MAX_MS: z.coerce.number().int().min(1).default(DEFAULT_EVENTS.delivery.maxDelayMs),
  CROSSDOCK_EVENT_STREAM_POLL_MS: z.coerce.number().int().min(10).default(DEFAULT_EVENTS.stream.pollIntervalMs),
  CROSSDOCK_INVENTORY_RELAY_MS: z.coerce.number().int().min(10).default(DEFAULT_EVENTS.inventoryRelayIntervalMs),
  CROSSDOCK_INVENTORY_FEED_WAIT_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(25_000)
    .default(DEFAULT_EVENTS.inventoryFeedWaitMs),
});

/** How events are delivered and streamed, from the environment. */
export function loadEventSettings(env: Environment): EventSettings {
  const parsed = parseEnvironment(eventsSchema, env, 'events');
  return {
    delivery: {
      concurrency: parsed.CROSSDOCK_EVENT_DELIVERY_CONCURRENCY,
      pollIntervalMs: parsed.CROSSDOCK_EVENT_DELIVERY_POLL_MS,
      timeoutMs: parsed.CROSSDOCK_EVENT_DELIVERY_TIMEOUT_MS,
      maxAttempts: parsed.CROSSDOCK_EVENT_DELIVERY_MAX_ATTEMPTS,
      baseDelayMs: parsed.CROSSDOCK_EVENT_DELIVERY_RETRY_BASE_MS,
      maxDelayMs: parsed.CROSSDOCK_EVENT_DELIVERY_RETRY_MAX_MS,
    },
    stream: { pollIntervalMs: parsed.CROSSDOCK_EVENT_STREAM_POLL_MS, heartbeatMs: DEFAULT_EVENTS.stream.heartbeatMs },
    inventoryRelayIntervalMs: parsed.CROSSDOCK_INVENTORY_RELAY_MS,
    inventoryFeedWaitMs: parsed.CROSSDOCK_INVENTORY_FEED_WAIT_MS,
  };
}

/** How the pollers of pulled channels (Magento, Amazon) run. */
export interface ChannelSettings {
  /** How often partners due for a poll are looked for and polled; undefined: pollers off (polls only on request). */
  pollIntervalMs: number | undefined;
  /** Per call to a channel's API. */
  httpTimeoutMs: number;
  /** Retries of a call that failed transiently (429, 502-504, timeouts), with backoff, before the poll stops. */
  httpRetries: number;
  /** The first retry's wait (doubling, jittered); a Retry-After the channel sends wins. */
  httpRetryBaseMs: number;
  /** The longest wait before polling a partner again after failed polls (the wait doubles per failure). */
  maxBackoffMs: number;
}

export const DEFAULT_CHANNELS: ChannelSettings = {
  pollIntervalMs: undefined,
  httpTimeoutMs: 10_000,
  httpRetries: 3,
  httpRetryBaseMs: 1000,
  maxBackoffMs: 15 * 60_000,
};

const channelsSchema = z.object({
  CROSSDOCK_CHANNEL_POLL_INTERVAL_MS: z.coerce.number().int().min(100).optional(),
  CROSSDOCK_CHANNEL_HTTP_TIMEOUT_MS: z.coerce.number().int().min(100).default(DEFAULT_CHANNELS.httpTimeoutMs),
  CROSSDOCK_CHANNEL_HTTP_RETRIES: z.coerce.number().int().min(0).max(10).default(DEFAULT_CHANNELS.httpRetries),
  CROSSDOCK_CHANNEL_HTTP_RETRY_BASE_MS: z.coerce.number().int().min(1).default(DEFAULT_CHANNELS.httpRetryBaseMs),
  CROSSDOCK_CHANNEL_MAX_BACKOFF_MS: z.coerce.number().int().min(1000).default(DEFAULT_CHANNELS.maxBackoffMs),
});

/** How pulled channels are polled, from the environment: off unless CROSSDOCK_CHANNEL_POLL_INTERVAL_MS is set. */
export function loadChannelSettings(env: Environment): ChannelSettings {
  const parsed = parseEnvironment(channelsSchema, env, 'channels');
  return {
    pollIntervalMs: parsed.CROSSDOCK_CHANNEL_POLL_INTERVAL_MS,
    httpTimeoutMs: parsed.CROSSDOCK_CHANNEL_HTTP_TIMEOUT_MS,
    httpRetries: parsed.CROSSDOCK_CHANNEL_HTTP_RETRIES,
    httpRetryBaseMs: parsed.CROSSDOCK_CHANNEL_HTTP_RETRY_BASE_MS,
    maxBackoffMs: parsed.CROSSDOCK_CHANNEL_MAX_BACKOFF_MS,
  };
}

const DEFAULT_ERP_PROBE_MS = 1000;

export const DEFAULT_PIPELINE: PipelineSettings = {
  concurrency: 1,
  batchSize: 128,
  pollIntervalMs: 1000,
  maxAttempts: 6,
  baseDelayMs: 2000,
  maxDelayMs: 15 * 60_000,
  leaseMs: 60_000,
  breakerResetMs: DEFAULT_BREAKER.resetTimeoutMs,
  intakeFirstMs: 5000,
  erpMaxWaitMs: DEFAULT_ERP_MAX_WAIT_MS,
  erpProbeMs: DEFAULT_ERP_PROBE_MS,
  reclaimAfterMs: DEFAULT_RECLAIM_AFTER_MS,
};

const pipelineSchema = breakerSettingsSchema.extend({
  CROSSDOCK_PIPELINE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(DEFAULT_PIPELINE.concurrency),
  CROSSDOCK_PIPELINE_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(DEFAULT_PIPELINE.batchSize),
  CROSSDOCK_PIPELINE_POLL_MS: z.coerce.number().int().min(10).default(DEFAULT_PIPELINE.pollIntervalMs),
  CROSSDOCK_PIPELINE_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(DEFAULT_PIPELINE.maxAttempts),
  CROSSDOCK_PIPELINE_RETRY_BASE_MS: z.coerce.number().int().min(1).default(DEFAULT_PIPELINE.baseDelayMs),
  CROSSDOCK_PIPELINE_RETRY_MAX_MS: z.coerce.number().int().min(1).default(DEFAULT_PIPELINE.maxDelayMs),
  CROSSDOCK_PIPELINE_LEASE_MS: z.coerce.number().int().min(1000).default(DEFAULT_PIPELINE.leaseMs),
  CROSSDOCK_PIPELINE_INTAKE_FIRST_MS: z.coerce.number().int().min(0).default(DEFAULT_PIPELINE.intakeFirstMs),
  CROSSDOCK_ERP_MAX_WAIT_MS: z.coerce.number().int().min(1000).default(DEFAULT_ERP_MAX_WAIT_MS),
  CROSSDOCK_ERP_PROBE_MS: z.coerce.number().int().min(50).default(DEFAULT_ERP_PROBE_MS),
  CROSSDOCK_PIPELINE_RECLAIM_AFTER_MS: z.coerce.number().int().min(500).default(DEFAULT_RECLAIM_AFTER_MS),
});

/** How the pipeline runs and retries, from the environment. */
export function loadPipelineSettings(env: Environment): PipelineSettings {
  const parsed = parseEnvironment(pipelineSchema, env, 'pipeline');
  return {
    concurrency: parsed.CROSSDOCK_PIPELINE_CONCURRENCY,
    batchSize: parsed.CROSSDOCK_PIPELINE_BATCH_SIZE,
    pollIntervalMs: parsed.CROSSDOCK_PIPELINE_POLL_MS,
    maxAttempts: parsed.CROSSDOCK_PIPELINE_MAX_ATTEMPTS,
    baseDelayMs: parsed.CROSSDOCK_PIPELINE_RETRY_BASE_MS,
    maxDelayMs: parsed.CROSSDOCK_PIPELINE_RETRY_MAX_MS,
    leaseMs: parsed.CROSSDOCK_PIPELINE_LEASE_MS,
    breakerResetMs: parsed.CROSSDOCK_BREAKER_RESET_MS,
    intakeFirstMs: parsed.CROSSDOCK_PIPELINE_INTAKE_FIRST_MS,
    erpMaxWaitMs: parsed.CROSSDOCK_ERP_MAX_WAIT_MS,
    erpProbeMs: parsed.CROSSDOCK_ERP_PROBE_MS,
    reclaimAfterMs: parsed.CROSSDOCK_PIPELINE_RECLAIM_AFTER_MS,
  };
}

const schema = tokenSettingsSchema.extend({
  CROSSDOCK_PROCESS_API_HOST: z.string().default('127.0.0.1'),
  CROSSDOCK_PROCESS_API_PORT: z.coerce.number().int().min(0).max(65535).default(8082),
  CROSSDOCK_PROCESS_DATABASE_URL: z.string().url('must be a postgresql:// URL'),
  CROSSDOCK_SYSTEM_API_URL: z.string().url().default('http://127.0.0.1:8081'),
  CROSSDOCK_SYSTEM_API_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
});

const returnsSchema = z.object({
  CROSSDOCK_RETURN_WINDOW_DAYS: z.coerce.number().int().min(0).max(3650).default(DEFAULT_RETURN_WINDOW_DAYS),
});

/** Days after shipping in which goods come back without a person's review, from the environment. */
export function loadReturnWindowDays(env: Environment): number {
  return parseEnvironment(returnsSchema, env, 'returns').CROSSDOCK_RETURN_WINDOW_DAYS;
}

/** Reads process-apis' settings when it runs as its own process. */
export function loadProcessApiConfig(env: Environment): ProcessApiConfig {
  const parsed = parseEnvironment(schema, env, 'process-apis');
  return {
    host: parsed.CROSSDOCK_PROCESS_API_HOST,
    port: parsed.CROSSDOCK_PROCESS_API_PORT,
    databaseUrl: parsed.CROSSDOCK_PROCESS_DATABASE_URL,
    systemApiUrl: parsed.CROSSDOCK_SYSTEM_API_URL,
    systemApiTimeoutMs: parsed.CROSSDOCK_SYSTEM_API_TIMEOUT_MS,
    tokens: tokenSettingsFrom(parsed),
    pipeline: loadPipelineSettings(env),
    channels: loadChannelSettings(env),
    events: loadEventSettings(env),
    returnWindowDays: loadReturnWindowDays(env),
    alerts: loadAlertSettings(env),
    serviceLevels: loadServiceLevels(env),
  };
}

export { loadAlertSettings, DEFAULT_ALERTS, type AlertSettings } from './alerts/alert-settings';
