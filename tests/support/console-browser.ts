/**
 * The operations console in a real headless Chromium: Debian's `chromium` package (installed by
 * `.ci/run` with apt-get), driven with playwright-core, which downloads no browser of its own. Not a
 * test file.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from './test-platform';

/** Where the browser is: CROSSDOCK_CHROMIUM, or Debian's package. */
export const CHROMIUM_PATH = process.env.CROSSDOCK_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Whether the browser tests run here. Without Chromium they are skipped with a message, unless
 * CROSSDOCK_REQUIRE_BROWSER=1 (as CI sets it), where a missing browser fails them instead.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CROSSDOCK_REQUIRE_BROWSER === '1') return true; // let the launch fail and say why
  console.warn(
    `Skipping the console's browser tests: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, ` +
      'or set CROSSDOCK_CHROMIUM). Set CROSSDOCK_REQUIRE_BROWSER=1 to make this a failure.',
  );
  return false;
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `CROSSDOCK_REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM_PATH}: apt-get install chromium.`,
    );
  // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox'] });
}

/** A laptop-sized page (1280 × 800), as the console is meant to be used. */
export async function laptopPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

/** Opens the console and signs in by pasting the token, as a person does. */
export async function signIn(page: Page, consoleUrl: string, token: string): Promise<void> {
  await page.goto(consoleUrl);
  await page.getByLabel('Access token').fill(token);
  await page.getByRole('button', { name: 'Use this token' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Opens the console and fills in the user name and password (made by `crossdock user add`); does not wait. */
export async function submitPassword(page: Page, consoleUrl: string, user: string, password: string): Promise<void> {
  await page.goto(consoleUrl);
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** A screenshot for the README, in docs/images. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(REPO_ROOT, 'docs/images', `${name}.png`), fullPage: true });
}
