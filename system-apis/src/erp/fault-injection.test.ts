import { describe, expect, it } from 'vitest';
import { UpstreamUnavailableError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ErpAdapter } from './ports/erp-adapter';
import { NO_FAULTS, withFaults } from './fault-injection';

// A stand-in ERP that answers at once: what is under test is the wrapper, not an ERP.
const healthyErp = {
  name: 'stand-in',
  customers: {
    get: async (id: string) => ({ value: { id }, version: '1' }),
    streamChanged: async function* () {
      yield { id: 'C-1' };
    },
  },
  ping: async () => undefined,
  close: async () => undefined,
} as unknown as ErpAdapter;

describe('fault injection in front of the ERP', () => {
  it('answers as the ERP does when no fault is configured', async () => {
    expect(await withFaults(healthyErp, NO_FAULTS).customers.get('C-1')).toEqual({
      value: { id: 'C-1' },
      version: '1',
    });
  });

  it('fails only the calls named as failing, and follows changes while running', async () => {
    const faults = { ...NO_FAULTS, failing: ['customers.get'] };
    const erp = withFaults(healthyErp, faults);
    await expect(erp.customers.get('C-1')).rejects.toBeInstanceOf(UpstreamUnavailableError);
    await expect(erp.ping()).resolves.toBeUndefined();
    faults.failing = [];
    await expect(erp.customers.get('C-1')).resolves.toMatchObject({ version: '1' });
  });

  it('fails every call, as transient, when the ERP is down', async () => {
    const erp = withFaults(healthyErp, { ...NO_FAULTS, down: true });
    const failure = await erp.customers.get('C-1').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UpstreamUnavailableError);
    expect((failure as UpstreamUnavailableError).transient).toBe(true);
    expect((failure as UpstreamUnavailableError).status).toBe(503);
  });

  it('fails the share of calls the failure rate says', async () => {
    const draws = [0.1, 0.9, 0.2, 0.7];
    const erp = withFaults(healthyErp, { ...NO_FAULTS, failureRate: 0.5 }, { random: () => draws.shift()! });
    const outcomes = await Promise.all(
      [1, 2, 3, 4].map(() =>
        erp.customers.get('C-1').then(
          () => 'ok',
          () => 'failed',
        ),
      ),
    );
    expect(outcomes).toEqual(['failed', 'ok', 'failed', 'ok']);
  });

  it('adds the configured latency before each call, streams included', async () => {
    const waits: number[] = [];
    const erp = withFaults(healthyErp, { ...NO_FAULTS, latencyMs: 250 }, { sleep: async (ms) => void waits.push(ms) });
    await erp.customers.get('C-1');
    const streamed = [];
    for await (const customer of erp.customers.streamChanged(new Date(0))) streamed.push(customer);
    expect(streamed).toEqual([{ id: 'C-1' }]);
    expect(waits).toEqual([250, 250]);
  });
});
