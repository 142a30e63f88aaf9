import type { Environment } from '@crossdock/shared-contracts/config/env';
import { loadGatewayFile } from '../config/gateway-config';
import { loadPlatformConfig } from '../config/platform-config';
import { startPlatform } from '../embedded/start-platform';

/**
 * `crossdock start`: the whole platform in one process on the embedded default. Ctrl-C (or
 * SIGTERM) stops it cleanly: in-flight requests finish, then the tiers and the database stop.
 */
export async function startCommand(env: Environment, cwd: string): Promise<void> {
  const config = loadPlatformConfig(env, cwd);
  const gateway = await loadGatewayFile(config.gatewayFile, env);
  const embedded = !(config.systemDatabaseUrl && config.processDatabaseUrl);
  const platform = await startPlatform({
    gateway,
    tokens: config.tokens,
    dataDir: config.dataDir,
    databases: embedded ? undefined : { system: config.systemDatabaseUrl!, process: config.processDatabaseUrl! },
    logLevel: config.logLevel,
  });
  const say = (line: string) => process.stderr.write(`${line}\n`);
  say('');
  say(`Crossdock is running.`);
  say(`  gateway      ${platform.url}`);
  say(`  health       ${platform.url}/health`);
  say(`  API docs     ${platform.url}/docs   (OpenAPI: ${platform.url}/openapi.json)`);
  say(`  data         ${embedded ? `${platform.dataDir} (embedded PostgreSQL)` : 'the PostgreSQL databases in CROSSDOCK_*_DATABASE_URL'}`);
  if (config.usingDevelopmentSecret) say('  tokens       signed with the DEVELOPMENT secret; set CROSSDOCK_JWT_SECRET for anything but a laptop');
  say('Press Ctrl-C to stop.');
  say('');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping Crossdock...`);
    await platform.close();
    say('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
