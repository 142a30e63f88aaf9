import type { Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import { ForbiddenError, NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';

/** The customers a sales rep's token lists; a token without the list is not a sales rep's. */
export function repCustomersOf(principal: Principal): string[] {
  if (!principal.customerIds)
    throw new ForbiddenError('Mobile calls need a sales rep’s token (one listing the rep’s customers).');
  return principal.customerIds;
}

/**
 * `customerId` when it is one of the rep's customers. Anyone else's answers 404, exactly as a
 * customer that does not exist, so a rep cannot learn which account numbers are real.
 */
export function repCustomer(principal: Principal, customerId: string): string {
  if (!repCustomersOf(principal).includes(customerId))
    throw new NotFoundError(`Customer ${customerId} does not exist.`);
  return customerId;
}
