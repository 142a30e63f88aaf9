import type { Request } from 'express';
import {
  bearerTokenFrom,
  peekTokenAddressing,
  signToken,
  type TokenSettings,
} from '@crossdock/shared-contracts/platform/auth/tokens';
import type { Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import { ForbiddenError, UnauthenticatedError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { apiKeyIdOf, keyMatches } from '../api-keys/api-key';
import type { ApiKeyStore } from '../api-keys/api-key-store';
import type { GatewayConsumer, GatewayRoute } from '../config/gateway-config';
import { consumerVerifiers } from './consumer-verifiers';

/** Who is calling, once the gateway has checked their credentials. */
export interface Caller {
  consumer: GatewayConsumer;
  principal: Principal;
  /** The Authorization header the tier gets: the caller's own token, or one the gateway made for it. */
  upstreamAuthorization: string;
}

export interface ConsumerCredentialsOptions {
  consumers: GatewayConsumer[];
  /** The platform's own token settings: what the tiers verify. */
  tokens: TokenSettings;
  apiKeys: ApiKeyStore;
}

// Tokens the gateway makes for the tiers live this long, and are reused until a minute is left.
const EDGE_TOKEN_SECONDS = 300;
const REUSE_WHILE_SECONDS_LEFT = 60;
const MAX_CACHED_EDGE_TOKENS = 10_000;

/**
 * Finds the consumer behind a request's credentials — an API key (`X-API-Key`, or a bearer that is
 * one) or a JWT whose issuer and audience a consumer names — and checks them: 401 for none or a
 * bad one, 403 when that consumer may not call the route, 503 when an identity provider's keys
 * cannot be fetched (the token is never accepted then).
 */
export function consumerCredentials(
  options: ConsumerCredentialsOptions,
): (request: Request, route: GatewayRoute) => Promise<Caller> {
  const edgeTokens = new Map<string, { authorization: string; expiresAtMs: number }>();
  const verifiers = consumerVerifiers(options.consumers, options.tokens);

  /** A token the tiers accept, for a caller whose own credential they cannot check. */
  function edgeAuthorization(cacheKey: string, principal: Principal): string {
    const cached = edgeTokens.get(cacheKey);
    if (cached && cached.expiresAtMs - Date.now() > REUSE_WHILE_SECONDS_LEFT * 1000) return cached.authorization;
    if (edgeTokens.size >= MAX_CACHED_EDGE_TOKENS) edgeTokens.clear();
    const { subject, scopes, customerId, customerIds, partnerId } = principal;
    const authorization = `Bearer ${signToken(options.tokens, { subject, scopes, customerId, customerIds, partnerId, expiresInSeconds: EDGE_TOKEN_SECONDS })}`;
    edgeTokens.set(cacheKey, { authorization, expiresAtMs: Date.now() + EDGE_TOKEN_SECONDS * 1000 });
    return authorization;
  }

  async function byApiKey(key: string, route: GatewayRoute): Promise<Caller> {
    const id = apiKeyIdOf(key);
    const record = id ? await options.apiKeys.find(id) : undefined;
    const consumer = options.consumers.find((candidate) => candidate.id === record?.consumer && candidate.apiKey);
    if (!keyMatches(key, record) || !consumer?.apiKey) throw new UnauthenticatedError('The API key was refused.');
    allowedOn(consumer, route);
    const principal: Principal = { subject: consumer.id, scopes: [...consumer.apiKey.scopes] };
    if (consumer.apiKey.partner) principal.partnerId = consumer.id;
    return { consumer, principal, upstreamAuthorization: edgeAuthorization(`key\u0000${consumer.id}`, principal) };
  }

  async function byToken(token: string, authorization: string, route: GatewayRoute): Promise<Caller> {
    const { issuer, audiences } = peekTokenAddressing(token);
    const candidates = options.consumers.filter(
      (consumer) =>
        consumer.jwt !== undefined && consumer.jwt.issuer === issuer && audiences.includes(consumer.jwt.audience),
    );
    if (candidates.length === 0)
      throw new UnauthenticatedError('The bearer token was refused: no consumer accepts its issuer and audience.');
    const consumer = candidates.find((candidate) => mayCall(candidate, route)) ?? candidates[0]!;
    const verifier = verifiers.get(consumer.id)!;
    const principal = await verifier.verify(token);
    allowedOn(consumer, route);
    return {
      consumer,
      principal,
      upstreamAuthorization: verifier.platformToken ? authorization : edgeAuthorization(`jwt\u0000${token}`, principal),
    };
  }

  return async (request, route) => {
    const header = request.headers['x-api-key'];
    const apiKey = typeof header === 'string' ? header.trim() : undefined;
    if (apiKey) return byApiKey(apiKey, route);
    const authorization = request.headers.authorization;
    const bearer = bearerTokenFrom(authorization);
    if (!bearer) throw new UnauthenticatedError('Send a bearer token, or an API key in X-API-Key.');
    if (bearer.startsWith('cdk_')) return byApiKey(bearer, route);
    return byToken(bearer, authorization!, route);
  };
}

/** A consumer named on a route may also call the narrower routes under it (which only refine scopes or limits). */
const mayCall = (consumer: GatewayConsumer, route: GatewayRoute) =>
  consumer.routes.some((prefix) => route.prefix === prefix || route.prefix.startsWith(`${prefix}/`));

function allowedOn(consumer: GatewayConsumer, route: GatewayRoute): void {
  if (!mayCall(consumer, route))
    throw new ForbiddenError(`The consumer "${consumer.id}" may not call ${route.prefix}.`);
}
