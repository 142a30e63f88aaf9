import type { Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { PlaceOrderRequest, ProcessOrder } from '@crossdock/shared-contracts/contracts/api/process-orders';
import type { UpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import type { SalesChannel, SalesOrderStatus } from '@crossdock/shared-contracts/contracts/model/sales-order';

/** How long a person waiting at a screen (portal, mobile) gives the pipeline to confirm an order. */
export const PERSON_WAITS_SECONDS = 8;

export interface OrderQuery {
  customerId: string;
  channel?: SalesChannel;
  sourceOrderId?: string;
  status?: SalesOrderStatus;
  cursor?: string;
  limit?: number;
}

/** An order the process API has stored. */
export interface PlacedProcessOrder {
  order: ProcessOrder;
  /** A repeat of an order stored before: nothing new was stored. */
  replayed: boolean;
  /** The pipeline finished with it (submitted, held...) within the wait; false while it still works on it. */
  settled: boolean;
}

/** The process API's orders, as the experience APIs use them. */
export interface ProcessOrdersApi {
  /** Places an order; waits up to `waitSeconds` for the pipeline's outcome (0: answer at once). */
  placeOrder(
    order: PlaceOrderRequest,
    idempotencyKey: string | undefined,
    waitSeconds: number,
  ): Promise<PlacedProcessOrder>;
  getOrder(orderId: string): Promise<ProcessOrder>;
  listOrders(query: OrderQuery): Promise<Page<ProcessOrder>>;
}

export function createProcessOrdersApi(client: UpstreamClient): ProcessOrdersApi {
  return {
    placeOrder: async (order, idempotencyKey, waitSeconds) => {
      const headers: Record<string, string> = {};
      if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
      if (waitSeconds > 0) headers.Prefer = `wait=${waitSeconds}`;
      const answer = await client.post<ProcessOrder>('/process/v1/orders', { body: order, headers });
      // 201: settled within the wait; 202: stored, the pipeline still at it; 200: a repeat.
      return { order: answer.data, replayed: answer.status === 200, settled: answer.status === 201 };
    },
    getOrder: async (orderId) =>
      (await client.get<ProcessOrder>(`/process/v1/orders/${encodeURIComponent(orderId)}`)).data,
    listOrders: async (query) =>
      (await client.get<Page<ProcessOrder>>('/process/v1/orders', { query: { ...query } })).data,
  };
}
