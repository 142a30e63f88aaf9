/** When the pipeline worker leaves the machine to taking orders after a batch, and for how long. */
import { describe, expect, it } from 'vitest';
import { intakeFirstPause } from './intake-first';

const NOW = new Date('2026-11-27T12:00:00.000Z');
const secondsAgo = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);
// A batch that ran from 1,000 to 1,400 ms on the worker's monotonic clock, of orders due 1 and 2 s ago.
const batch = { startedAt: 1000, finishedAt: 1400, dueSince: [secondsAgo(1), secondsAgo(2)] };
const orderArrivedMeanwhile = { lastArrivalAt: 1200, anyoneWaiting: false, now: NOW };

describe('taking orders first', () => {
  it('pauses for as long as the batch took when an order arrived while it ran', () => {
    expect(intakeFirstPause(5000, batch, orderArrivedMeanwhile)).toBe(400);
  });

  it('does not pause when no order arrived while the batch ran', () => {
    expect(intakeFirstPause(5000, batch, { ...orderArrivedMeanwhile, lastArrivalAt: 999 })).toBe(0);
  });

  it('does not pause once an order of the batch waited as long as the budget: a long burst must not leave the pipeline behind', () => {
    expect(intakeFirstPause(5000, { ...batch, dueSince: [secondsAgo(1), secondsAgo(5)] }, orderArrivedMeanwhile)).toBe(
      0,
    );
    expect(intakeFirstPause(5000, { ...batch, dueSince: [secondsAgo(4.9)] }, orderArrivedMeanwhile)).toBe(400);
  });

  it('does not pause while a request waits for an outcome (Prefer: wait)', () => {
    expect(intakeFirstPause(5000, batch, { ...orderArrivedMeanwhile, anyoneWaiting: true })).toBe(0);
  });

  it('never pauses when turned off', () => {
    expect(intakeFirstPause(0, batch, orderArrivedMeanwhile)).toBe(0);
  });
});
