import type { RequestHandler } from 'express';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { ServerLimits } from '@crossdock/shared-contracts/platform/http/listen';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import type { ClientLimits } from '../config/gateway-config';
import { RequestHeadersTooLargeError } from './client-errors';

/** gateway.yaml's limits as Node's server options. */
export function gatewayServerLimits(limits: ClientLimits): ServerLimits {
  return {
    headersTimeoutMs: limits.headersTimeoutMs,
    requestTimeoutMs: limits.requestTimeoutMs,
    keepAliveTimeoutMs: limits.keepAliveTimeoutMs,
    idleTimeoutMs: limits.idleTimeoutMs,
    maxHeaderBytes: limits.maxHeaderBytes,
    // Node keeps at least this many of a request's header lines and may drop the rest silently: one over the
    // limit, so that refuseHeaderFloods always sees a request that went over, and refuses it instead of
    // forwarding it cut short.
    maxHeadersCount: limits.maxHeadersCount + 1,
  };
}

/** Refuses (431) a request with more header lines than gateway.yaml's maxHeadersCount. */
export function refuseHeaderFloods(maxHeadersCount: number): RequestHandler {
  return (request, _response, next) => {
    if (request.rawHeaders.length / 2 <= maxHeadersCount) return next();
    next(new RequestHeadersTooLargeError(`The request has more than ${maxHeadersCount} header lines.`));
  };
}

/**
 * Closes a connection at once when its address already has `maxPerClient` open (0: no limit), so that
 * one client's slow or idle connections cannot take every socket the gateway can hold. It is closed, not
 * answered: an answer would mean reading the request, which is just what a slow client holds back. Node's
 * own maxConnections counts all clients together, and no maintained package counts them per address.
 */
export function limitConnectionsPerClient(server: Server, maxPerClient: number, logger: Logger): void {
  if (maxPerClient === 0) return;
  const open = new Map<string, number>();
  const refusing = new Set<string>();
  server.on('connection', (socket: Socket) => {
    const client = socket.remoteAddress;
    if (client === undefined) return void socket.destroy();
    const count = open.get(client) ?? 0;
    if (count >= maxPerClient) {
      // Once per flood, and without the address: it is the caller's, and logs keep no personal data.
      if (!refusing.has(client))
        logger.warn('connections refused: a client holds as many as limits.connectionsPerClient allows', {
          connectionsPerClient: maxPerClient,
        });
      refusing.add(client);
      socket.destroy();
      return;
    }
    open.set(client, count + 1);
    socket.once('close', () => {
      const left = (open.get(client) ?? 1) - 1;
      if (left > 0) open.set(client, left);
      else open.delete(client);
      refusing.delete(client);
    });
  });
}
