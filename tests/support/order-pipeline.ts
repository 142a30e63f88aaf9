/**
 * What the order-pipeline end-to-end tests share: an integration team's view of the platform
 * through the gateway (orders at /process/v1, ERP data at /system/v1), orders built with their own
 * source order id, items and customers made for one test so no test sees another's stock or
 * credit, and a wait for an order to settle. Not a test file: each test file starts its platform.
 */
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import type { TestPlatform } from './test-platform';
import { waitUntil } from './wait-until';

/** Statuses in which the pipeline has finished with an order. */
export const SETTLED_STATUSES: ReadonlySet<string> = new Set([
  'SUBMITTED',
  'PARTIALLY_SHIPPED',
  'SHIPPED',
  'INVOICED',
  'CLOSED',
  'HELD',
  'REJECTED',
  'CANCELLED',
  'FAILED',
]);

/** A ship-to in Texas (6.25 % sales tax), near the Dallas warehouse. */
export const DALLAS_STORE = {
  name: 'Acme Hardware — Store 112',
  line1: '2400 Elm St',
  city: 'Dallas',
  region: 'TX',
  postalCode: '75226',
  country: 'US',
};

export interface OrderLineInput {
  sku: string;
  quantity: number;
  uom?: string;
  unitPrice?: string;
  lineNumber?: number;
}

export interface OrderInput {
  channel: string;
  sourceOrderId: string;
  customerId: string;
  purchaseOrderNumber?: string;
  currency?: string;
  shipTo: Record<string, string | undefined>;
  lines: OrderLineInput[];
}

export interface OrderView {
  id: string;
  customerId: string;
  status: string;
  subtotal?: string;
  tax?: string;
  total?: string;
  erpOrderId?: string;
  plan?: {
    lines: {
      lineNumber: number;
      sku: string;
      allocations: { warehouseId: string; quantity: number }[];
      backordered: number;
    }[];
    hasBackorders: boolean;
  };
  /** Where it ships to (from the order, or the customer's default when the order named none). */
  shipTo?: Record<string, string>;
  holds: { id: string; reasonCode: string; detail: string; status: string }[];
  /** While it waits for the ERP. */
  waitingForErp?: { since: string; step: string; reason: string };
  timeline: { step: string; outcome: string; detail?: string }[];
}

export interface Position {
  sku: string;
  warehouseId: string;
  onHand: number;
  allocated: number;
  available: number;
}

export interface ErpSalesOrder {
  id: string;
  orderKey: string;
  lines: {
    lineNumber: number;
    sku: string;
    quantity: number;
    reservations: { warehouseId: string; quantity: number }[];
  }[];
}

/** An API order for `customerId` with one line, its own source order id, shipped to Dallas. */
export function anOrder(customerId: string, lines: OrderLineInput[], overrides: Partial<OrderInput> = {}): OrderInput {
  return {
    channel: 'api',
    sourceOrderId: `API-${randomUUID()}`,
    customerId,
    shipTo: DALLAS_STORE,
    lines,
    ...overrides,
  };
}

/** A short id suffix, so items and customers made by one test are its own. */
export const uniqueSuffix = () => randomUUID().slice(0, 8).toUpperCase();

export type PipelineApi = ReturnType<typeof pipelineApi>;

/** The platform as an integration team sees it, with a token for the process and system tiers. */
export function pipelineApi(crossdock: TestPlatform) {
  const authorization = `Bearer ${crossdock.token({ subject: 'integration-team', scopes: ['process:read', 'process:write', 'system:read', 'system:write'] })}`;
  const get = (path: string) => crossdock.http.get(path).set('Authorization', authorization);
  const post = (path: string, body: object = {}) =>
    crossdock.http.post(path).set('Authorization', authorization).send(body);

  const api = {
    get,
    post,

    /** POST /process/v1/orders; `waitSeconds` asks to wait for the outcome (Prefer: wait). */
    placeOrder(order: OrderInput, options: { idempotencyKey?: string; waitSeconds?: number } = {}) {
      const request = post('/process/v1/orders', order);
      if (options.idempotencyKey) request.set('Idempotency-Key', options.idempotencyKey);
      if (options.waitSeconds) request.set('Prefer', `wait=${options.waitSeconds}`);
      return request;
    },

    async order(orderId: string): Promise<OrderView> {
      return (await get(`/process/v1/orders/${orderId}`).expect(200)).body as OrderView;
    },

    /** Waits for the pipeline to finish with an order, and answers it as it ended. */
    settled(orderId: string, timeoutMs = 10_000): Promise<OrderView> {
      return waitUntil(
        () => api.order(orderId),
        (order) => SETTLED_STATUSES.has(order.status),
        { timeoutMs, what: `order ${orderId} to settle` },
      );
    },

    /** Places an order, waits for the outcome on the request itself, and expects it settled (201). */
    async placeAndSettle(order: OrderInput): Promise<OrderView> {
      const answer: Response = await api.placeOrder(order, { waitSeconds: 10 });
      if (answer.status !== 201) throw new Error(`expected 201 (settled), got ${answer.status}: ${answer.text}`);
      return answer.body as OrderView;
    },

    /** A new active item sold by the each at `price` on the standard list, with `stock` per warehouse. */
    async stockedItem(stock: Record<string, number>, options: { price?: string; sku?: string } = {}): Promise<string> {
      const sku = options.sku ?? `PIPE-${uniqueSuffix()}`;
      await post('/system/v1/items', {
        sku,
        description: `Pipeline test item ${sku}`,
        status: 'active',
        baseUom: 'EA',
        alternateUoms: [],
        returnable: true,
      }).expect(201);
      if (options.price !== undefined) {
        await post('/system/v1/price-lists/PL-STANDARD/entries', {
          sku,
          uom: 'EA',
          minimumQuantity: 1,
          unitPrice: options.price,
          effectiveFrom: '2026-01-01',
        }).expect(201);
      }
      for (const [warehouseId, quantity] of Object.entries(stock)) {
        await post('/system/v1/inventory/movements', {
          sku,
          warehouseId,
          kind: 'receipt',
          quantity,
          reason: 'stock for a pipeline test',
        }).expect(201);
      }
      return sku;
    },

    /** Opens a new active customer on standard prices, shipped from Dallas; answers its id. */
    async openCustomer(
      overrides: { creditLimit?: string; allowBackorders?: boolean; preferredWarehouseId?: string } = {},
    ): Promise<string> {
      const id = `C-T${uniqueSuffix()}`;
      await post('/system/v1/customers', {
        id,
        name: `Pipeline test customer ${id}`,
        status: 'active',
        currency: 'USD',
        creditLimit: overrides.creditLimit ?? '100000.00',
        paymentTerms: 'NET30',
        taxJurisdiction: 'US-TX',
        preferredWarehouseId: overrides.preferredWarehouseId ?? 'WH-DAL',
        allowBackorders: overrides.allowBackorders ?? true,
        billTo: DALLAS_STORE,
        shipTo: DALLAS_STORE,
      }).expect(201);
      return id;
    },

    /** Every warehouse's position for an item. */
    async positions(sku: string): Promise<Position[]> {
      return (await get(`/system/v1/inventory?sku=${encodeURIComponent(sku)}`).expect(200)).body.items as Position[];
    },

    /** What is allocated of an item across all warehouses. */
    async allocated(sku: string): Promise<number> {
      return (await api.positions(sku)).reduce((sum, position) => sum + position.allocated, 0);
    },

    /** The ERP orders made under an order key (the process order id). */
    async erpOrdersWithKey(orderKey: string): Promise<ErpSalesOrder[]> {
      return (await get(`/system/v1/sales-orders?orderKey=${encodeURIComponent(orderKey)}`).expect(200)).body
        .items as ErpSalesOrder[];
    },
  };
  return api;
}

/** `step:outcome` for each timeline entry, in order: what the pipeline did, at a glance. */
export const stepsOf = (order: OrderView) => order.timeline.map((entry) => `${entry.step}:${entry.outcome}`);
