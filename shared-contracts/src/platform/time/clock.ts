/**
 * The time, behind a port: retries, backoff and rate-limit windows are tested by moving a test
 * clock, not by sleeping.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
