import type { RequestHandler } from 'express';
import type { UpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import type { UpstreamName } from '../config/gateway-config';

/** A tier's circuit to what it calls that is not closed, as the gateway's `/health` names it. */
export interface OpenCircuit {
  tier: UpstreamName;
  upstream: string;
  state: string;
}

/**
 * `GET /health`: the gateway and the state of each tier behind it. `up` (200) when every tier is up;
 * `degraded` when a tier is down (503, so a load balancer can use it as it is) or when a tier answers
 * but its circuit to a tier or ERP below is open (200: what does not need that upstream still works),
 * naming each open circuit.
 */
export function tierHealthHandler(tiers: Record<UpstreamName, UpstreamClient>): RequestHandler {
  return async (_request, response) => {
    const entries = await Promise.all(
      Object.entries(tiers).map(async ([name, client]) => {
        try {
          const answer = await client.get<Record<string, unknown>>('/health');
          return [name as UpstreamName, answer.data] as const;
        } catch {
          return [name as UpstreamName, { status: 'down' }] as const;
        }
      }),
    );
    const anyDown = entries.some(([, state]) => state.status !== 'up' && state.status !== 'degraded');
    const openCircuits = entries.flatMap(([tier, state]) => openCircuitsOf(tier, state));
    const status = anyDown || openCircuits.length ? 'degraded' : 'up';
    response
      .status(anyDown ? 503 : 200)
      .json({ status, ...(openCircuits.length ? { openCircuits } : {}), tiers: Object.fromEntries(entries) });
  };
}

function openCircuitsOf(tier: UpstreamName, health: Record<string, unknown>): OpenCircuit[] {
  const circuits = health.circuits;
  if (!circuits || typeof circuits !== 'object') return [];
  return Object.entries(circuits as Record<string, unknown>)
    .filter(([, state]) => state !== 'closed')
    .map(([upstream, state]) => ({ tier, upstream, state: String(state) }));
}
