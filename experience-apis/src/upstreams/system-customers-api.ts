import type { CreditExposure } from '@crossdock/shared-contracts/contracts/api/system-credit';
import type { UpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import type { Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { Customer } from '@crossdock/shared-contracts/contracts/model/customer';
import { readInChunks } from '@crossdock/shared-contracts/contracts/api/key-lists';

/** The system API's customers, as the experience APIs use them. */
export interface SystemCustomersApi {
  getCustomer(customerId: string): Promise<Customer>;
  /** The customers of `customerIds` the ERP knows (unknown ids are left out), a few calls for many. */
  findCustomers(customerIds: readonly string[]): Promise<Customer[]>;
  getCredit(customerId: string): Promise<CreditExposure>;
}

export function createSystemCustomersApi(client: UpstreamClient): SystemCustomersApi {
  return {
    getCustomer: async (customerId) =>
      (await client.get<Customer>(`/system/v1/customers/${encodeURIComponent(customerId)}`)).data,
    findCustomers: (customerIds) =>
      readInChunks(
        customerIds,
        async (chunk) =>
          (await client.get<Page<Customer>>('/system/v1/customers', { query: { ids: chunk.join(',') } })).data.items,
      ),
    getCredit: async (customerId) =>
      (await client.get<CreditExposure>(`/system/v1/customers/${encodeURIComponent(customerId)}/credit`)).data,
  };
}
