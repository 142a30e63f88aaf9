/**
 * Signing in to the console with a user name and password made by `crossdock user add` (run as the
 * README says), in a real headless Chromium against the whole platform: each user sees their role's
 * view, a wrong password is refused on the page and nothing is kept, and the Business view (whose role
 * may not read the event stream) reloads its figures every minute.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, laptopPage, launchChromium, screenshot, submitPassword } from '../support/console-browser';
import { runCrossdock } from '../support/crossdock-cli';
import { anOrder, pipelineApi } from '../support/order-pipeline';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

const SUPPORT_PASSWORD = 'dana chose this passphrase';
const TOKEN_KEY = 'crossdock.console.token';

describe.runIf(browserAvailable())('signing in to the console with a user and password', () => {
  let crossdock: TestPlatform;
  let browser: Browser;
  let consoleUrl: string;
  let businessPassword: string;
  let placeOrder: () => Promise<unknown>;

  // `pnpm crossdock user ...` against this platform's users file.
  const userCommand = async (args: string[], input?: string) => {
    const outcome = await runCrossdock(
      ['user', ...args],
      { CROSSDOCK_USERS_FILE: crossdock.gateway.users.file },
      input,
    );
    expect(outcome.code, outcome.stderr).toBe(0);
    return outcome.stdout.trim();
  };
  const storedToken = (page: Page) => page.evaluate<string | null>(`sessionStorage.getItem('${TOKEN_KEY}')`);

  beforeAll(async () => {
    [crossdock, browser] = await Promise.all([startTestPlatform(), launchChromium()]);
    consoleUrl = `${crossdock.platform.url}/console/`;
    businessPassword = await userCommand(['add', 'bo.business', '--scopes', 'business:read']);
    await userCommand(
      ['add', 'dana.support', '--scopes', 'process:read,process:write', '--password-stdin'],
      `${SUPPORT_PASSWORD}\n`,
    );
    const api = pipelineApi(crossdock);
    const sku = await api.stockedItem({ 'WH-DAL': 100 }, { price: '3.00' });
    const customer = await api.openCustomer();
    placeOrder = () => api.placeAndSettle(anOrder(customer, [{ sku, quantity: 2 }]));
    await placeOrder();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await crossdock?.close();
  });

  const businessOrders = async () =>
    (
      await crossdock.http
        .get('/process/v1/business-figures')
        .set('Authorization', `Bearer ${crossdock.token({ subject: 'check', scopes: ['business:read'] })}`)
        .expect(200)
    ).body.orders as number;

  it('signs a business user in with the password the CLI made; the Business view reloads every minute', async () => {
    const page = await laptopPage(browser);
    // The page's clock, moved on below instead of waiting a minute.
    await page.clock.install();
    await submitPassword(page, consoleUrl, 'bo.business', businessPassword);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();

    expect(await page.getByRole('link', { name: 'Business' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByRole('link', { name: 'Integration support' }).count()).toBe(0);
    const before = await businessOrders();
    await page
      .getByTestId('business-orders')
      .filter({ hasText: String(before) })
      .waitFor();
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /^Updated / })
        .count(),
    ).toBe(1);
    expect(page.url()).not.toContain(businessPassword);
    expect(await storedToken(page)).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);

    await placeOrder();
    expect(await businessOrders()).toBe(before + 1);
    await page.clock.fastForward('01:00');
    await page
      .getByTestId('business-orders')
      .filter({ hasText: String(before + 1) })
      .waitFor();
  }, 90_000);

  it('refuses a wrong password and an unknown user alike, on the page, keeping no token', async () => {
    const page = await laptopPage(browser);
    for (const [user, password] of [
      ['dana.support', 'not the passphrase'],
      ['nobody.here', SUPPORT_PASSWORD],
    ]) {
      await submitPassword(page, consoleUrl, user!, password!);
      const problem = page.getByRole('alert');
      await problem.waitFor();
      expect(await problem.textContent()).toContain('The user name or password was refused.');
      expect(await storedToken(page)).toBeNull();
      expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
      expect(page.url()).toBe(consoleUrl);
    }
    await screenshot(page, 'console-sign-in');
  }, 90_000);

  it('signs support in from the keyboard alone, to the live work queue', async () => {
    const page = await laptopPage(browser);
    await page.goto(consoleUrl);
    await page.keyboard.press('Tab');
    await page.keyboard.insertText('dana.support');
    await page.keyboard.press('Tab');
    await page.keyboard.insertText(SUPPORT_PASSWORD);
    await page.keyboard.press('Enter');

    await page.getByRole('status').filter({ hasText: 'Live' }).waitFor();
    expect(await page.getByRole('link', { name: 'Integration support' }).getAttribute('aria-current')).toBe('page');
    expect(await page.locator('.who').textContent()).toBe('dana.support');
  }, 90_000);
});
