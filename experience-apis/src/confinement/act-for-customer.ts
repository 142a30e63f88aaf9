import {
  currentContext,
  requirePrincipal,
  runWithContext,
} from '@crossdock/shared-contracts/platform/context/request-context';

/**
 * Runs `work` with the caller confined to one customer, so every call to the tiers below carries a
 * token for that customer only (the process API then answers 404 for anything of another). Used
 * once the experience API has established that the caller may act for `customerId`: a sales rep
 * for one of their customers, a marketplace partner for its own account.
 */
export function actForCustomer<T>(customerId: string, work: () => Promise<T>): Promise<T> {
  const principal = requirePrincipal();
  const { customerIds: _all, ...rest } = principal;
  return runWithContext(
    { correlationId: currentContext()?.correlationId ?? '', principal: { ...rest, customerId } },
    work,
  );
}
