import type { ServiceLevelTargets } from '@crossdock/shared-contracts/contracts/api/process-partner-health';
import type { Writable } from 'node:stream';
import type { TokenSettings } from '@crossdock/shared-contracts/platform/auth/tokens';
import {
  startEmbeddedCluster,
  type EmbeddedCluster,
} from '@crossdock/shared-contracts/platform/database/embedded-cluster';
import type { RunningServer } from '@crossdock/shared-contracts/platform/http/listen';
import { createLogger, type Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import { startTracing } from '@crossdock/shared-contracts/platform/observability/tracing';
import { startExperienceApi } from '@crossdock/experience-apis/server';
import {
  DEFAULT_CHANNELS,
  DEFAULT_PIPELINE,
  type AlertSettings,
  type ChannelSettings,
  type EventSettings,
  type PipelineSettings,
  type ProcessApiConfig,
} from '@crossdock/process-apis/config';
import type { ErpSettings, SystemApiConfig } from '@crossdock/system-apis/config';
import { NO_FAULTS } from '@crossdock/system-apis/erp/fault-injection';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import type { GatewayFile } from '@crossdock/gateway/config/gateway-config';
import { startGateway } from '@crossdock/gateway/start-gateway';
import { startTierInThread, type TierThreadData } from './start-tier-thread';

/**
 * The embedded default, and the composition root of the whole platform: one process runs
 * PostgreSQL (unless databases are given), the three tiers on free loopback ports, and the gateway.
 * The tiers still meet only over HTTP, exactly as when each runs as its own process.
 */
export interface PlatformOptions {
  gateway: GatewayFile;
  tokens: TokenSettings;
  /** The embedded cluster's data directory; unused when both database URLs are given. */
  dataDir: string;
  databases?: { system: string; process: string };
  /** Overrides gateway.yaml's port (tests pass 0). */
  port?: number;
  logLevel?: string;
  /** Where every service's JSON log lines go; standard output by default. */
  logStream?: Writable;
  seedDemoData?: boolean;
  /** Which ERP system-apis wraps, and faults to inject; the reference ERP without faults by default. */
  erp?: ErpSettings;
  /** How the order pipeline runs and retries; the defaults of process-apis' config otherwise. */
  pipeline?: PipelineSettings;
  /**
   * Run system-apis and process-apis (with its pipeline worker) each in a worker thread, so the
   * platform uses every core; `crossdock start` does. Their log lines then go to standard output
   * (or nowhere, with `logStream` given), and injected faults are fixed when they start.
   */
  threads?: boolean;
  /** Told when a tier's thread dies; the platform is then of no use and should stop. */
  onTierCrash?: (error: Error) => void;
  /** How pulled channels (Magento, Amazon) are polled; polling is off by default. */
  channels?: ChannelSettings;
  /** The marketplace partners file of the experience APIs (marketplace-partners.yaml by default). */
  marketplacePartnersFile?: string;
  /** The gateway's clock for rate-limit windows; tests move a test clock. */
  gatewayClock?: Clock;
  /** How events are delivered and streamed, and the inventory feed relayed; process-apis' defaults otherwise. */
  events?: EventSettings;
  /** Days after shipping in which goods come back without review; process-apis' default otherwise. */
  returnWindowDays?: number;
  /** Where spans go (OTEL_EXPORTER_OTLP_ENDPOINT); trace ids still reach logs and timelines without it. */
  otlpEndpoint?: string;
  /** How alert rules are evaluated and told (the SMTP server); process-apis' defaults otherwise. */
  alerts?: AlertSettings;
  /** The service-level targets of the partner-health report; process-apis' defaults otherwise. */
  serviceLevels?: ServiceLevelTargets;
}

export interface RunningPlatform {
  url: string;
  dataDir?: string;
  tiers: { system: string; process: string; experience: string };
  /** Stops in reverse order: the gateway first (in-flight requests finish), the database last. */
  close(): Promise<void>;
}

export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const loggerFor = (service: string): Logger =>
    createLogger({ service, level: options.logLevel, stream: options.logStream });
  const started: RunningServer[] = [];
  let cluster: EmbeddedCluster | undefined;
  // One tracer set-up for this thread (the gateway, experience-apis, and the other tiers unless they
  // run in threads of their own, which set up their own).
  const tracing = startTracing({ serviceName: 'crossdock', otlpEndpoint: options.otlpEndpoint });
  const close = async () => {
    for (const server of started.reverse()) await server.close().catch(() => undefined);
    await cluster?.stop();
    await tracing.shutdown().catch(() => undefined);
  };
  try {
    let databases = options.databases;
    if (!databases) {
      cluster = await startEmbeddedCluster({ dataDir: options.dataDir });
      await cluster.ensureDatabase('crossdock_system');
      await cluster.ensureDatabase('crossdock_process');
      databases = { system: cluster.urlFor('crossdock_system'), process: cluster.urlFor('crossdock_process') };
    }
    const host = '127.0.0.1';
    const erp = options.erp ?? { erp: { adapter: 'reference' as const }, faults: NO_FAULTS };
    const systemConfig: SystemApiConfig = {
      host,
      port: 0,
      databaseUrl: databases.system,
      tokens: options.tokens,
      seedDemoData: options.seedDemoData ?? true,
      ...erp,
    };
    const inThread = (data: Omit<TierThreadData, 'logLevel' | 'quiet' | 'otlpEndpoint'>) =>
      startTierInThread(
        { ...data, logLevel: options.logLevel, quiet: Boolean(options.logStream), otlpEndpoint: options.otlpEndpoint },
        options.onTierCrash ??
          ((error) => {
            throw error;
          }),
      );
    // A tier run in a thread of its own is loaded there only: this thread would hold its code for nothing.
    const system = options.threads
      ? await inThread({ tier: 'system', system: systemConfig })
      : await (await import('@crossdock/system-apis/server')).startSystemApi(systemConfig, loggerFor('system-apis'));
    started.push(system);
    const processConfig: ProcessApiConfig = {
      host,
      port: 0,
      databaseUrl: databases.process,
      systemApiUrl: system.url,
      systemApiTimeoutMs: 5000,
      tokens: options.tokens,
      pipeline: options.pipeline ?? DEFAULT_PIPELINE,
      channels: options.channels ?? DEFAULT_CHANNELS,
      events: options.events,
      returnWindowDays: options.returnWindowDays,
      alerts: options.alerts,
      serviceLevels: options.serviceLevels,
    };
    const processApi = options.threads
      ? await inThread({ tier: 'process', process: processConfig })
      : await (
          await import('@crossdock/process-apis/server')
        ).startProcessApi(processConfig, loggerFor('process-apis'));
    started.push(processApi);
    const experience = await startExperienceApi(
      {
        host,
        port: 0,
        processApiUrl: processApi.url,
        systemApiUrl: system.url,
        upstreamTimeoutMs: 15000,
        // One setting (CROSSDOCK_BREAKER_RESET_MS) for every tier's circuits, read with the pipeline's.
        breakerResetMs: options.pipeline?.breakerResetMs,
        tokens: options.tokens,
        marketplacePartnersFile: options.marketplacePartnersFile ?? 'marketplace-partners.yaml',
      },
      loggerFor('experience-apis'),
    );
    started.push(experience);
    const tiers = { system: system.url, process: processApi.url, experience: experience.url };
    const gateway = await startGateway({
      config: options.gateway,
      tokens: options.tokens,
      upstreams: tiers,
      port: options.port,
      logger: loggerFor('gateway'),
      clock: options.gatewayClock,
    });
    started.push(gateway);
    return { url: gateway.url, dataDir: cluster?.dataDir, tiers, close };
  } catch (error) {
    await close();
    throw error;
  }
}
