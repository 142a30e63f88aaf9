import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Principal } from '../context/request-context';
import { UnauthenticatedError, UpstreamUnavailableError } from '../../contracts/errors/errors';
import { principalFromClaims, type ClaimNames } from './token-claims';

/** Public-key algorithms only: an HS256 token "signed" with an issuer's public key as the secret never fits. */
export const IDENTITY_PROVIDER_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
] as const;
export type IdentityProviderAlgorithm = (typeof IDENTITY_PROVIDER_ALGORITHMS)[number];

/** Where an identity provider publishes its signing keys (JWKS), and how long they are kept. */
export interface KeySetSettings {
  url: string;
  /** Keys are fetched again after this long, even when every token's key is known. */
  maxAgeSeconds: number;
  /** A token whose key (kid) is unknown fetches the keys again, at most once per this long. */
  cooldownSeconds: number;
  timeoutMs: number;
}

export interface IdentityProviderSettings {
  issuer: string;
  audience: string;
  algorithms: IdentityProviderAlgorithm[];
  claims: ClaimNames;
  clockToleranceSeconds: number;
}

/** Verifies a bearer token and answers who is calling; throws UnauthenticatedError (401) for a bad token. */
export type TokenVerifier = (token: string) => Promise<Principal>;

/** The keys could not be had (the JWKS server is down, slow or answers nonsense): no fault of the token. */
class KeysUnavailableError extends Error {}

// Errors of the key set that speak of the token (its kid names no key), not of the key server.
const TOKEN_FAULTS = [errors.JWKSNoMatchingKey, errors.JWKSMultipleMatchingKeys, errors.JOSENotSupported];

/** An identity provider's published keys, cached and fetched again on rotation (jose's remote key set). */
export function remoteKeySet(settings: KeySetSettings): JWTVerifyGetKey {
  const remote = createRemoteJWKSet(new URL(settings.url), {
    cacheMaxAge: settings.maxAgeSeconds * 1000,
    cooldownDuration: settings.cooldownSeconds * 1000,
    timeoutDuration: settings.timeoutMs,
  });
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      if (TOKEN_FAULTS.some((fault) => error instanceof fault)) throw error;
      throw new KeysUnavailableError('keys unavailable', { cause: error });
    }
  };
}

/**
 * Verifies tokens an identity provider signed (RS256, ES256...) with its published keys: signature,
 * algorithm (only those configured for the issuer), issuer, audience, `exp` and `nbf`, then reads the
 * caller from the configured claims. A token is never accepted when its keys cannot be had: that is a
 * 503 (try again), not a 401, so that a client does not throw away a good token.
 */
export function identityProviderVerifier(settings: IdentityProviderSettings, keys: JWTVerifyGetKey): TokenVerifier {
  return async (token) => {
    let claims: Record<string, unknown>;
    try {
      ({ payload: claims } = await jwtVerify(token, keys, {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: settings.algorithms,
        clockTolerance: settings.clockToleranceSeconds,
      }));
    } catch (error) {
      if (error instanceof KeysUnavailableError)
        throw new UpstreamUnavailableError(
          'identity-provider',
          `The signing keys of the token's issuer (${settings.issuer}) could not be fetched; try again shortly.`,
          error.cause,
        );
      throw new UnauthenticatedError(`The bearer token was refused: ${describe(error)}.`);
    }
    return principalFromClaims(claims, token, settings.claims);
  };
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'it has expired';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'its algorithm is not one its issuer signs with';
  if (error instanceof errors.JWKSNoMatchingKey) return 'no published key of its issuer matches it';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'its signature does not match';
  if (error instanceof errors.JWTClaimValidationFailed) return error.message;
  return 'it could not be read';
}
