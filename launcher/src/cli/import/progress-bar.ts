/** Where the bar is drawn: standard error, which may or may not be a terminal. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface ProgressBar {
  /** Rows done so far (imported or rejected) and how many of them were rejected. */
  update(done: number, rejected: number): void;
  /** Draws the final state and ends the line. */
  finish(): void;
}

const WIDTH = 30;
// A terminal is redrawn at most this often; a log file gets a line per tenth of the work.
const REDRAW_EVERY_MS = 100;
const number = new Intl.NumberFormat('en-US');

/**
 * A progress bar on standard error: rows done of the total, the rate, rejections so far. On a
 * terminal it redraws one line in place; elsewhere (CI logs, a file) it writes a line at each tenth,
 * so a log shows progress without thousands of lines.
 */
export function createProgressBar(options: {
  label: string;
  total: number;
  stream: ProgressStream;
  now?: () => number;
}): ProgressBar {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const total = Math.max(options.total, 0);
  let lastDrawn = Number.NEGATIVE_INFINITY;
  let lastTenth = -1;
  let state = { done: 0, rejected: 0 };

  const render = () => {
    const share = total === 0 ? 1 : Math.min(state.done / total, 1);
    const filled = Math.floor(share * WIDTH);
    const seconds = Math.max((now() - started) / 1000, 0.001);
    const rate = Math.round(state.done / seconds);
    return `${options.label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%  ${number.format(state.done)}/${number.format(total)} rows  ${number.format(rate)} rows/s  ${number.format(state.rejected)} rejected`;
  };

  return {
    update(done, rejected) {
      state = { done, rejected };
      if (options.stream.isTTY) {
        if (now() - lastDrawn < REDRAW_EVERY_MS) return;
        lastDrawn = now();
        options.stream.write(`\r${render()}\u001b[K`);
        return;
      }
      const tenth = total === 0 ? 10 : Math.floor((10 * done) / total);
      if (tenth === lastTenth || tenth >= 10) return;
      lastTenth = tenth;
      options.stream.write(`${render()}\n`);
    },
    finish() {
      options.stream.write(options.stream.isTTY ? `\r${render()}\u001b[K\n` : `${render()}\n`);
    },
  };
}
