/**
 * Polls `probe` until `accept` says yes or the deadline passes, and answers the last value seen.
 * Tests wait for an asynchronous outcome this way instead of sleeping a guessed time: they go on
 * as soon as it is there, and a deadline that passes fails with what was seen last.
 */
export async function waitUntil<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  {
    timeoutMs = 10_000,
    everyMs = 25,
    what = 'the condition',
  }: { timeoutMs?: number; everyMs?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() >= deadline) {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${JSON.stringify(value, null, 1)?.slice(0, 2000)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
