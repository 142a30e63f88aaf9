import type { Principal } from '../context/request-context';
import { UnauthenticatedError } from '../../contracts/errors/errors';

/**
 * The claims a token carries its caller in. The platform's own tokens use the names below; an
 * identity provider's may use others (`scp` for the scopes, a namespaced claim for the customer).
 */
export interface ClaimNames {
  subject: string;
  /** A space-separated string (`scope`) or an array of strings (`scp`). */
  scopes: string;
  customerId: string;
  customerIds: string;
  partnerId: string;
  /** Only the platform's service tokens name an end user the tier acts for. */
  actingFor?: string;
}

export const PLATFORM_CLAIMS: ClaimNames = {
  subject: 'sub',
  scopes: 'scope',
  customerId: 'customer_id',
  customerIds: 'customer_ids',
  partnerId: 'partner_id',
  actingFor: 'acting_for',
};

/**
 * Reads the caller out of a token whose signature, issuer and audience were already checked: every
 * verifier (the platform's HS256 one and an identity provider's) answers through this, so a token
 * means the same whoever signed it.
 */
export function principalFromClaims(claims: Record<string, unknown>, token: string, names: ClaimNames): Principal {
  const subject = claims[names.subject];
  if (typeof subject !== 'string' || subject.length === 0)
    throw new UnauthenticatedError('The bearer token has no subject.');
  // A token that never expires is a leaked token forever; every token Crossdock accepts carries exp.
  if (typeof claims.exp !== 'number') throw new UnauthenticatedError('The bearer token has no expiry (exp).');
  const principal: Principal = { subject, scopes: scopesOf(claims[names.scopes]), token };
  const customerId = claims[names.customerId];
  if (typeof customerId === 'string') principal.customerId = customerId;
  const customerIds = claims[names.customerIds];
  if (Array.isArray(customerIds)) principal.customerIds = customerIds.filter((id) => typeof id === 'string');
  const partnerId = claims[names.partnerId];
  if (typeof partnerId === 'string') principal.partnerId = partnerId;
  const actingFor = names.actingFor ? claims[names.actingFor] : undefined;
  if (typeof actingFor === 'string') principal.actingFor = actingFor;
  return principal;
}

function scopesOf(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((scope): scope is string => typeof scope === 'string' && scope !== '');
  return [];
}
