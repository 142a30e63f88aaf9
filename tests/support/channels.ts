/**
 * What the channel end-to-end tests share: the public sample documents, an operator's view of
 * partners, mappings and inbound documents through the gateway, and webhooks signed as Shopify
 * and WooCommerce sign them. Not a test file.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, type TestPlatform } from './test-platform';
import { pipelineApi, SETTLED_STATUSES, type OrderView } from './order-pipeline';
import { waitUntil } from './wait-until';

export const SAMPLES = {
  shopifyOrder: 'shopify-order_python-api-fixture_order.json',
  wooCommerceOrder: 'woocommerce-rest-v3_retrieve-order_doc-example.json',
  magentoOrder: 'magento2-rest_GET-V1-orders-3_adobedocs-full.json',
  amazonOrders: 'amazon-spapi_getOrders_v0_doc-example.json',
  amazonOrderItems: 'amazon-spapi_getOrderItems_v0_doc-example.json',
} as const;

/** A public sample document, byte for byte (tests/fixtures/channels, see SOURCES.md there). */
export function sample(file: string): Buffer {
  return readFileSync(path.join(REPO_ROOT, 'tests/fixtures/channels', file));
}

/** The Shopify sample as an orders/create webhook sends it: the order itself, not the REST API's { "order": ... }. */
export function shopifyWebhookBody(): Buffer {
  const text = sample(SAMPLES.shopifyOrder).toString('utf8');
  const start = text.indexOf('{', 1);
  const end = text.lastIndexOf('}', text.lastIndexOf('}') - 1);
  return Buffer.from(text.slice(start, end + 1), 'utf8');
}

export const sign = (body: Buffer | string, secret: string): string =>
  createHmac('sha256', secret).update(body).digest('base64');

export interface OutcomeView {
  sourceOrderId?: string;
  orderId?: string;
  duplicate?: boolean;
  problem?: { title: string; detail?: string; errors?: { field: string; message: string }[] };
  test?: boolean;
  notes?: string[];
}

export interface DocumentView {
  id: string;
  channel: string;
  kind: string;
  partnerId?: string;
  status: string;
  parts: { seq: number; name: string; contentType: string; sizeBytes: number }[];
  outcomes: OutcomeView[];
  orders: {
    orderId: string;
    sourceOrderId: string;
    status: string;
    mapping: { name: string; version: number };
    canonicalOrder: CanonicalOrder;
  }[];
}

export interface CanonicalOrder {
  channel: string;
  sourceOrderId: string;
  customerId: string;
  purchaseOrderNumber?: string;
  currency?: string;
  shipTo: Record<string, string>;
  lines: {
    lineNumber?: number;
    sku: string;
    quantity: number;
    uom?: string;
    unitPrice?: string;
    customerPartNumber?: string;
  }[];
}

export interface ReceivedOrderView extends OrderView {
  channel: string;
  sourceOrderId: string;
  purchaseOrderNumber?: string;
  lines: {
    lineNumber: number;
    sku: string;
    quantity: number;
    uom?: string;
    unitPrice?: string;
    customerPartNumber?: string;
  }[];
}

/** Mapping rules that take each product id as our SKU, keep the channel's prices and order for the partner's account. */
export const AS_SENT_RULES = (qualifier: string) => ({
  productIds: [{ qualifier, lookup: 'as-sku' }],
  customer: { from: 'partner' },
  prices: 'keep',
});

/** The platform as the distributor's integration staff use it for channels. */
export function channelsApi(crossdock: TestPlatform) {
  const pipeline = pipelineApi(crossdock);
  const authorization = `Bearer ${crossdock.token({ subject: 'integration-team', scopes: ['process:read', 'process:write', 'system:read', 'system:write'] })}`;
  const api = {
    ...pipeline,
    put: (url: string, body: object, ifMatch?: string) => {
      const request = crossdock.http.put(url).set('Authorization', authorization).send(body);
      return ifMatch ? request.set('If-Match', ifMatch) : request;
    },

    /** Adds the next version of a mapping; answers its number. */
    async addMapping(name: string, rules: object, description = 'test mapping'): Promise<number> {
      return (await pipeline.post(`/process/v1/mappings/${name}/versions`, { description, rules }).expect(201)).body
        .version as number;
    },

    /** Creates a partner with its own mapping; answers its id. */
    async createPartner(
      partner: Record<string, unknown> & { channel: string },
      rules: object = AS_SENT_RULES('sku'),
    ): Promise<string> {
      const id = `p-${partner.channel}-${randomUUID().slice(0, 8)}`;
      const mapping = `m-${id}`;
      const version = await api.addMapping(mapping, rules);
      await pipeline
        .post('/process/v1/partners', {
          id,
          name: `Test partner ${id}`,
          customerId: 'C-1001',
          identifiers: {},
          mapping: { name: mapping, version },
          ...partner,
        })
        .expect(201);
      return id;
    },

    /** An Amazon seller partner polling the given Amazon test server, its SKUs as sent; answers its id. */
    createAmazonPartner(amazon: { baseUrl: string; accessToken: string; startFrom?: string; customerId?: string }) {
      return api.createPartner(
        {
          channel: 'amazon',
          ...(amazon.customerId ? { customerId: amazon.customerId } : {}),
          identifiers: { sellerId: `A${randomUUID().slice(0, 8)}` },
          connection: {
            baseUrl: amazon.baseUrl,
            accessToken: amazon.accessToken,
            marketplaceIds: ['ATVPDKIKX0DER'],
            startFrom: amazon.startFrom ?? '2017-01-01T00:00:00Z',
          },
        },
        { productIds: [{ qualifier: 'SellerSKU', lookup: 'as-sku' }], customer: { from: 'partner' }, prices: 'keep' },
      );
    },

    async document(documentId: string): Promise<DocumentView> {
      return (await pipeline.get(`/process/v1/inbound-documents/${documentId}`).expect(200)).body as DocumentView;
    },

    async receivedOrder(orderId: string): Promise<ReceivedOrderView> {
      return (await pipeline.get(`/process/v1/orders/${orderId}`).expect(200)).body as ReceivedOrderView;
    },

    /** Every order a document produced, each once the pipeline has settled it. */
    async settledOrdersOf(documentId: string): Promise<ReceivedOrderView[]> {
      const document = await api.document(documentId);
      return Promise.all(
        document.orders.map((link) =>
          waitUntil(
            () => api.receivedOrder(link.orderId),
            (order) => SETTLED_STATUSES.has(order.status),
            { what: `order ${link.orderId} to settle` },
          ),
        ),
      );
    },
  };
  return api;
}

/** A unique shop domain for one test. */
export const aShopDomain = (name: string) => `${name}-${randomUUID().slice(0, 8)}.myshopify.com`;
