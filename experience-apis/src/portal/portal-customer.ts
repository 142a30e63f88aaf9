import type { Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import { ForbiddenError } from '@crossdock/shared-contracts/contracts/errors/errors';

/** A portal token acts for exactly one customer; one without is not a portal user. */
export function portalCustomerOf(principal: Principal): string {
  if (!principal.customerId) throw new ForbiddenError('Portal calls need a customer-scoped token.');
  return principal.customerId;
}
