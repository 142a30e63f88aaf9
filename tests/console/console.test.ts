/**
 * The operations console driven in a real headless Chromium against the whole platform: integration
 * support finds an EDI order held for an unknown item by its partner, fixes the partner's
 * cross-reference, replays it and sees it reach the ERP; a business user sees no support view and
 * is refused by the support APIs. Screenshots of each view go to docs/images for the README.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, laptopPage, launchChromium, screenshot, signIn } from '../support/console-browser';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';
import { x12Api, x12Sample, X12_SAMPLES } from '../support/x12';

// The node-x12 sample's buyer catalog numbers (CB) and the demo items they stand for (README step 1).
const CATALOG = [
  { partnerProductId: '065322-117', sku: 'BRK-004' },
  { partnerProductId: '066850-116', sku: 'BRK-003' },
  { partnerProductId: '060733-110', sku: 'BSF-010' },
  { partnerProductId: '065308-116', sku: 'BSF-005' },
  { partnerProductId: '065374-118', sku: 'BSF-022' },
];
const MISSING = { qualifier: 'CB', partnerProductId: '067504-118', sku: 'BXE-010' };
const PARTNER = 'xyz-retail';

describe.runIf(browserAvailable())('the operations console in Chromium', () => {
  let crossdock: TestPlatform;
  let browser: Browser;
  let consoleUrl: string;

  beforeAll(async () => {
    [crossdock, browser] = await Promise.all([startTestPlatform(), launchChromium()]);
    consoleUrl = `${crossdock.platform.url}/console/`;
    const api = x12Api(crossdock);
    const mapping = await api.addMapping('x12-catalog', {
      productIds: [
        { qualifier: 'CB', lookup: 'cross-reference' },
        { qualifier: 'VN', lookup: 'as-sku' },
      ],
      customer: { from: 'partner' },
      prices: 'ignore',
      defaults: { country: 'US' },
    });
    await api
      .post('/process/v1/partners', {
        id: PARTNER,
        name: 'XYZ Retail (EDI)',
        channel: 'x12',
        customerId: 'C-1002',
        identifiers: {
          x12: { senderQualifier: '12', senderId: '4405197800', receiverQualifier: '01', receiverId: '999999999' },
        },
        mapping: { name: 'x12-catalog', version: mapping },
        // One catalog number is not cross-referenced yet: its line comes in under the vendor's number.
        itemCrossReferences: CATALOG.map((entry) => ({ qualifier: 'CB', ...entry })),
      })
      .expect(201);
    await api.postInterchange(x12Sample(X12_SAMPLES.nodeX12)).expect(200);
    // Another order on hold, from another channel, that the partner filter leaves out.
    await api.post('/process/v1/orders', {
      channel: 'api',
      sourceOrderId: 'API-COASTAL-7',
      customerId: 'C-1003',
      shipTo: {
        name: 'Coastal Builders',
        line1: '1 Harbor Way',
        city: 'Tampa',
        region: 'FL',
        postalCode: '33602',
        country: 'US',
      },
      lines: [{ sku: 'BRK-004', quantity: 10 }],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await crossdock?.close();
  }, 90_000);

  // A real browser on a shared machine: the timeouts are bounds, not speed checks.
  it('lets support find the held order by partner, fix its cross-reference, replay it and see it reach the ERP', async () => {
    const page = await laptopPage(browser);
    const support = crossdock.token({ subject: 'dana.support', scopes: ['process:read', 'process:write'] });
    await signIn(page, consoleUrl, support);

    const coastal = page.getByRole('row').filter({ hasText: 'C-1003' });
    await coastal.waitFor();
    await page.getByLabel('Partner').fill(PARTNER);
    await page.getByLabel('Partner').press('Enter');
    await coastal.waitFor({ state: 'detached' });
    const row = page.getByRole('row').filter({ hasText: '08292233294' });
    await row.waitFor();
    expect(await row.textContent()).toContain('UNKNOWN_ITEM');
    await screenshot(page, 'console-support');

    await row.getByRole('button', { name: '08292233294' }).click();
    await page.getByTestId('raw-document').waitFor();
    expect(await page.getByTestId('raw-document').textContent()).toContain('PO1*6*696*EA');
    expect(await page.getByTestId('order-status').textContent()).toBe('HELD');
    expect(await page.getByText('Mapped with x12-catalog version 1').count()).toBe(1);
    await screenshot(page, 'console-support-order');

    await page.getByLabel('Comment (why; required)').fill('Buyer catalog 067504-118 is our BXE-010 (confirmed by XYZ)');
    await page.getByLabel('Qualifier').fill(MISSING.qualifier);
    await page.getByLabel('Partner’s product id').fill(MISSING.partnerProductId);
    await page.getByLabel('Our SKU').fill(MISSING.sku);
    await page.getByRole('button', { name: 'Fix and replay' }).click();
    await page.getByRole('status').filter({ hasText: 'Cross-reference fixed' }).waitFor();

    // The console follows the order through the event stream until the ERP has it.
    await page.getByTestId('order-status').filter({ hasText: 'SUBMITTED' }).waitFor({ timeout: 30_000 });
    const erpOrder = (await page.getByTestId('erp-order').textContent())!;
    expect(erpOrder).toMatch(/^SO-\d+$/);
    const inErp = await crossdock.http
      .get(`/system/v1/sales-orders/${erpOrder}`)
      .set('Authorization', `Bearer ${crossdock.token({ subject: 'check', scopes: ['system:read'] })}`)
      .expect(200);
    expect(inErp.body.lines.map((line: { sku: string }) => line.sku)).toContain(MISSING.sku);
  }, 90_000);

  it('shows a business user no support view, and the support APIs refuse their token', async () => {
    const page = await laptopPage(browser);
    const business = crossdock.token({ subject: 'bo.business', scopes: ['business:read'] });
    await signIn(page, consoleUrl, business);
    expect(await page.getByRole('link', { name: 'Integration support' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Release' }).count()).toBe(0);
    await screenshot(page, 'console-business');

    const asBusiness = `Bearer ${business}`;
    await crossdock.http.get('/process/v1/holds').set('Authorization', asBusiness).expect(403);
    await crossdock.http
      .post('/process/v1/dead-letters/replay')
      .set('Authorization', asBusiness)
      .send({ dryRun: true })
      .expect(403);
  }, 90_000);

  it('is usable from the keyboard alone: sign in, reach an order in the queue, open it', async () => {
    const page = await laptopPage(browser);
    await page.goto(consoleUrl);
    const support = crossdock.token({ subject: 'kim.keyboard', scopes: ['process:read'] });
    // Evaluated in the page (as text: the tests are compiled without the DOM's types).
    const focusedId = () => page.evaluate<string>("document.activeElement?.id ?? ''");
    // Past the user name form to the token's field (the password sign-in by keyboard is in console-sign-in.test.ts).
    for (let presses = 0; presses < 10 && (await focusedId()) !== 'token'; presses += 1)
      await page.keyboard.press('Tab');
    await page.keyboard.insertText(support);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'API-COASTAL-7' }).waitFor();
    const focused = () => page.evaluate<string>("document.activeElement?.textContent ?? ''");
    for (let presses = 0; presses < 40 && (await focused()) !== 'API-COASTAL-7'; presses += 1)
      await page.keyboard.press('Tab');
    expect(await focused()).toBe('API-COASTAL-7');
    await page.keyboard.press('Enter');
    await page.getByTestId('order-status').waitFor();
    // The opened order takes the focus, and a token without process:write is offered no actions.
    expect(await page.evaluate<string>('document.activeElement?.id')).toBe('order-title');
    expect(await page.getByRole('button', { name: 'Release' }).count()).toBe(0);
  }, 90_000);

  it('refuses a token the platform did not sign, saying so on the sign-in page', async () => {
    const page = await laptopPage(browser);
    await page.goto(consoleUrl);
    await page.getByLabel('Access token').fill('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
    await page.getByRole('button', { name: 'Use this token' }).click();
    const problem = page.getByRole('alert');
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/token was refused/);
    expect(page.url()).not.toContain('eyJ');
  }, 90_000);
});
