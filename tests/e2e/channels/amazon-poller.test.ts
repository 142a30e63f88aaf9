import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { startAmazonTestServer, type AmazonListing, type AmazonTestServer } from '../../support/channel-test-servers';
import { channelsApi, sample, SAMPLES } from '../../support/channels';

const ACCESS_TOKEN = 'Atza|IwEBIExampleLwaAccessToken';
const ORDER_ID = '902-3159896-1390916';

/** A getOrderItems answer as the Orders API v0 reference describes it (OrderItemsList). */
function itemsPage(
  amazonOrderId: string,
  items: { id: string; sku: string; quantity: number; amount: string }[],
  nextToken?: string,
): string {
  const orderItems = items.map((item) => ({
    OrderItemId: item.id,
    SellerSKU: item.sku,
    ASIN: `B0${item.id.slice(0, 8)}`,
    QuantityOrdered: item.quantity,
    ItemPrice: { CurrencyCode: 'JPY', Amount: item.amount },
  }));
  return JSON.stringify({
    payload: { AmazonOrderId: amazonOrderId, OrderItems: orderItems, ...(nextToken ? { NextToken: nextToken } : {}) },
  });
}

const FIRST_ITEMS = [
  { id: '68828574383266', sku: 'CBA_OTF_1', quantity: 1, amount: '25.99' },
  { id: '79039765272157', sku: 'CBA_OTF_5', quantity: 2, amount: '17.95' },
];
// The sample's NextToken leads to an empty last page. The items come in three pages, the second
// handing out the first one's items again (a page repeated): each item is one line all the same.
const LISTING: AmazonListing = {
  orderPages: [sample(SAMPLES.amazonOrders).toString('utf8'), '{"payload":{"Orders":[]}}'],
  orderItems: {
    [ORDER_ID]: [
      itemsPage(ORDER_ID, FIRST_ITEMS, 'items-2'),
      itemsPage(ORDER_ID, FIRST_ITEMS, 'items-3'),
      itemsPage(ORDER_ID, [{ id: '90000000000001', sku: 'CBA_OTF_9', quantity: 1, amount: '5.00' }]),
    ],
  },
};

let crossdock: TestPlatform;
let api: ReturnType<typeof channelsApi>;
let amazon: AmazonTestServer;
let partnerId: string;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = channelsApi(crossdock);
  amazon = await startAmazonTestServer({ accessToken: ACCESS_TOKEN, listing: LISTING });
  partnerId = await api.createPartner(
    {
      channel: 'amazon',
      identifiers: { sellerId: 'A2EXAMPLE1SELLER' },
      connection: {
        baseUrl: amazon.baseUrl,
        accessToken: ACCESS_TOKEN,
        marketplaceIds: ['ATVPDKIKX0DER'],
        startFrom: '2017-01-01T00:00:00Z',
      },
    },
    { productIds: [{ qualifier: 'SellerSKU', lookup: 'as-sku' }], customer: { from: 'partner' }, prices: 'keep' },
  );
});
afterAll(async () => {
  await crossdock.close();
  await amazon.close();
});

const poll = async () =>
  (await api.post(`/process/v1/partners/${partnerId}/poll`).expect(200)).body as {
    polled: boolean;
    documentIds: string[];
    error?: string;
  };

describe('polling Amazon’s Selling Partner API for orders', () => {
  it('lists orders with CreatedAfter then NextToken, fetches each order’s items page by page, and holds the sample UNKNOWN_ITEM with each item once', async () => {
    const report = await poll();
    expect(report).toMatchObject({ polled: true, documentIds: [expect.any(String)] });

    const document = await api.document(report.documentIds[0]!);
    expect(document).toMatchObject({ channel: 'amazon', kind: 'amazon-orders-page', status: 'processed' });
    expect(document.parts.map((part) => part.name)).toEqual([
      '/orders/v0/orders',
      ...Array(3).fill(`/orders/v0/orders/${ORDER_ID}/orderItems`),
    ]);
    const [link] = document.orders;
    expect(link!.canonicalOrder).toMatchObject({
      channel: 'amazon',
      sourceOrderId: ORDER_ID,
      purchaseOrderNumber: '1234567890123',
      currency: 'JPY',
      shipTo: {
        name: 'Michigan address',
        line1: '1 Cross St.',
        city: 'Canton',
        region: 'MI',
        postalCode: '48817',
        country: 'US',
      },
      lines: [
        { lineNumber: 1, sku: 'CBA_OTF_1', quantity: 1, unitPrice: '25.99' },
        { lineNumber: 2, sku: 'CBA_OTF_5', quantity: 2, unitPrice: '8.975' },
        { lineNumber: 3, sku: 'CBA_OTF_9', quantity: 1, unitPrice: '5.00' },
      ],
    });
    expect(link!.canonicalOrder.lines).toHaveLength(3);
    const [order] = await api.settledOrdersOf(document.id);
    expect(order!.status).toBe('HELD');
    expect(order!.holds.map((hold) => hold.reasonCode)).toEqual(['UNKNOWN_ITEM', 'UNKNOWN_ITEM', 'UNKNOWN_ITEM']);

    const listings = amazon.requests.filter(
      (request) => request.path === '/orders/v0/orders' && !request.query.has('OrderStatuses'),
    );
    expect(
      listings.map((request) => [
        request.query.get('CreatedAfter'),
        request.query.get('NextToken'),
        request.query.get('MarketplaceIds'),
      ]),
    ).toEqual([
      ['2017-01-01T00:00:00Z', null, 'ATVPDKIKX0DER'],
      [null, '2YgYW55IGNhcm5hbCBwbGVhc3VyZS4', 'ATVPDKIKX0DER'],
    ]);
  });

  it('authenticates with x-amz-access-token and sends no Authorization header at all', () => {
    expect(
      amazon.requests.every(
        (request) =>
          request.headers['x-amz-access-token'] === ACCESS_TOKEN && request.headers.authorization === undefined,
      ),
    ).toBe(true);
  });

  it('remembers the newest purchase date and does not take an order in twice when CreatedAfter lists it again', async () => {
    const partner = (await api.get(`/process/v1/partners/${partnerId}`).expect(200)).body;
    expect(partner.poller.cursor).toEqual({ createdAfter: '2017-01-20T19:49:35Z', cancelledSince: expect.any(String) });
    const before = amazon.requests.length;
    const report = await poll();
    expect(report.documentIds).toEqual([]);
    const asked = amazon.requests.slice(before);
    // The listing of new orders (two pages), then of the orders cancelled since the last poll.
    expect(asked.map((request) => request.path)).toEqual(Array(3).fill('/orders/v0/orders'));
    expect(asked[0]!.query.get('CreatedAfter')).toBe('2017-01-20T19:49:35Z');
  });

  it('backs off on 429 from the API and still completes the poll', async () => {
    amazon.rateLimit(2);
    const report = await poll();
    expect(report.error).toBeUndefined();
    expect(amazon.requests.slice(-4).filter((request) => request.path === '/orders/v0/orders')).toHaveLength(4);
  });
});

const RULES = {
  productIds: [{ qualifier: 'SellerSKU', lookup: 'as-sku' }],
  customer: { from: 'partner' },
  prices: 'keep',
};
const LOGIN = {
  clientId: 'amzn1.application-oa2-client.test',
  clientSecret: 'amzn1.oa2-cs.v1.do-not-log-this-secret',
  refreshToken: 'Atzr|do-not-log-this-refresh-token',
};
const sellerId = () => `A${randomUUID().replaceAll('-', '').slice(0, 12).toUpperCase()}`;

/** A getOrders page of one order written from the Orders API v0 reference, with the little of the address that comes without a Restricted Data Token. */
function ordersPage(amazonOrderId: string): string {
  return JSON.stringify({
    payload: {
      Orders: [
        {
          AmazonOrderId: amazonOrderId,
          PurchaseDate: '2026-11-02T10:00:00Z',
          OrderStatus: 'Unshipped',
          OrderTotal: { CurrencyCode: 'USD', Amount: '10.00' },
          ShippingAddress: {
            Name: 'Dock 4',
            AddressLine1: '100 Commerce St',
            StateOrRegion: 'TX',
            PostalCode: '75226',
            City: 'Dallas',
            CountryCode: 'US',
          },
        },
      ],
    },
  });
}

async function amazonPartner(server: AmazonTestServer, connection: Record<string, unknown>): Promise<string> {
  return api.createPartner(
    {
      channel: 'amazon',
      identifiers: { sellerId: sellerId() },
      connection: {
        baseUrl: server.baseUrl,
        marketplaceIds: ['ATVPDKIKX0DER'],
        startFrom: '2026-11-01T00:00:00Z',
        ...connection,
      },
    },
    RULES,
  );
}

const pollOf = async (id: string) =>
  (await api.post(`/process/v1/partners/${id}/poll`).expect(200)).body as {
    polled: boolean;
    documentIds: string[];
    error?: string;
  };

describe('signing in to Amazon with Login with Amazon', () => {
  let server: AmazonTestServer;
  let id: string;
  const listing: AmazonListing = {
    orderPages: [ordersPage('111-1000000-0000001')],
    orderItems: {
      '111-1000000-0000001': [
        itemsPage('111-1000000-0000001', [{ id: '1', sku: 'HX-2201', quantity: 1, amount: '10.00' }]),
      ],
    },
  };
  beforeAll(async () => {
    server = await startAmazonTestServer({ login: LOGIN, listing });
    id = await amazonPartner(server, {
      lwaClientId: LOGIN.clientId,
      lwaClientSecret: LOGIN.clientSecret,
      lwaRefreshToken: LOGIN.refreshToken,
      lwaTokenUrl: `${server.baseUrl}/auth/o2/token`,
    });
  });
  afterAll(() => server.close());

  it('swaps the refresh token for an access token, keeps it for the next poll, and gets a new one when Amazon says it expired', async () => {
    expect((await pollOf(id)).error).toBeUndefined();
    const logins = () => server.requests.filter((request) => request.path === '/auth/o2/token');
    expect(logins()).toHaveLength(1);
    expect(Object.fromEntries(new URLSearchParams(logins()[0]!.body))).toEqual({
      grant_type: 'refresh_token',
      refresh_token: LOGIN.refreshToken,
      client_id: LOGIN.clientId,
      client_secret: LOGIN.clientSecret,
    });
    const apiCalls = () => server.requests.filter((request) => request.path.startsWith('/orders/'));
    expect(apiCalls().every((request) => request.headers['x-amz-access-token'] === 'Atza|issued-1')).toBe(true);

    await pollOf(id);
    expect(logins()).toHaveLength(1);

    server.expireAccessTokens();
    const before = apiCalls().length;
    expect((await pollOf(id)).error).toBeUndefined();
    expect(logins()).toHaveLength(2);
    expect(
      apiCalls()
        .slice(before)
        .map((request) => request.headers['x-amz-access-token']),
    ).toEqual(['Atza|issued-1', 'Atza|issued-2', 'Atza|issued-2']);
  });

  it('shows that the client secret and refresh token are set, never what they are, and never logs them', async () => {
    const partner = (await api.get(`/process/v1/partners/${id}`).expect(200)).body;
    expect(partner.connection).toMatchObject({
      lwaClientId: LOGIN.clientId,
      lwaClientSecretSet: true,
      lwaRefreshTokenSet: true,
      accessTokenSet: false,
    });
    expect(JSON.stringify(partner)).not.toContain(LOGIN.clientSecret);
    expect(JSON.stringify(partner)).not.toContain(LOGIN.refreshToken);
    expect(
      crossdock.logs.raw.some(
        (line) =>
          line.includes(LOGIN.clientSecret) || line.includes(LOGIN.refreshToken) || line.includes('Atza|issued'),
      ),
    ).toBe(false);
  });

  it('keeps the stored secrets when the partner is replaced without them, and still signs in', async () => {
    const current = await api.get(`/process/v1/partners/${id}`).expect(200);
    const { name, channel, customerId, identifiers, mapping, connection } = current.body;
    const { accessTokenSet, lwaClientSecretSet, lwaRefreshTokenSet, ...settings } = connection;
    await api
      .put(
        `/process/v1/partners/${id}`,
        { name, channel, customerId, identifiers, mapping, connection: { ...settings, pageSize: 50 } },
        current.headers.etag as string,
      )
      .expect(200);
    const replaced = (await api.get(`/process/v1/partners/${id}`).expect(200)).body;
    expect(replaced.connection).toMatchObject({ pageSize: 50, lwaClientSecretSet: true, lwaRefreshTokenSet: true });
    expect((await pollOf(id)).error).toBeUndefined();
  });
});

describe('buyer data with a Restricted Data Token', () => {
  it('asks the Tokens API for a token for the order’s address and buyer, and takes the ship-to and buyer from those answers', async () => {
    const orderId = '111-2000000-0000002';
    const server = await startAmazonTestServer({
      accessToken: ACCESS_TOKEN,
      listing: {
        orderPages: [ordersPage(orderId)],
        orderItems: { [orderId]: [itemsPage(orderId, [{ id: '2', sku: 'HX-2201', quantity: 1, amount: '10.00' }])] },
        addresses: {
          [orderId]: JSON.stringify({
            payload: {
              AmazonOrderId: orderId,
              ShippingAddress: {
                Name: 'Ann Lee',
                AddressLine1: '2400 Elm St',
                City: 'Dallas',
                StateOrRegion: 'TX',
                PostalCode: '75226',
                CountryCode: 'US',
              },
            },
          }),
        },
        buyerInfo: {
          [orderId]: JSON.stringify({
            payload: {
              AmazonOrderId: orderId,
              BuyerEmail: 'ann@marketplace.amazon.com',
              BuyerName: 'Ann Lee',
              PurchaseOrderNumber: 'PO-4711',
            },
          }),
        },
      },
    });
    try {
      const id = await amazonPartner(server, { accessToken: ACCESS_TOKEN, buyerData: true });
      const report = await pollOf(id);
      expect(report.error).toBeUndefined();
      const [rdtRequest] = server.requests.filter(
        (request) => request.path === '/tokens/2021-03-01/restrictedDataToken',
      );
      expect(JSON.parse(rdtRequest!.body)).toEqual({
        restrictedResources: [
          { method: 'GET', path: `/orders/v0/orders/${orderId}/address` },
          { method: 'GET', path: `/orders/v0/orders/${orderId}/buyerInfo` },
        ],
      });
      expect(
        server.requests
          .filter((request) => /\/(address|buyerInfo)$/.test(request.path))
          .map((request) => request.headers['x-amz-access-token']),
      ).toEqual(['Atz.sprdt|1', 'Atz.sprdt|1']);
      const document = await api.document(report.documentIds[0]!);
      expect(document.orders[0]!.canonicalOrder).toMatchObject({
        purchaseOrderNumber: 'PO-4711',
        shipTo: { name: 'Ann Lee', line1: '2400 Elm St', city: 'Dallas', region: 'TX' },
      });
    } finally {
      await server.close();
    }
  });
});

describe('an answer about another order than the one asked for', () => {
  it('reports the order as not taken, naming the order the answer was about, and places nothing for it', async () => {
    const orderId = '111-3000000-0000003';
    const server = await startAmazonTestServer({
      accessToken: ACCESS_TOKEN,
      listing: {
        orderPages: [ordersPage(orderId)],
        orderItems: {
          [orderId]: [itemsPage('999-9999999-9999999', [{ id: '3', sku: 'HX-2201', quantity: 5, amount: '50.00' }])],
        },
      },
    });
    try {
      const id = await amazonPartner(server, { accessToken: ACCESS_TOKEN });
      const report = await pollOf(id);
      const document = await api.document(report.documentIds[0]!);
      expect(document.orders).toEqual([]);
      expect(document.outcomes).toEqual([
        expect.objectContaining({
          sourceOrderId: orderId,
          problem: expect.objectContaining({ detail: expect.stringContaining('999-9999999-9999999') }),
        }),
      ]);
      expect(
        (await api.get(`/process/v1/orders?channel=amazon&sourceOrderId=${orderId}`).expect(200)).body.items,
      ).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('listing with searchOrders (Orders API v2026-01-01) when the partner is set to it', () => {
  it('asks with createdAfter and the buyer and recipient data, then the pagination token, and reads items and ship-to from the answer', async () => {
    const orderId = '111-4000000-0000004';
    const order = {
      orderId,
      createdTime: '2026-11-03T08:00:00Z',
      buyer: { buyerName: 'Bo Chan', buyerEmail: 'bo@marketplace.amazon.com', buyerPurchaseOrderNumber: 'PO-88' },
      recipient: {
        deliveryAddress: {
          name: 'Bo Chan',
          addressLine1: '1 Main St',
          city: 'Austin',
          stateOrRegion: 'TX',
          postalCode: '78701',
          countryCode: 'US',
        },
      },
      orderItems: [
        {
          orderItemId: '40',
          quantityOrdered: 3,
          product: { asin: 'B0TEST0040', sellerSku: 'HX-2201', title: 'Hex bolts' },
        },
      ],
    };
    const server = await startAmazonTestServer({
      accessToken: ACCESS_TOKEN,
      listing: {
        orderPages: [],
        orderItems: {},
        searchPages: [
          JSON.stringify({ orders: [order], pagination: { nextToken: 'search-2' } }),
          JSON.stringify({ orders: [] }),
        ],
      },
    });
    try {
      const id = await amazonPartner(server, { accessToken: ACCESS_TOKEN, ordersApi: '2026-01-01' });
      const report = await pollOf(id);
      expect(report.error).toBeUndefined();
      const asked = server.requests.map((request) => [
        request.path,
        request.query.get('createdAfter'),
        request.query.get('includedData'),
        request.query.get('paginationToken'),
      ]);
      expect(asked).toEqual([
        ['/orders/2026-01-01/orders', '2026-11-01T00:00:00Z', 'BUYER,RECIPIENT', null],
        ['/orders/2026-01-01/orders', null, null, 'search-2'],
      ]);
      const document = await api.document(report.documentIds[0]!);
      expect(document.kind).toBe('amazon-search-orders-page');
      expect(document.orders[0]!.canonicalOrder).toMatchObject({
        sourceOrderId: orderId,
        purchaseOrderNumber: 'PO-88',
        shipTo: {
          name: 'Bo Chan',
          line1: '1 Main St',
          city: 'Austin',
          region: 'TX',
          postalCode: '78701',
          country: 'US',
        },
        lines: [{ lineNumber: 1, sku: 'HX-2201', quantity: 3 }],
      });
      const partner = (await api.get(`/process/v1/partners/${id}`).expect(200)).body;
      expect(partner.poller.cursor).toEqual({ createdAfter: '2026-11-03T08:00:00Z' });
    } finally {
      await server.close();
    }
  });
});
