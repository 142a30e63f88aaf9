import type { Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import { ForbiddenError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { MarketplacePartner, PartnerDirectory } from './partner-directory';

/** The partner behind a marketplace call: its key's consumer, set up in the partner directory. */
export async function partnerCalling(directory: PartnerDirectory, principal: Principal): Promise<MarketplacePartner> {
  if (!principal.partnerId) throw new ForbiddenError('Marketplace calls need a partner’s API key.');
  const partner = await directory.partner(principal.partnerId);
  if (!partner) throw new ForbiddenError(`The partner ${principal.partnerId} is not set up for the marketplace API.`);
  return partner;
}
