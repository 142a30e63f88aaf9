/**
 * Benchmark: the operations console's first load in headless Chromium (Debian's package, driven by
 * playwright-core), against the platform as `crossdock start` runs it on the demo data. Each run is
 * a fresh browser context (an empty cache, as a first visit): the bytes transferred (headers and
 * bodies, as Chromium counts them) and the time from navigation to a usable page (the app's own performance mark), for the sign-in
 * page and for the support view of a signed-in tab (its work queue loaded from the API). Then the
 * same signed-in load again in the same context (the hashed assets come from the cache).
 *
 *   npx -y pnpm@10 bench:console      (RUNS=20 to change the count)
 */
import { signToken } from '@crossdock/shared-contracts/auth/tokens';
import type { BrowserContext, Page } from 'playwright-core';
import { startBenchPlatform, percentile } from '../support/bench-platform';
import { CHROMIUM_PATH, launchChromium } from '../support/console-browser';
import { TEST_TOKENS } from '../support/test-platform';

const RUNS = Number(process.env.RUNS ?? 10);

const { platform, close } = await startBenchPlatform();
const browser = await launchChromium();
const consoleUrl = `${platform.url}/console/`;
const support = signToken(TEST_TOKENS, { subject: 'bench-support', scopes: ['process:read', 'process:write'] });

/**
 * Loads the console until `ready` shows; answers the ms from navigation to the app's own mark of
 * that moment (`mark`, set when the view first renders usable) and the bytes transferred.
 */
async function load(context: BrowserContext, ready: (page: Page) => Promise<unknown>, mark: string) {
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (request) =>
    sizes.push(
      request.sizes().then(
        (size) => size.responseHeadersSize + size.responseBodySize,
        () => 0, // a request that ends as the page closes (the event stream)
      ),
    ),
  );
  await page.goto(consoleUrl);
  await ready(page);
  const ms = await page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN, mark);
  const bytes = (await Promise.all([...sizes])).reduce((sum, size) => sum + size, 0);
  await page.close();
  return { ms, bytes };
}

const signInReady = (page: Page) => page.getByRole('button', { name: 'Sign in' }).waitFor();
const queueReady = (page: Page) => page.locator('table.queue, p.empty').first().waitFor();

const results = { signIn: [] as number[], support: [] as number[], supportCached: [] as number[] };
const bytes = { signIn: 0, support: 0, supportCached: 0 };
for (let run = 0; run < RUNS; run += 1) {
  const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const signIn = await load(fresh, signInReady, 'console:sign-in-ready');
  await fresh.close();
  const signedIn = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await signedIn.addInitScript((token) => sessionStorage.setItem('crossdock.console.token', token), support);
  const first = await load(signedIn, queueReady, 'console:queue-ready');
  const again = await load(signedIn, queueReady, 'console:queue-ready');
  await signedIn.close();
  results.signIn.push(signIn.ms);
  results.support.push(first.ms);
  results.supportCached.push(again.ms);
  Object.assign(bytes, { signIn: signIn.bytes, support: first.bytes, supportCached: again.bytes });
}

const line = (what: string, figures: number[], transferred: number) => {
  const sorted = [...figures].sort((a, b) => a - b);
  const ms = (p: number) => percentile(sorted, p).toFixed(0);
  return `${what.padEnd(44)} ${(transferred / 1024).toFixed(1).padStart(7)} KiB   median ${ms(50).padStart(5)} ms   p90 ${ms(90).padStart(5)} ms`;
};
console.log(`Console first load, ${RUNS} runs, Chromium at ${CHROMIUM_PATH}, 1280 × 800:`);
console.log(line('sign-in page, empty cache', results.signIn, bytes.signIn));
console.log(line('support view signed in, empty cache', results.support, bytes.support));
console.log(line('support view signed in, again (cached)', results.supportCached, bytes.supportCached));
await browser.close();
await close();
