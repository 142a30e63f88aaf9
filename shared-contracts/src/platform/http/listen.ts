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
 * How long a server keeps an idle kept-alive connection open. Above the 60 s idle timeout of common
 * load balancers, so that it is always the client end that closes an idle connection: a server
 * closing one just as the client reuses it makes the client's request fail with a reset.
 */
export const SERVER_KEEP_ALIVE_TIMEOUT_MS = 65_000;
/** How long a client (the gateway, a tier calling the tier below) keeps an idle connection for reuse. */
export const CLIENT_IDLE_SOCKET_TIMEOUT_MS = 30_000;

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
            server.close(() => done());
            server.closeIdleConnections();
          }),
      });
    });
  });
}
