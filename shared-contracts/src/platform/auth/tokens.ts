import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { Principal } from '../context/request-context';
import { UnauthenticatedError } from '../../contracts/errors/errors';
import { PLATFORM_CLAIMS, principalFromClaims } from './token-claims';

/** How tokens are signed and checked. One secret for the whole platform in this version. */
export interface TokenSettings {
  secret: string;
  issuer: string;
  audience: string;
  /** Bounded allowance for clocks that disagree, in seconds. */
  clockToleranceSeconds: number;
}

export interface TokenClaims {
  subject: string;
  scopes: string[];
  customerId?: string;
  /** A sales rep's token: the customers the rep looks after (and so may see and order for). */
  customerIds?: string[];
  /** A marketplace partner's token (the gateway mints it for the partner's API key). */
  partnerId?: string;
  /** For a tier's service token: the end user the tier is acting for (RFC 8693 `act`-style). */
  actingFor?: string;
  expiresInSeconds?: number;
}

// Pinned: a token that names another algorithm (`none`, RS256 with our secret as a public key) is refused.
const ALGORITHM = 'HS256' as const;

// Given a string, jsonwebtoken tries to parse it as a PEM key on every call before treating it as a
// secret: a fifth of the platform's CPU under load. A secret key object, made once, skips that.
const secretKeys = new Map<string, KeyObject>();
function secretKeyOf(settings: TokenSettings): KeyObject {
  let key = secretKeys.get(settings.secret);
  if (!key) {
    key = createSecretKey(Buffer.from(settings.secret, 'utf8'));
    secretKeys.set(settings.secret, key);
  }
  return key;
}

/** Signs a token for `claims` (used by `crossdock token` and by tests). */
export function signToken(settings: TokenSettings, claims: TokenClaims): string {
  const payload: Record<string, unknown> = { scope: claims.scopes.join(' ') };
  if (claims.customerId) payload.customer_id = claims.customerId;
  if (claims.customerIds) payload.customer_ids = claims.customerIds;
  if (claims.partnerId) payload.partner_id = claims.partnerId;
  if (claims.actingFor) payload.acting_for = claims.actingFor;
  return jwt.sign(payload, secretKeyOf(settings), {
    algorithm: ALGORITHM,
    subject: claims.subject,
    issuer: settings.issuer,
    audience: settings.audience,
    expiresIn: claims.expiresInSeconds ?? 3600,
  });
}

// Verified tokens, kept until they expire: a tier sees the same service token many times a second.
const verified = new Map<string, { principal: Principal; expiresAtMs: number }>();
const MAX_VERIFIED_TOKENS = 10_000;

/** Verifies a bearer token and answers who is calling, or throws UnauthenticatedError. */
export function verifyToken(settings: TokenSettings, token: string): Principal {
  const cacheKey = `${settings.secret}\u0000${settings.issuer}\u0000${settings.audience}\u0000${token}`;
  const known = verified.get(cacheKey);
  if (known && Date.now() < known.expiresAtMs + settings.clockToleranceSeconds * 1000)
    return { ...known.principal, scopes: [...known.principal.scopes] };
  const principal = verifyAndRead(settings, token);
  if (verified.size >= MAX_VERIFIED_TOKENS) verified.clear();
  verified.set(cacheKey, { principal, expiresAtMs: expiresAtMsOf(token) });
  return { ...principal, scopes: [...principal.scopes] };
}

function expiresAtMsOf(token: string): number {
  const exp = (jwt.decode(token) as jwt.JwtPayload | null)?.exp;
  return typeof exp === 'number' ? exp * 1000 : 0;
}

function verifyAndRead(settings: TokenSettings, token: string): Principal {
  let decoded: jwt.JwtPayload;
  try {
    const result = jwt.verify(token, secretKeyOf(settings), {
      algorithms: [ALGORITHM],
      issuer: settings.issuer,
      audience: settings.audience,
      clockTolerance: settings.clockToleranceSeconds,
    });
    if (typeof result === 'string') throw new Error('unexpected string payload');
    decoded = result;
  } catch (error) {
    throw new UnauthenticatedError(`The bearer token was refused: ${describeTokenError(error)}.`);
  }
  return principalFromClaims(decoded, token, PLATFORM_CLAIMS);
}

/**
 * The issuer and audiences a token claims, read WITHOUT checking its signature: only to choose
 * which consumer's settings to verify it with. Nothing read here may be trusted until verifyToken
 * has accepted the token under those settings.
 */
export function peekTokenAddressing(token: string): { issuer?: string; audiences: string[] } {
  const decoded = jwt.decode(token, { json: true });
  if (!decoded) return { audiences: [] };
  const audiences = Array.isArray(decoded.aud) ? decoded.aud : typeof decoded.aud === 'string' ? [decoded.aud] : [];
  return { issuer: typeof decoded.iss === 'string' ? decoded.iss : undefined, audiences };
}

/** Reads `Authorization: Bearer <token>`; undefined when absent or of another scheme. */
export function bearerTokenFrom(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

function describeTokenError(error: unknown): string {
  if (error instanceof jwt.TokenExpiredError) return 'it has expired';
  if (error instanceof jwt.NotBeforeError) return 'it is not valid yet';
  if (error instanceof jwt.JsonWebTokenError) return error.message;
  return 'it could not be read';
}
