import jwt from 'jsonwebtoken';
import type { Principal } from '../context/request-context';
import { UnauthenticatedError } from '../errors/errors';

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
  /** For a tier's service token: the end user the tier is acting for (RFC 8693 `act`-style). */
  actingFor?: string;
  expiresInSeconds?: number;
}

// Pinned: a token that names another algorithm (`none`, RS256 with our secret as a public key) is refused.
const ALGORITHM = 'HS256' as const;

/** Signs a token for `claims` (used by `crossdock token` and by tests). */
export function signToken(settings: TokenSettings, claims: TokenClaims): string {
  const payload: Record<string, unknown> = { scope: claims.scopes.join(' ') };
  if (claims.customerId) payload.customer_id = claims.customerId;
  if (claims.actingFor) payload.acting_for = claims.actingFor;
  return jwt.sign(payload, settings.secret, {
    algorithm: ALGORITHM,
    subject: claims.subject,
    issuer: settings.issuer,
    audience: settings.audience,
    expiresIn: claims.expiresInSeconds ?? 3600,
  });
}

/** Verifies a bearer token and answers who is calling, or throws UnauthenticatedError. */
export function verifyToken(settings: TokenSettings, token: string): Principal {
  let decoded: jwt.JwtPayload;
  try {
    const result = jwt.verify(token, settings.secret, {
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
  if (typeof decoded.sub !== 'string' || decoded.sub.length === 0) throw new UnauthenticatedError('The bearer token has no subject.');
  // A token that never expires is a leaked token forever; every token Crossdock accepts carries exp.
  if (typeof decoded.exp !== 'number') throw new UnauthenticatedError('The bearer token has no expiry (exp).');
  const principal: Principal = {
    subject: decoded.sub,
    scopes: typeof decoded.scope === 'string' ? decoded.scope.split(' ').filter(Boolean) : [],
    token,
  };
  if (typeof decoded.customer_id === 'string') principal.customerId = decoded.customer_id;
  if (typeof decoded.acting_for === 'string') principal.actingFor = decoded.acting_for;
  return principal;
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
