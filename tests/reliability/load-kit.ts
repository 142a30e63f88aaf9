/**
 * What the reliability runs send and who sends it, through the gateway as real callers would: a
 * buyer at the portal, an integration on the process API, a trading partner's VAN with X12 850s.
 * A caller that hears nothing (a tier killed mid-request) sends the same order again, with the same
 * key or the same document, as real clients do; an order counts as accepted once any answer said so.
 * Not a test file.
 */
import { randomUUID } from 'node:crypto';
import { signToken } from '@crossdock/shared-contracts/platform/auth/tokens';
import { purchaseOrderInterchange } from '../support/x12';
import { anOrder } from '../support/order-pipeline';
import { TEST_TOKENS } from '../support/test-platform';

const bearer = (claims: Parameters<typeof signToken>[1]) => `Bearer ${signToken(TEST_TOKENS, claims)}`;
export const OPERATOR = bearer({
  subject: 'integration-team',
  scopes: ['process:read', 'process:write', 'system:read', 'system:write'],
});
const BUYER = bearer({ subject: 'buyer@acme.example', scopes: ['portal:write', 'portal:read'], customerId: 'C-1001' });
const VAN = bearer({ subject: 'van-gateway', scopes: ['process:write'] });

/** Units per order line: every order of a run asks for as many of the run's item. */
export const UNITS = 2;

export type Channel = 'portal' | 'api' | 'x12';

export interface Placed {
  channel: Channel;
  /** The last answer's status (0: no answer at all). */
  status: number;
  sentAt: number;
  /** The caller's own reference: the portal's Idempotency-Key, the API's source order id, the PO number. */
  reference: string;
  /** The process order's id, when the answer gave it. */
  orderId?: string;
  during: boolean;
}

export const accepted = (placed: Placed) => placed.status >= 200 && placed.status < 300;

export async function post(gatewayUrl: string, path: string, authorization: string, body: string, headers = {}) {
  return fetch(`${gatewayUrl}${path}`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json', ...headers },
    body,
    signal: AbortSignal.timeout(30_000),
  });
}

/** An item of the run's own, priced and stocked, so every unit allocated of it is the run's. */
export async function stockAnItem(gatewayUrl: string): Promise<string> {
  const sku = `RUN-${randomUUID().slice(0, 8).toUpperCase()}`;
  const steps: [string, object][] = [
    [
      '/system/v1/items',
      {
        sku,
        description: 'Reliability run item',
        status: 'active',
        baseUom: 'EA',
        alternateUoms: [],
        returnable: true,
      },
    ],
    [
      '/system/v1/price-lists/PL-STANDARD/entries',
      { sku, uom: 'EA', minimumQuantity: 1, unitPrice: '0.10', effectiveFrom: '2026-01-01' },
    ],
    [
      '/system/v1/inventory/movements',
      { sku, warehouseId: 'WH-DAL', kind: 'receipt', quantity: 1_000_000, reason: 'reliability run stock' },
    ],
  ];
  for (const [path, body] of steps) {
    const answer = await post(gatewayUrl, path, OPERATOR, JSON.stringify(body));
    if (answer.status !== 201) throw new Error(`${path} answered ${answer.status}: ${await answer.text()}`);
  }
  return sku;
}

/** An X12 partner for C-1002 whose 850s name the item by its SKU (VP); answers its ISA sender id. */
export async function anX12Partner(gatewayUrl: string): Promise<string> {
  const sender = `S${randomUUID().replace(/-/g, '').toUpperCase()}`.slice(0, 15);
  const id = `p-x12-${randomUUID().slice(0, 8)}`;
  const rules = { productIds: [{ qualifier: 'VP', lookup: 'as-sku' }], customer: { from: 'partner' }, prices: 'keep' };
  const mapping = await post(
    gatewayUrl,
    `/process/v1/mappings/m-${id}/versions`,
    OPERATOR,
    JSON.stringify({ description: 'run', rules }),
  );
  const { version } = (await mapping.json()) as { version: number };
  const identifiers = {
    x12: { senderQualifier: 'ZZ', senderId: sender, receiverQualifier: 'ZZ', receiverId: 'CROSSDOCK' },
  };
  const partner = {
    id,
    name: `Run partner ${id}`,
    channel: 'x12',
    customerId: 'C-1002',
    identifiers,
    mapping: { name: `m-${id}`, version },
  };
  const created = await post(gatewayUrl, '/process/v1/partners', OPERATOR, JSON.stringify(partner));
  if (created.status !== 201) throw new Error(`partner: ${created.status} ${await created.text()}`);
  return sender;
}

/** What a caller sends for one order, the same body each time it sends it again. */
function orderBody(channel: Channel, reference: string, sku: string, x12Sender?: string) {
  if (channel === 'portal') return JSON.stringify({ lines: [{ sku, quantity: UNITS }] });
  if (channel === 'api')
    return JSON.stringify(anOrder('C-1002', [{ sku, quantity: UNITS }], { sourceOrderId: reference }));
  // Each interchange a control number of its own, kept when it is sent again.
  const interchangeControlNumber = String((nextControlNumber += 1)).padStart(9, '0');
  return purchaseOrderInterchange(x12Sender!, reference, [`PO1*1*${UNITS}*EA*0.10**VP*${sku}`], {
    interchangeControlNumber,
  });
}
let nextControlNumber = 100_000;

const ROUTES: Record<Channel, { path: string; authorization: string; contentType: string }> = {
  portal: { path: '/experience/portal/v1/orders', authorization: BUYER, contentType: 'application/json' },
  api: { path: '/process/v1/orders', authorization: OPERATOR, contentType: 'application/json' },
  x12: { path: '/process/v1/inbound/x12', authorization: VAN, contentType: 'application/edi-x12' },
};

async function sendOnce(channel: Channel, gatewayUrl: string, reference: string, body: string) {
  const route = ROUTES[channel];
  const headers = {
    'content-type': route.contentType,
    ...(channel === 'portal' ? { 'idempotency-key': reference } : {}),
  };
  const answer = await post(gatewayUrl, route.path, route.authorization, body, headers);
  if (channel === 'api') return { status: answer.status, orderId: ((await answer.json()) as { id?: string }).id };
  await answer.arrayBuffer();
  return { status: answer.status, orderId: answer.headers.get('location')?.split('/').pop() };
}

/** Sends one order, again with the same reference and body while no answer comes back (up to `tries`). */
export async function placeOrder(
  gatewayUrl: string,
  order: { channel: Channel; sku: string; during: boolean; x12Sender?: string; tries?: number },
): Promise<Placed> {
  const reference = order.channel === 'x12' ? `PO${Date.now()}${Math.floor(Math.random() * 1000)}` : randomUUID();
  const body = orderBody(order.channel, reference, order.sku, order.x12Sender);
  const sentAt = Date.now();
  let last: { status: number; orderId?: string } = { status: 0 };
  for (let attempt = 0; attempt < (order.tries ?? 1); attempt += 1) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 1000));
    last = await sendOnce(order.channel, gatewayUrl, reference, body).catch(() => ({ status: 0 }));
    if (last.status !== 0 && last.status < 500) break;
  }
  return { channel: order.channel, reference, sentAt, during: order.during, ...last };
}
