/**
 * Slow clients: a hundred callers from one address, each sending its request a byte every 200 ms, take
 * no more of the gateway than gateway.yaml's connectionsPerClient allows, while a caller at another
 * address is answered as usual; each slow one is cut off at the request's time limit. Run against the
 * embedded default, so the limits are proven where `pnpm start` applies them; with short limits, so it
 * takes seconds.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAnswer, slowClient } from '../../gateway/src/http/slow-client';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';
import { waitUntil } from '../support/wait-until';

const SLOW_CLIENTS = 100;
const PER_CLIENT = 20;

let crossdock: TestPlatform;
beforeAll(async () => {
  crossdock = await startTestPlatform({
    gateway: (config) => ({
      ...config,
      limits: { ...config.limits, headersTimeoutMs: 3000, requestTimeoutMs: 3000, connectionsPerClient: PER_CLIENT },
    }),
  });
});
afterAll(() => crossdock?.close());

/** An ordinary caller: a whole request at once, from `localAddress`; answers the status it got. */
function ordinaryCall(path: string, localAddress: string): Promise<number> {
  const authorization = `Bearer ${crossdock.token({ subject: 'operator', scopes: ['process:read'] })}`;
  return new Promise((resolve, reject) => {
    const call = request(`${crossdock.platform.url}${path}`, {
      localAddress,
      headers: { authorization },
      agent: false,
    });
    call.on('response', (answer) => answer.resume().on('end', () => resolve(answer.statusCode ?? 0)));
    call.on('error', reject);
    call.end();
  });
}

describe(`${SLOW_CLIENTS} slow clients from one address`, () => {
  it(`hold at most ${PER_CLIENT} connections, each cut at the time limit with 408, and cannot starve a caller elsewhere`, async () => {
    const slow = await Promise.all(
      Array.from({ length: SLOW_CLIENTS }, () => slowClient(crossdock.platform.url, '127.0.0.1')),
    );
    const trickles = slow.map((client) =>
      client.trickle('POST /process/v1/orders HTTP/1.1\r\nHost: gateway\r\nContent-Length: 2\r\n\r\n{}', 200),
    );

    // Those over the limit are closed at once; the others are held by their slow senders meanwhile.
    await waitUntil(
      async () => slow.filter((client) => client.isClosed()).length,
      (closed) => closed >= SLOW_CLIENTS - PER_CLIENT,
      { what: 'the connections over the limit to be closed' },
    );
    const held = slow.filter((client) => !client.isClosed());
    const calls = Array.from({ length: 10 }, () => ordinaryCall('/process/v1/orders?limit=1', '127.0.0.2'));
    expect(await Promise.all(calls)).toEqual(calls.map(() => 200));
    expect(held).toHaveLength(PER_CLIENT);
    expect(held.filter((client) => client.isClosed())).toEqual([]);

    // Refused unanswered (nothing was read to answer), or answered 408 when their time ran out.
    const outcomes = await Promise.all(slow.map(async (client) => parseAnswer(await client.closed).status));
    expect(outcomes.filter((status) => status === 0)).toHaveLength(SLOW_CLIENTS - PER_CLIENT);
    expect(outcomes.filter((status) => status === 408)).toHaveLength(PER_CLIENT);
    await Promise.all(trickles);
    // Their connections gone, the slow clients' address is served again.
    expect(await ordinaryCall('/process/v1/orders?limit=1', '127.0.0.1')).toBe(200);
  });
});
