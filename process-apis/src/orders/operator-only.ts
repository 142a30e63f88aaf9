import type { Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import { ForbiddenError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';

/**
 * Resolving holds and replaying dead letters is for the distributor's own staff: a customer-scoped
 * token (a portal buyer) could otherwise override its own credit hold. Such a caller is refused
 * before anything is looked up, so the answer says nothing about which holds exist.
 */
export function requireOperator(principal: Principal, action: string): void {
  if (principal.customerId) throw new ForbiddenError(`A customer-scoped token may not ${action}.`);
}

/** A reason or note as given, trimmed; blank is refused (the schema's minLength lets spaces through). */
export function requiredText(value: string, field: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw new ValidationError(`A ${field} is required.`, [{ field, message: 'must not be blank' }]);
  return trimmed;
}
