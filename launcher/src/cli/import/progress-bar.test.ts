import { describe, expect, it } from 'vitest';
import { createProgressBar } from './progress-bar';

/** A stream that keeps what is written, and a clock the test moves. */
function setting(isTTY: boolean) {
  const written: string[] = [];
  let ms = 0;
  const clock = { advance: (by: number) => (ms += by) };
  const bar = createProgressBar({
    label: 'items.csv',
    total: 1000,
    stream: { isTTY, write: (text: string) => written.push(text) },
    now: () => ms,
  });
  return { bar, written, clock };
}

describe('the import progress bar', () => {
  it('writes one line per tenth of the work when standard error is not a terminal (a CI log), with rows, rate and rejections', () => {
    const { bar, written, clock } = setting(false);
    for (let done = 50; done <= 1000; done += 50) {
      clock.advance(100);
      bar.update(done, done / 50);
    }
    bar.finish();

    expect(written).toHaveLength(11);
    expect(written.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
    expect(written[0]).toBe('items.csv [#.............................]   5%  50/1,000 rows  500 rows/s  1 rejected\n');
    expect(written[10]).toBe(
      'items.csv [##############################] 100%  1,000/1,000 rows  500 rows/s  20 rejected\n',
    );
  });

  it('redraws one line in place on a terminal, at most every 100 ms, and ends it when done', () => {
    const { bar, written, clock } = setting(true);
    bar.update(100, 0);
    clock.advance(40);
    bar.update(200, 0);
    clock.advance(80);
    bar.update(300, 3);
    bar.finish();

    expect(written).toHaveLength(3);
    expect(written[1]).toBe(
      '\ritems.csv [#########.....................]  30%  300/1,000 rows  2,500 rows/s  3 rejected\u001b[K',
    );
    expect(written[2]!.endsWith('\u001b[K\n')).toBe(true);
  });
});
