import {
  identityProviderVerifier,
  remoteKeySet,
  type TokenVerifier,
} from '@crossdock/shared-contracts/platform/auth/identity-provider-tokens';
import { verifyToken, type TokenSettings } from '@crossdock/shared-contracts/platform/auth/tokens';
import type { GatewayConsumer } from '../config/gateway-config';
import { PLATFORM_CLAIM_DEFAULTS, type ConsumerJwt } from '../config/consumer-jwt-schema';

export interface ConsumerVerifier {
  verify: TokenVerifier;
  /** The token is one the tiers accept as it is (the platform's own secret, issuer and audience). */
  platformToken: boolean;
}

/**
 * One verifier per JWT consumer, made once: HS256 with the platform's (or the consumer's) secret, or
 * an identity provider's published keys. Consumers of one identity provider share its key cache.
 */
export function consumerVerifiers(consumers: GatewayConsumer[], tokens: TokenSettings): Map<string, ConsumerVerifier> {
  const keySets = new Map<string, ReturnType<typeof remoteKeySet>>();
  const keysOf = (jwks: NonNullable<ConsumerJwt['jwks']>) => {
    const key = JSON.stringify([jwks.url, jwks.maxAgeSeconds, jwks.cooldownSeconds, jwks.timeoutMs]);
    let keys = keySets.get(key);
    if (!keys) keySets.set(key, (keys = remoteKeySet(jwks)));
    return keys;
  };
  const verifiers = new Map<string, ConsumerVerifier>();
  for (const consumer of consumers) {
    const jwt = consumer.jwt;
    if (!jwt) continue;
    let verifier: ConsumerVerifier;
    if (jwt.jwks) {
      const settings = {
        issuer: jwt.issuer,
        audience: jwt.audience,
        algorithms: jwt.jwks.algorithms,
        claims: jwt.claims ?? PLATFORM_CLAIM_DEFAULTS,
        clockToleranceSeconds: tokens.clockToleranceSeconds,
      };
      verifier = { verify: identityProviderVerifier(settings, keysOf(jwt.jwks)), platformToken: false };
    } else {
      const settings: TokenSettings = { ...tokens, issuer: jwt.issuer, audience: jwt.audience };
      if (jwt.secret) settings.secret = jwt.secret;
      const platformToken =
        settings.secret === tokens.secret && settings.issuer === tokens.issuer && settings.audience === tokens.audience;
      verifier = { verify: async (token) => verifyToken(settings, token), platformToken };
    }
    verifiers.set(consumer.id, jwt.partner ? actingForPartner(consumer.id, verifier) : verifier);
  }
  return verifiers;
}

/** A partner's users act for the partner the consumer is, whatever customer or partner their token names. */
function actingForPartner(partnerId: string, verifier: ConsumerVerifier): ConsumerVerifier {
  return {
    platformToken: false,
    verify: async (token) => {
      const { subject, scopes } = await verifier.verify(token);
      return { subject, scopes, partnerId, token };
    },
  };
}
