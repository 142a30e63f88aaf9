import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import supertest from 'supertest';
import { signToken, type TokenClaims, type TokenSettings } from '@crossdock/shared-contracts/platform/auth/tokens';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { generateApiKey } from '@crossdock/gateway/api-keys/api-key';
import { writeApiKeyFile } from '@crossdock/gateway/api-keys/api-key-file';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import { loadGatewayFile, type GatewayFile } from '@crossdock/gateway/config/gateway-config';
import { startPlatform, type PlatformOptions, type RunningPlatform } from '@crossdock/launcher/embedded/start-platform';
import { LogCapture } from './log-capture';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const TEST_TOKENS: TokenSettings = {
  secret: 'crossdock-test-secret-0123456789abcdef',
  issuer: 'crossdock',
  audience: 'crossdock',
  clockToleranceSeconds: 30,
};

// The tiers' own types, as the platform takes them: the tests package reaches the tiers only
// through the gateway's composition root.
/** Faults put in front of the reference ERP; read at every call, so a test may change them while it runs. */
export type ErpFaults = NonNullable<PlatformOptions['erp']>['faults'];
/** How the order pipeline runs and retries. */
export type PipelineSettings = NonNullable<PlatformOptions['pipeline']>;

/**
 * The pipeline as tests run it: retries within tens of milliseconds rather than seconds, so a test
 * sees a retry, a dead letter or a recovery without waiting. The lease stays well above any step's
 * duration here, so a live worker never loses a job it is running.
 */
export const TEST_PIPELINE: PipelineSettings = {
  concurrency: 4,
  batchSize: 16,
  pollIntervalMs: 50,
  maxAttempts: 4,
  baseDelayMs: 20,
  maxDelayMs: 200,
  leaseMs: 5000,
  // A tripped circuit to system-apis tries again within a second, as retries do here.
  breakerResetMs: 500,
  // As by default: the worker leaves the machine to taking orders while they arrive.
  intakeFirstMs: 5000,
  // Orders waiting for the ERP are woken within a fifth of a second of its return.
  erpProbeMs: 200,
};

/** How pulled channels are polled. */
export type ChannelSettings = NonNullable<PlatformOptions['channels']>;

/** Channel polling as tests run it: no background polls (tests poll explicitly), retries within milliseconds. */
export const TEST_CHANNELS: ChannelSettings = {
  pollIntervalMs: undefined,
  httpTimeoutMs: 5000,
  httpRetries: 3,
  httpRetryBaseMs: 5,
  maxBackoffMs: 60_000,
};

/** How alert rules are evaluated and told. */
export type AlertSettings = NonNullable<PlatformOptions['alerts']>;

export interface TestPlatformOptions {
  /** Faults for the ERP; kept by reference, so flipping `down` or `failing` takes effect at once. */
  faults?: ErpFaults;
  /** Overrides of {@link TEST_PIPELINE}. */
  pipeline?: Partial<PipelineSettings>;
  /** Overrides of {@link TEST_CHANNELS}. */
  channels?: Partial<ChannelSettings>;
  /** Changes to the repository's gateway.yaml for this platform (a consumer more, a smaller tier...). */
  gateway?: (config: GatewayFile) => GatewayFile;
  /** The gateway's clock: a test clock moves rate-limit windows without sleeping. */
  gatewayClock?: Clock;
  /** API keys to make before the platform starts, one per consumer named; see {@link TestPlatform.apiKeys}. */
  apiKeysFor?: string[];
  /** The marketplace partners file; the repository's marketplace-partners.yaml by default. */
  marketplacePartnersFile?: string;
  /** Where spans are sent (OTLP/HTTP), as OTEL_EXPORTER_OTLP_ENDPOINT sets it; none are sent by default. */
  otlpEndpoint?: string;
  /** How alerts are evaluated and where their emails go; process-apis' defaults (no SMTP server) otherwise. */
  alerts?: AlertSettings;
  /** Service-level targets; process-apis' defaults otherwise. */
  serviceLevels?: PlatformOptions['serviceLevels'];
  /** How events are delivered and the inventory feed relayed; process-apis' defaults otherwise. */
  events?: PlatformOptions['events'];
  /** The databases to run on; by default fresh copies of the run's demo ERP and migrated process database. */
  databases?: { system: string; process: string };
}

export interface TestPlatform {
  platform: RunningPlatform;
  /** supertest against the gateway. */
  http: ReturnType<typeof supertest>;
  logs: LogCapture;
  /** The ERP's faults, the very object the platform reads: change it to take the ERP down or bring it back. */
  faults: ErpFaults;
  /** The pipeline settings the platform runs with. */
  pipeline: PipelineSettings;
  /** The databases of this platform: fresh copies of the run's templates unless the test gave its own. */
  databases: { system: string; process: string };
  /** gateway.yaml as this platform runs it. */
  gateway: GatewayFile;
  /** The API key made for each consumer in `apiKeysFor` (its hash is in this platform's own key file). */
  apiKeys: Record<string, string>;
  token(claims: TokenClaims): string;
  close(): Promise<void>;
}

/** The whole platform as `pnpm start` runs it (real gateway.yaml, real tiers), on fresh databases. */
export async function startTestPlatform(options: TestPlatformOptions = {}): Promise<TestPlatform> {
  const logs = new LogCapture();
  const repositoryGateway = await loadGatewayFile(path.join(REPO_ROOT, 'gateway.yaml'), {});
  // Each platform keeps its API keys and console users in files of its own, never in the repository's.
  const keyDirectory = await mkdtemp(path.join(os.tmpdir(), 'crossdock-test-keys-'));
  const keyFile = path.join(keyDirectory, 'api-keys.yaml');
  const configured = options.gateway ? options.gateway(repositoryGateway) : repositoryGateway;
  const gateway = {
    ...configured,
    apiKeys: { file: keyFile },
    users: { ...configured.users, file: path.join(keyDirectory, 'users.yaml') },
  };
  const apiKeys: Record<string, string> = {};
  const records = (options.apiKeysFor ?? []).map((consumer) => {
    const { key, record } = generateApiKey(consumer, new Date());
    apiKeys[consumer] = key;
    return record;
  });
  await writeApiKeyFile(keyFile, records);
  // A fresh object unless the test brings its own: never a shared constant another platform reads.
  const faults: ErpFaults = options.faults ?? { latencyMs: 0, failureRate: 0, down: false };
  const pipeline: PipelineSettings = { ...TEST_PIPELINE, ...options.pipeline };
  const databases = options.databases ?? {
    system: await createTestDatabase('system', 'demoErp'),
    process: await createTestDatabase('process', 'process'),
  };
  const platform = await startPlatform({
    gateway,
    tokens: TEST_TOKENS,
    dataDir: '(unused)',
    databases,
    port: 0,
    logStream: logs,
    erp: { erp: { adapter: 'reference' }, faults },
    pipeline,
    channels: { ...TEST_CHANNELS, ...options.channels },
    gatewayClock: options.gatewayClock,
    alerts: options.alerts,
    marketplacePartnersFile: options.marketplacePartnersFile ?? path.join(REPO_ROOT, 'marketplace-partners.yaml'),
    otlpEndpoint: options.otlpEndpoint,
    serviceLevels: options.serviceLevels,
    events: options.events,
  });
  return {
    platform,
    http: supertest(platform.url),
    logs,
    faults,
    pipeline,
    databases,
    gateway,
    apiKeys,
    token: (claims) => signToken(TEST_TOKENS, claims),
    close: () => platform.close(),
  };
}
