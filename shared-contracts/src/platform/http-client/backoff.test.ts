import { describe, expect, it } from 'vitest';
import { backoffDelayMs, retryAfterMs } from './backoff';

const schedule = { baseDelayMs: 100, maxDelayMs: 1000 };

describe('backoffDelayMs', () => {
  it('doubles the ceiling with each retry', () => {
    const highest = (retryIndex: number) => backoffDelayMs(retryIndex, schedule, () => 1);
    expect([0, 1, 2, 3].map(highest)).toEqual([100, 200, 400, 800]);
  });

  it('never exceeds maxDelayMs, even after many retries', () => {
    expect(backoffDelayMs(50, schedule, () => 1)).toBe(1000);
    expect(backoffDelayMs(5000, schedule, () => 1)).toBe(1000);
  });

  it('draws anywhere from zero to the ceiling (full jitter)', () => {
    expect(backoffDelayMs(2, schedule, () => 0)).toBe(0);
    expect(backoffDelayMs(2, schedule, () => 0.25)).toBe(100);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2030-01-01T00:00:00Z');

  it('reads delay-seconds', () => {
    expect(retryAfterMs('2', now)).toBe(2000);
    expect(retryAfterMs(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP-date relative to now, and a past date as no wait', () => {
    expect(retryAfterMs('Tue, 01 Jan 2030 00:00:10 GMT', now)).toBe(10_000);
    expect(retryAfterMs('Mon, 31 Dec 2029 23:59:00 GMT', now)).toBe(0);
  });

  it('ignores an absent or unreadable header', () => {
    expect(retryAfterMs(undefined, now)).toBeUndefined();
    expect(retryAfterMs('', now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs('-5', now)).toBeUndefined();
  });
});
