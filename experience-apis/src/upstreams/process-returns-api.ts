import type { Page } from '@crossdock/shared-contracts/contracts/api/page';
import type {
  OrderReturnStatus,
  ProcessReturn,
  RequestOrderReturn,
} from '@crossdock/shared-contracts/contracts/api/process-returns';
import type { UpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';

export interface ReturnQuery {
  customerId: string;
  status?: OrderReturnStatus;
  cursor?: string;
  limit?: number;
}

/**
 * The process API's returns, where the return rules live (return window, returnable items, review
 * by a person). The process API confines a customer-scoped caller to its own returns.
 */
export interface ProcessReturnsApi {
  requestReturn(request: RequestOrderReturn): Promise<ProcessReturn>;
  getReturn(returnId: string): Promise<ProcessReturn>;
  listReturns(query: ReturnQuery): Promise<Page<ProcessReturn>>;
}

export function createProcessReturnsApi(client: UpstreamClient): ProcessReturnsApi {
  return {
    requestReturn: async (request) => (await client.post<ProcessReturn>('/process/v1/returns', { body: request })).data,
    getReturn: async (returnId) =>
      (await client.get<ProcessReturn>(`/process/v1/returns/${encodeURIComponent(returnId)}`)).data,
    listReturns: async (query) =>
      (await client.get<Page<ProcessReturn>>('/process/v1/returns', { query: { ...query } })).data,
  };
}
