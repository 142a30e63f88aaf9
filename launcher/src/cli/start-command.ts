import type { Environment } from '@crossdock/shared-contracts/platform/config/env';
import {
  loadAlertSettings,
  loadChannelSettings,
  loadEventSettings,
  loadPipelineSettings,
  loadReturnWindowDays,
  loadServiceLevels,
} from '@crossdock/process-apis/config';
import { loadErpSettings } from '@crossdock/system-apis/config';
import { loadGatewayFile } from '@crossdock/gateway/config/gateway-config';
import { loadPlatformConfig } from '../config/platform-config';
import { startPlatform } from '../embedded/start-platform';
import { collectStartUpGarbage } from '../embedded/start-up-garbage';
import { startTier, TIER_NAMES, type TierName } from './start-tier-command';
import { UsageError } from './usage-error';

/**
 * `crossdock start`: the whole platform in one process on the embedded default. Ctrl-C (or
 * SIGTERM) stops it cleanly: in-flight requests finish, then the tiers and the database stop.
 * With `--tier <name>`, only that tier (or the gateway) runs, configured from the environment.
 */
export async function startCommand(env: Environment, cwd: string, tier?: string): Promise<void> {
  if (tier) return runUntilStopped(await startOneTier(tier, env, cwd));
  const config = loadPlatformConfig(env, cwd);
  const gateway = await loadGatewayFile(config.gatewayFile, env);
  const embedded = !(config.systemDatabaseUrl && config.processDatabaseUrl);
  const platform = await startPlatform({
    gateway,
    tokens: config.tokens,
    dataDir: config.dataDir,
    databases: embedded ? undefined : { system: config.systemDatabaseUrl!, process: config.processDatabaseUrl! },
    logLevel: config.logLevel,
    erp: loadErpSettings(env),
    pipeline: loadPipelineSettings(env),
    // system-apis and process-apis (with the pipeline) get threads of their own: every core works.
    threads: true,
    onTierCrash: (error) => {
      process.stderr.write(
        `A tier stopped unexpectedly (${error.message}); Crossdock stops. Nothing is lost: start it again.\n`,
      );
      process.exit(1);
    },
    channels: loadChannelSettings(env),
    marketplacePartnersFile: config.marketplacePartnersFile,
    events: loadEventSettings(env),
    returnWindowDays: loadReturnWindowDays(env),
    otlpEndpoint: config.otlpEndpoint,
    alerts: loadAlertSettings(env),
    serviceLevels: loadServiceLevels(env),
  });
  const say = (line: string) => process.stderr.write(`${line}\n`);
  say('');
  say(`Crossdock is running.`);
  say(`  gateway      ${platform.url}`);
  say(`  health       ${platform.url}/health`);
  say(`  API docs     ${platform.url}/docs   (OpenAPI: ${platform.url}/openapi.json)`);
  say(`  console      ${platform.url}/console   (sign in with a token from \`crossdock token\`)`);
  say(
    `  data         ${embedded ? `${platform.dataDir} (embedded PostgreSQL)` : 'the PostgreSQL databases in CROSSDOCK_*_DATABASE_URL'}`,
  );
  if (config.usingDevelopmentSecret)
    say('  tokens       signed with the DEVELOPMENT secret; set CROSSDOCK_JWT_SECRET for anything but a laptop');
  say('Press Ctrl-C to stop.');
  say('');
  collectStartUpGarbage();
  runUntilStopped(platform);
}

async function startOneTier(tier: string, env: Environment, cwd: string): Promise<{ close(): Promise<void> }> {
  if (!(TIER_NAMES as readonly string[]).includes(tier))
    throw new UsageError(`--tier must be one of ${TIER_NAMES.join(', ')}.`);
  const server = await startTier(tier as TierName, env, cwd);
  process.stderr.write(`Crossdock ${tier} listening on ${server.url}. Press Ctrl-C to stop.\n`);
  return server;
}

function runUntilStopped(running: { close(): Promise<void> }): void {
  const say = (line: string) => process.stderr.write(`${line}\n`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping Crossdock...`);
    await running.close();
    say('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
