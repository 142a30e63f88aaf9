import type { Page } from '@crossdock/shared-contracts/contracts/page';
import type { ProcessOrder } from '@crossdock/shared-contracts/contracts/process-orders';
import type { UpstreamClient } from '@crossdock/shared-contracts/http-client/upstream-client';
import type { SalesOrderInput } from '@crossdock/shared-contracts/model/order-input';

const PORTAL_WAIT_SECONDS = 8;

/** The process API's orders, as the experience APIs use them. */
export interface ProcessOrdersApi {
  placeOrder(order: SalesOrderInput, idempotencyKey: string): Promise<{ order: ProcessOrder; replayed: boolean }>;
  getOrder(orderId: string): Promise<ProcessOrder>;
  listOrders(query: { customerId: string; cursor?: string; limit?: number }): Promise<Page<ProcessOrder>>;
}

export function createProcessOrdersApi(client: UpstreamClient): ProcessOrdersApi {
  return {
    placeOrder: async (order, idempotencyKey) => {
      // A person is waiting at the portal: give the pipeline a few seconds to confirm the order.
      const answer = await client.post<ProcessOrder>('/process/v1/orders', { body: order, headers: { 'Idempotency-Key': idempotencyKey, Prefer: `wait=${PORTAL_WAIT_SECONDS}` } });
      return { order: answer.data, replayed: answer.status === 200 };
    },
    getOrder: async (orderId) => (await client.get<ProcessOrder>(`/process/v1/orders/${encodeURIComponent(orderId)}`)).data,
    listOrders: async (query) => (await client.get<Page<ProcessOrder>>('/process/v1/orders', { query })).data,
  };
}
