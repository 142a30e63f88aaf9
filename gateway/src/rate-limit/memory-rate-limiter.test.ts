import { describe, expect, it } from 'vitest';
import { createMemoryRateLimiter } from './memory-rate-limiter';

const BRONZE = { name: 'bronze', requests: 3, windowSeconds: 60 };
const at = (time: string) => new Date(`2026-11-28T09:${time}.000Z`);

describe('the memory rate limiter', () => {
  it('allows the allowance in a window, refuses the next, and says when the window ends', async () => {
    const limiter = createMemoryRateLimiter();

    const answers = [];
    for (const second of ['00:10', '00:20', '00:30', '00:45'])
      answers.push(await limiter.take('partner-a', BRONZE, at(second)));

    expect(answers.map((answer) => [answer.allowed, answer.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
    ]);
    expect(answers[3]!.resetSeconds).toBe(15);
  });

  it('gives the whole allowance back when the next window starts', async () => {
    const limiter = createMemoryRateLimiter();
    for (let count = 0; count < 4; count += 1) await limiter.take('partner-a', BRONZE, at('00:30'));

    const next = await limiter.take('partner-a', BRONZE, at('01:00'));

    expect(next).toEqual({ allowed: true, remaining: 2, resetSeconds: 60 });
  });

  it('counts each key on its own', async () => {
    const limiter = createMemoryRateLimiter();
    for (let count = 0; count < 3; count += 1) await limiter.take('partner-a', BRONZE, at('00:30'));

    expect((await limiter.take('partner-a', BRONZE, at('00:31'))).allowed).toBe(false);
    expect((await limiter.take('partner-b', BRONZE, at('00:31'))).allowed).toBe(true);
  });
});
