import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { createLogger, type Logger } from '../platform/logging/logger';

/**
 * Test support for the client kit's tests (not exported for production use): a real HTTP server on
 * 127.0.0.1 that answers from a script, and helpers around it.
 */

/** What the test server received. */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One scripted answer; `'hang'` never answers (for timeouts). */
export type ScriptedReply = { status: number; headers?: Record<string, string>; body?: unknown } | 'hang';

export interface TestUpstream {
  baseUrl: string;
  /** Every request received, in order; its length is the number of hits. */
  received: ReceivedRequest[];
  close(): Promise<void>;
}

/**
 * Starts a server answering the n-th request with `replies[n]`, and with the last reply once the
 * script runs out (so `[{ status: 503 }]` answers 503 for ever). `port` brings an upstream back
 * where a closed one listened (0 picks a free port).
 */
export async function startTestUpstream(replies: ScriptedReply[], port = 0): Promise<TestUpstream> {
  const received: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const reply = replies[Math.min(received.length - 1, replies.length - 1)] ?? { status: 200 };
      if (reply === 'hang') return;
      const body =
        reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      const contentType =
        reply.body === undefined || typeof reply.body === 'string' ? {} : { 'content-type': 'application/json' };
      response.writeHead(reply.status, { ...contentType, ...reply.headers });
      response.end(body);
    });
  });
  await listen(server, port);
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => closeServer(server),
  };
}

/** A base URL nothing listens on: a port that was just free, released again. */
export async function refusedBaseUrl(): Promise<string> {
  const server = createServer();
  await listen(server);
  const { port } = server.address() as AddressInfo;
  await closeServer(server);
  return `http://127.0.0.1:${port}`;
}

/** A `sleep` port that returns at once and remembers what it was asked to wait. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; delays: number[] } {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
}

/** A real logger whose JSON lines the test can read back. */
export function capturingLogger(): { logger: Logger; lines: () => Record<string, unknown>[]; text: () => string } {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  const text = () => chunks.join('');
  const lines = () =>
    text()
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger: createLogger({ service: 'http-client-test', level: 'debug', stream }), lines, text };
}

function listen(server: Server, port = 0): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

function closeServer(server: Server): Promise<void> {
  // A hanging reply keeps its socket open; close it, or close() waits for ever.
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
