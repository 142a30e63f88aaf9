import { UpstreamUnavailableError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ErpAdapter } from './ports/erp-adapter';

/** Faults to put in front of the ERP, for testing how Crossdock copes with a slow or failing one. */
export interface ErpFaults {
  /** Added to every ERP call. */
  latencyMs: number;
  /** The share of calls (0 to 1) that fail as if the ERP had timed out. */
  failureRate: number;
  /** Every call fails: the ERP is down. */
  down: boolean;
  /**
   * Only these calls (`salesOrders.create`, `inventory.reserve`, ...) fail, every time: a partial
   * outage, for proving what happens when one step fails after others succeeded. A call named
   * here also fails when asked for many at once (`salesOrders.createMany`).
   */
  failing?: string[];
}

export const NO_FAULTS: ErpFaults = { latencyMs: 0, failureRate: 0, down: false };

export interface FaultDeps {
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** The adapter's ports, by name: what wrappers of every ERP call go through. */
export const PORTS = [
  'customers',
  'items',
  'inventory',
  'pricing',
  'credit',
  'salesOrders',
  'shipments',
  'invoices',
  'returns',
  'imports',
] as const;

/**
 * Wraps an adapter so each call first waits `latencyMs`, then fails when the ERP is `down`, when
 * the call is `failing`, or by chance at `failureRate`. Failures are transient (503 to callers),
 * exactly what a real ERP's outage looks like from above, so retries, circuit breakers and dead
 * letters can be exercised. The settings are read at every call: a test may change them while
 * the platform runs (the ERP comes back).
 */
export function withFaults(adapter: ErpAdapter, faults: ErpFaults, deps: FaultDeps = {}): ErpAdapter {
  const random = deps.random ?? Math.random;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const beforeCall = async (what: string) => {
    if (faults.latencyMs > 0) await sleep(faults.latencyMs);
    if (faults.down || faults.failing?.includes(what) || faults.failing?.includes(what.replace(/Many$/, '')))
      throw new UpstreamUnavailableError(adapter.name, `The ERP is down (fault injection) during ${what}.`);
    if (random() < faults.failureRate)
      throw new UpstreamUnavailableError(adapter.name, `The ERP failed (fault injection) during ${what}.`);
  };
  const wrapped: Record<string, unknown> = {
    name: adapter.name,
    close: () => adapter.close(),
    ping: async () => (await beforeCall('ping'), adapter.ping()),
  };
  for (const portName of PORTS)
    wrapped[portName] = wrapPort((adapter[portName] ?? {}) as unknown as Record<string, unknown>, portName, beforeCall);
  return wrapped as unknown as ErpAdapter;
}

function wrapPort(
  port: Record<string, unknown>,
  portName: string,
  beforeCall: (what: string) => Promise<void>,
): Record<string, unknown> {
  const wrapped: Record<string, unknown> = {};
  for (const [method, fn] of Object.entries(port)) {
    if (typeof fn !== 'function') continue;
    const what = `${portName}.${method}`;
    wrapped[method] =
      method === 'streamChanged'
        ? (...args: unknown[]) => faultyStream(() => fn.apply(port, args) as AsyncIterable<unknown>, what, beforeCall)
        : async (...args: unknown[]) => {
            await beforeCall(what);
            return fn.apply(port, args);
          };
  }
  return wrapped;
}

async function* faultyStream(
  open: () => AsyncIterable<unknown>,
  what: string,
  beforeCall: (what: string) => Promise<void>,
): AsyncIterable<unknown> {
  await beforeCall(what);
  yield* open();
}
