/**
 * Test support for the pipeline's ERP-outage tests (not a test file): an ERP behind a system tier
 * that can be stopped (connections refused) or left running with its ERP away (503 to every call,
 * `/health` included, as the system tier answers when its ERP does not), and a saga whose steps
 * call it through the real client kit (retries, circuit breaker).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import { createUpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import type { ProcessDatabase } from '../database';
import { systemTierProbe } from './erp-probe';
import type { ErpProbe } from './pipeline-deps';
import type { Saga } from './saga';
import { outcomeOfError, STEP_IDS, type StepOutcome } from './step';

export type ErpState = 'up' | 'erpDown' | 'stopped';

export interface ErpDouble {
  baseUrl: string;
  /** Order ids in the order the ERP took them; each once (the submit is idempotent on its key). */
  submitted: string[];
  /** Order ids holding a reservation now. */
  reservations: Set<string>;
  /** Orders the ERP refuses with a 500 while it answers everything else: poison orders. */
  poison: Set<string>;
  /** Called as an order is submitted, before the answer: a test may take the ERP away then. */
  onSubmit?: (orderId: string) => void;
  state(next: ErpState): Promise<void>;
  close(): Promise<void>;
}

export async function startErpDouble(): Promise<ErpDouble> {
  let erpDown = false;
  let server: Server | undefined;
  const double: ErpDouble = {
    baseUrl: '',
    submitted: [],
    reservations: new Set(),
    poison: new Set(),
    state: async (next) => {
      erpDown = next === 'erpDown';
      if (next === 'stopped' && server) {
        const closing = new Promise((resolve) => server!.close(resolve));
        server.closeAllConnections();
        await closing;
        server = undefined;
      } else if (next !== 'stopped' && !server) server = await listen(handler, port);
    },
    close: () => double.state('stopped'),
  };
  const handler = (request: IncomingMessage, response: ServerResponse, body: string) => {
    const answer = (status: number, data?: unknown) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data ?? {}));
    if (erpDown) return answer(503, { type: 'urn:crossdock:problem:upstream-unavailable', title: 'ERP down' });
    const orderId = (JSON.parse(body || '{}') as { orderId?: string }).orderId ?? request.url!.split('/').at(-1)!;
    if (request.url === '/health') return answer(200, { status: 'up' });
    if (request.method === 'POST' && request.url === '/reservations') double.reservations.add(orderId);
    else if (request.method === 'DELETE') double.reservations.delete(orderId);
    else if (double.poison.has(orderId)) return answer(500, { message: 'a bug meets this order' });
    else {
      double.onSubmit?.(orderId);
      if (erpDown) return answer(503, { title: 'ERP down' });
      if (!double.submitted.includes(orderId)) double.submitted.push(orderId);
    }
    answer(200, { orderId });
  };
  server = await listen(handler, 0);
  const port = (server.address() as AddressInfo).port;
  double.baseUrl = `http://127.0.0.1:${port}`;
  return double;
}

function listen(handle: (request: IncomingMessage, response: ServerResponse, body: string) => void, port: number) {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => handle(request, response, body));
  });
  return new Promise<Server>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/**
 * The saga's six steps against the double: reserve holds stock for each order (given back by its
 * compensation), submit sends each order, in the batch's order; the others only go on. The calls
 * go through the client kit as the system API's do, and its probe asks the double's `/health`.
 */
export function erpSaga(baseUrl: string, logger: Logger): { saga: Saga; erpAnswers: ErpProbe; shutdown(): void } {
  const kit = { baseUrl, timeoutMs: 1000, logger, retry: { maxRetries: 1, baseDelayMs: 5, maxDelayMs: 10 } };
  const client = createUpstreamClient({ ...kit, name: 'system-apis', breaker: { resetTimeoutMs: 200 } });
  const health = createUpstreamClient({ ...kit, name: 'system-apis (health)', retry: { maxRetries: 0 } });
  const perOrder =
    (call: (orderId: string) => Promise<unknown>) =>
    async (_context: unknown, orders: readonly { order: { id: string } }[]): Promise<StepOutcome[]> => {
      const outcomes: StepOutcome[] = [];
      for (const { order } of orders)
        outcomes.push(await call(order.id).then((): StepOutcome => ({ kind: 'next' }), outcomeOfError));
      return outcomes;
    };
  const post = (path: string) => (orderId: string) =>
    client.post(path, { body: { orderId }, headers: { 'Idempotency-Key': `${path}-${orderId}` } });
  const saga: Saga = STEP_IDS.map((id) => {
    if (id === 'reserve')
      return {
        id,
        invoke: perOrder(post('/reservations')),
        compensate: async (_context, order) => void (await client.delete(`/reservations/${order.id}`)),
      };
    if (id === 'submit')
      return { id, invoke: perOrder(async (orderId) => post('/orders')(orderId)), compensate: undefined };
    return { id, invoke: async (_context, orders) => orders.map(() => ({ kind: 'next' as const })) };
  });
  return {
    saga,
    erpAnswers: systemTierProbe(health, 0),
    shutdown: () => {
      client.shutdown();
      health.shutdown();
    },
  };
}

/** Stores an order of `customerId`, received at `at`, with its job ready at validate. */
export async function storeReadyOrder(db: ProcessDatabase, customerId: string, at: Date): Promise<string> {
  const id = randomUUID();
  await db.order.create({
    data: {
      id,
      channel: 'api',
      sourceOrderId: id,
      customerId,
      status: 'RECEIVED',
      received: {},
      correlationId: `test-${id}`,
      createdBy: 'test',
      createdAt: at,
    },
  });
  await db.pipelineJob.create({ data: { orderId: id, step: 'validate', state: 'ready', runAt: at } });
  return id;
}
