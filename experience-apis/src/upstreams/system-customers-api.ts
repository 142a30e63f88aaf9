import type { CreditExposure } from '@crossdock/shared-contracts/contracts/system-credit';
import type { UpstreamClient } from '@crossdock/shared-contracts/http-client/upstream-client';
import type { Customer } from '@crossdock/shared-contracts/model/customer';

/** The system API's customers, as the experience APIs use them. */
export interface SystemCustomersApi {
  getCustomer(customerId: string): Promise<Customer>;
  getCredit(customerId: string): Promise<CreditExposure>;
}

export function createSystemCustomersApi(client: UpstreamClient): SystemCustomersApi {
  return {
    getCustomer: async (customerId) => (await client.get<Customer>(`/system/v1/customers/${encodeURIComponent(customerId)}`)).data,
    getCredit: async (customerId) => (await client.get<CreditExposure>(`/system/v1/customers/${encodeURIComponent(customerId)}/credit`)).data,
  };
}
