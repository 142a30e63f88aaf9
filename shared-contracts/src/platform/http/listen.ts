import type { Express } from 'express';
import type { Server } from 'node:http';
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

/** Listens on `host:port` (port 0 picks a free one) and answers where it is. */
export function listen(app: Express, port: number, host = '127.0.0.1'): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server: Server = app.listen(port, host);
    server.keepAliveTimeout = SERVER_KEEP_ALIVE_TIMEOUT_MS;
    // Node's advice: above keepAliveTimeout, so a slow reused connection is not cut mid-headers.
    server.headersTimeout = SERVER_KEEP_ALIVE_TIMEOUT_MS + 1000;
    server.once('error', reject);
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
