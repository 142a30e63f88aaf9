import type { RequestHandler } from 'express';
import type { UpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import type { UpstreamName } from '../config/gateway-config';

/**
 * `GET /health`: the gateway and the state of each tier behind it. 200 when every tier is up, 503
 * when any is not, so a load balancer can use it as it is.
 */
export function tierHealthHandler(tiers: Record<UpstreamName, UpstreamClient>): RequestHandler {
  return async (_request, response) => {
    const entries = await Promise.all(
      Object.entries(tiers).map(async ([name, client]) => {
        try {
          const answer = await client.get<Record<string, unknown>>('/health');
          return [name, answer.data] as const;
        } catch {
          return [name, { status: 'down' }] as const;
        }
      }),
    );
    const tierStates = Object.fromEntries(entries);
    const allUp = entries.every(([, state]) => state.status === 'up');
    response.status(allUp ? 200 : 503).json({ status: allUp ? 'up' : 'degraded', tiers: tierStates });
  };
}
