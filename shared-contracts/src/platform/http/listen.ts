import type { Express } from 'express';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RunningServer {
  url: string;
  port: number;
  /** Stops taking connections and waits for in-flight requests to finish. */
  close(): Promise<void>;
}

/**
 * How long a server keeps an idle kept-alive connection open (Node's own default). A longer one held a
 * tier's shutdown for as long, waiting on connections that were busy when it began.
 */
export const SERVER_KEEP_ALIVE_TIMEOUT_MS = 5_000;
/**
 * How long a client (the gateway, a tier calling the tier below) keeps an idle connection for reuse:
 * below the server's, so it is the client end that closes an idle connection, never a server closing
 * one just as the client reuses it (the gateway resends once when that still happens).
 */
export const CLIENT_IDLE_SOCKET_TIMEOUT_MS = 4_000;

/** How long a client may take over its request, and how long a connection may stay silent. */
export interface ServerLimits {
  /** From the connection (or the request's first byte) to the end of its headers. */
  headersTimeoutMs: number;
  /** From the request's first byte to the end of its body. Node answers 408 and closes past either. */
  requestTimeoutMs: number;
  /** An idle kept-alive connection between two requests. */
  keepAliveTimeoutMs: number;
  /** No byte either way for this long — a client that stopped reading its answer too — and the socket is dropped. */
  idleTimeoutMs: number;
  /** All of a request's header lines together (Node answers 431 over it); Node's 16 KiB when absent. */
  maxHeaderBytes?: number;
  /** Header lines Node keeps of a request (Node's 2000 when absent); beyond it, it drops them silently. */
  maxHeadersCount?: number;
}

/**
 * The tiers' limits: they are reached through the gateway only, which has read each request whole before it
 * forwards it, so these only keep a stuck socket from living forever. The idle limit is above every timeout a
 * caller of a tier uses (the gateway's upstreamTimeoutMs is 30 s), so it never cuts a slow answer short.
 */
export const TIER_SERVER_LIMITS: ServerLimits = {
  // Node's advice: above keepAliveTimeout, so a slow reused connection is not cut mid-headers.
  headersTimeoutMs: SERVER_KEEP_ALIVE_TIMEOUT_MS + 1000,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: SERVER_KEEP_ALIVE_TIMEOUT_MS,
  idleTimeoutMs: 120_000,
};

export interface ListenOptions {
  limits?: ServerLimits;
  /** Called with the server before it listens (to watch its connections, say). */
  configure?: (server: Server) => void;
}

/** Listens on `host:port` (port 0 picks a free one) and answers where it is. */
export function listen(
  app: Express,
  port: number,
  host = '127.0.0.1',
  options: ListenOptions = {},
): Promise<RunningServer> {
  const limits = options.limits ?? TIER_SERVER_LIMITS;
  const server: Server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      maxHeaderSize: limits.maxHeaderBytes,
      // Node looks for requests past their time every 30 s by default: a 20 s limit could last 50 s.
      connectionsCheckingInterval: Math.min(1000, Math.ceil(limits.headersTimeoutMs / 4)),
    },
    app,
  );
  server.setTimeout(limits.idleTimeoutMs);
  if (limits.maxHeadersCount !== undefined) server.maxHeadersCount = limits.maxHeadersCount;
  options.configure?.(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host);
    server.once('listening', () => {
      const address = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${address.port}`,
        port: address.port,
        close: () =>
          new Promise<void>((done) => {
            // A connection still answering when close began turns idle afterwards, and keep-alive would
            // hold it (and so the close) for SERVER_KEEP_ALIVE_TIMEOUT_MS: drop idle ones as they appear.
            const sweep = setInterval(() => server.closeIdleConnections(), 100);
            server.close(() => {
              clearInterval(sweep);
              done();
            });
            server.closeIdleConnections();
          }),
      });
    });
  });
}
