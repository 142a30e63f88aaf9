import { UpstreamUnavailableError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { PORTS } from '../fault-injection';
import type { ErpAdapter } from '../ports/erp-adapter';

// Prisma: the server cannot be reached, did not answer in time, closed the connection; no pooled
// connection came in time. node-postgres: the socket's own codes, and the server shutting down or
// starting up (SQLSTATE class 08, connection exceptions, and 57P01-57P03).
const PRISMA_CODES: ReadonlySet<string> = new Set(['P1001', 'P1002', 'P1017', 'P2024']);
const SOCKET_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);
const SERVER_GONE = /^(08...|57P0[123])$/;
// What Prisma's driver adapter says under another code (P2010, a raw query that failed).
const ADAPTER_KINDS: ReadonlySet<string> = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout']);

/** Whether an error says the reference ERP's database could not be reached, rather than refusing a query. */
export function isDatabaseUnreachable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, meta } = error as { code?: unknown; message?: unknown; meta?: unknown };
  if (typeof code === 'string' && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SERVER_GONE.test(code)))
    return true;
  const kind = (meta as { driverAdapterError?: { cause?: { kind?: unknown } } } | undefined)?.driverAdapterError?.cause
    ?.kind;
  if (typeof kind === 'string' && ADAPTER_KINDS.has(kind)) return true;
  return typeof message === 'string' && /^Connection terminated/.test(message);
}

/**
 * The reference ERP whose database cannot be reached answers as any ERP that is down: an
 * UpstreamUnavailableError (503 to the system tier's callers, who wait for it), not a 500 that
 * would count against the order. Every other error goes through as it was.
 */
export function withDatabaseUnreachableAsUnavailable(adapter: ErpAdapter): ErpAdapter {
  const unavailable = (error: unknown) =>
    isDatabaseUnreachable(error)
      ? new UpstreamUnavailableError('reference ERP', "The reference ERP's database cannot be reached.", error)
      : error;
  const guard = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      throw unavailable(error);
    }
  };
  const wrapped: Record<string, unknown> = { ...adapter, ping: () => guard(() => adapter.ping()) };
  for (const portName of PORTS) {
    const port = adapter[portName] as unknown as Record<string, unknown> | undefined;
    if (!port) continue;
    const guarded: Record<string, unknown> = {};
    for (const [method, fn] of Object.entries(port))
      guarded[method] =
        typeof fn !== 'function' || method === 'streamChanged'
          ? fn
          : (...args: unknown[]) => guard(() => fn.apply(port, args) as Promise<unknown>);
    wrapped[portName] = guarded;
  }
  return wrapped as unknown as ErpAdapter;
}
