import { ConfigurationError, type Environment } from '@crossdock/shared-contracts/platform/config/env';
import type { RunningServer } from '@crossdock/shared-contracts/platform/http/listen';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import { startTracing } from '@crossdock/shared-contracts/platform/observability/tracing';
import { loadExperienceApiConfig } from '@crossdock/experience-apis/config';
import { loadProcessApiConfig } from '@crossdock/process-apis/config';
import { loadSystemApiConfig } from '@crossdock/system-apis/config';
import { loadGatewayFile } from '@crossdock/gateway/config/gateway-config';
import { loadPlatformConfig } from '../config/platform-config';

export const TIER_NAMES = ['system', 'process', 'experience', 'gateway'] as const;
export type TierName = (typeof TIER_NAMES)[number];

/**
 * `crossdock start --tier <name>`: one tier as its own process, configured from the environment
 * (each tier's config.ts says which variables), for running at scale. No embedded database here.
 */
export async function startTier(tier: TierName, env: Environment, cwd: string): Promise<RunningServer> {
  const platform = loadPlatformConfig(env, cwd);
  // A tier run on its own is a deployment, not a laptop: with the published development secret,
  // anyone could mint tokens with every scope.
  if (platform.usingDevelopmentSecret)
    throw new ConfigurationError(
      'CROSSDOCK_JWT_SECRET must be set (the same secret for the gateway and every tier) to run a tier on its own.',
    );
  const tracing = startTracing({ serviceName: `crossdock-${tier}`, otlpEndpoint: platform.otlpEndpoint });
  const server = await startNamedTier(tier, env, platform);
  return {
    ...server,
    close: async () => {
      await server.close();
      await tracing.shutdown();
    },
  };
}

async function startNamedTier(
  tier: TierName,
  env: Environment,
  platform: ReturnType<typeof loadPlatformConfig>,
): Promise<RunningServer> {
  const level = platform.logLevel;
  // Each tier's code is loaded only by the process that runs it (and `crossdock start` loads none it runs in threads).
  switch (tier) {
    case 'system': {
      const { startSystemApi } = await import('@crossdock/system-apis/server');
      return startSystemApi(loadSystemApiConfig(env), createLogger({ service: 'system-apis', level }));
    }
    case 'process': {
      const { startProcessApi } = await import('@crossdock/process-apis/server');
      return startProcessApi(loadProcessApiConfig(env), createLogger({ service: 'process-apis', level }));
    }
    case 'experience': {
      const { startExperienceApi } = await import('@crossdock/experience-apis/server');
      return startExperienceApi(loadExperienceApiConfig(env), createLogger({ service: 'experience-apis', level }));
    }
    case 'gateway': {
      const { startGateway } = await import('@crossdock/gateway/start-gateway');
      const config = await loadGatewayFile(platform.gatewayFile, env);
      return startGateway({
        config,
        tokens: platform.tokens,
        logger: createLogger({ service: 'gateway', level: platform.logLevel }),
      });
    }
  }
}
