import { describe, expect, it } from 'vitest';
import { backoffDelayMs, EQUAL_JITTER, retryAfterMs } from './backoff';

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

  it('keeps half the ceiling and draws the other half with equal jitter (the queues)', () => {
    const equal = { ...schedule, jitter: EQUAL_JITTER };
    expect(backoffDelayMs(2, equal, () => 0)).toBe(200);
    expect(backoffDelayMs(2, equal, () => 0.5)).toBe(300);
    expect(backoffDelayMs(2, equal, () => 0.999_999)).toBe(399);
  });

  it('waits whole milliseconds, and nothing for a zero base however many retries', () => {
    expect(backoffDelayMs(0, { baseDelayMs: 3, maxDelayMs: 10 }, () => 0.5)).toBe(1);
    expect(backoffDelayMs(5000, { baseDelayMs: 0, maxDelayMs: 10 }, () => 1)).toBe(0);
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
