/**
 * The console's manager, business and onboarding views in a real headless Chromium against the whole
 * platform: a manager sees the KPI charts and the same numbers GET /process/v1/kpis gives; a business
 * user sees the business figures as the API gives them and neither the support view nor its APIs;
 * support onboards an X12 partner, dry-runs a sample interchange and takes the partner live, and
 * onboards an EDIFACT partner whose sample's CONTRL and orders it sees before going live.
 * Screenshots of each view go to docs/images for the README.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, laptopPage, launchChromium, screenshot, signIn } from '../support/console-browser';
import { shipOrderThroughProcess } from '../support/fulfilment';
import { anOrder, pipelineApi } from '../support/order-pipeline';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';
import { x12Api, x12Sample, X12_SAMPLES } from '../support/x12';
import { interchangeOf, sampleOrder } from '../../process-apis/src/channels/edifact/edifact-test-documents';

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

describe.runIf(browserAvailable())('the console’s manager, business and onboarding views in Chromium', () => {
  let crossdock: TestPlatform;
  let browser: Browser;
  let consoleUrl: string;
  let since: Date;

  beforeAll(async () => {
    // An ingestion latency target no real order meets, so the manager sees a breach highlighted.
    [crossdock, browser] = await Promise.all([
      startTestPlatform({
        serviceLevels: {
          ingestionLatencyP95Minutes: 0.00001,
          backlogAgeHours: 4,
          partnerErrorRate: 0.05,
          acknowledgementHours: 24,
        },
      }),
      launchChromium(),
    ]);
    consoleUrl = `${crossdock.platform.url}/console/`;
    since = new Date();
    const api = pipelineApi(crossdock);
    const sku = await api.stockedItem({ 'WH-DAL': 50 }, { price: '4.20' });
    const customer = await api.openCustomer();
    const first = await api.placeAndSettle(anOrder(customer, [{ sku, quantity: 10 }]));
    await api.placeAndSettle(anOrder(customer, [{ sku, quantity: 5 }], { channel: 'mobile' }));
    await api.placeAndSettle(anOrder(customer, [{ sku: 'NO-SUCH-ITEM', quantity: 1 }]));
    // 35 left in stock: 5 of these 40 are backordered.
    await api.placeAndSettle(anOrder(customer, [{ sku, quantity: 40 }]));
    await shipOrderThroughProcess(crossdock, first.id);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await crossdock?.close();
  });

  const apiAs = (scopes: string[]) => `Bearer ${crossdock.token({ subject: 'check', scopes })}`;

  it('onboards an X12 partner: created not live, a sample dry run shows the order it would make, then live', async () => {
    const mapping = await x12Api(crossdock).addMapping('x12-onboarding', {
      productIds: [{ qualifier: 'VN', lookup: 'as-sku' }],
      customer: { from: 'partner' },
      prices: 'ignore',
      defaults: { country: 'US' },
    });
    const page = await laptopPage(browser);
    const support = crossdock.token({ subject: 'dana.support', scopes: ['process:read', 'process:write'] });
    await signIn(page, consoleUrl, support);
    await page.getByRole('link', { name: 'Partner onboarding' }).click();
    const fields: [string, string][] = [
      ['Partner id', 'xyz-retail'],
      ['Name', 'XYZ Retail (EDI)'],
      ['ERP customer', 'C-1002'],
      ['ISA06 sender id', '4405197800'],
      ['ISA08 receiver id', '999999999'],
      ['Mapping', 'x12-onboarding'],
      ['Mapping version', String(mapping)],
    ];
    for (const [label, value] of fields) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByRole('button', { name: 'Create (not live yet)' }).click();
    await page.getByLabel('Sample interchange (X12 850)').fill(x12Sample(X12_SAMPLES.nodeX12));
    await page.getByRole('button', { name: 'Dry run' }).click();
    const dryRun = page.getByTestId('dry-run');
    await dryRun.waitFor();
    expect(await dryRun.getByRole('heading', { level: 2 }).textContent()).toContain('1 order(s) it would create');
    expect(await dryRun.textContent()).toContain('for C-1002');
    await screenshot(page, 'console-onboarding');

    // Nothing was placed by the sample.
    const partnerOrders = await crossdock.http
      .get('/process/v1/orders')
      .query({ customerId: 'C-1002' })
      .set('Authorization', apiAs(['process:read']))
      .expect(200);
    expect(partnerOrders.body.items).toEqual([]);

    await page.getByRole('button', { name: 'Go live' }).click();
    await page.getByRole('status').filter({ hasText: 'XYZ Retail (EDI) is live' }).waitFor();
    const partners = await crossdock.http
      .get('/process/v1/partners')
      .set('Authorization', apiAs(['process:read']))
      .expect(200);
    expect(partners.body.find((partner: { id: string }) => partner.id === 'xyz-retail').active).toBe(true);
  });

  it('onboards an EDIFACT partner: format picked, its UNB ids and VAN in one call, a sample’s CONTRL and orders before going live', async () => {
    const mapping = await x12Api(crossdock).addMapping('edifact-onboarding', {
      productIds: [
        { qualifier: 'SA', lookup: 'as-sku' },
        { qualifier: 'BP', lookup: 'as-sku' },
      ],
      customer: { from: 'partner' },
      prices: 'keep',
      units: { map: { PCE: 'EA' } },
    });
    const page = await laptopPage(browser);
    await signIn(
      page,
      consoleUrl,
      crossdock.token({ subject: 'dana.support', scopes: ['process:read', 'process:write'] }),
    );
    await page.getByRole('link', { name: 'Partner onboarding' }).click();
    await page.getByLabel('Format').selectOption('edifact');
    const fields: [string, string][] = [
      ['Partner id', 'nordic-wholesale'],
      ['Name', 'Nordic Wholesale (EDIFACT)'],
      ['ERP customer', 'C-1002'],
      ['UNB sender id', '5412345000013'],
      ['UNB sender qualifier', '14'],
      ['UNB recipient id (us)', 'CROSSDOCK'],
      ['Mapping', 'edifact-onboarding'],
      ['Mapping version', String(mapping)],
    ];
    for (const [label, value] of fields) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByLabel('Transport').selectOption('van');
    await page.getByLabel('VAN', { exact: true }).fill('OpenText');
    await page.getByLabel('Mailbox', { exact: true }).fill('NORDIC01');
    await page.getByRole('button', { name: 'Create (not live yet)' }).click();
    // Before a sample is tried, the view says what to do.
    await page.getByText('No dry run yet').waitFor();

    // A sample addressed to someone else: refused whole, the CONTRL says so (UCI action 4).
    const sample = (recipient: string) =>
      interchangeOf([sampleOrder('ORD-NW-1')], {
        sender: '5412345000013:14',
        recipient,
        acknowledgementRequested: true,
      });
    await page.getByLabel('Sample interchange (EDIFACT ORDERS)').fill(sample('SOMEONE:ZZZ'));
    await page.getByRole('button', { name: 'Dry run' }).click();
    const dryRun = page.getByTestId('dry-run');
    await dryRun.getByRole('heading', { name: /the document would be refused/ }).waitFor();
    expect(await dryRun.getByRole('alert').textContent()).toContain('UNB.3');
    expect(await page.getByTestId('dry-run-acknowledgement').textContent()).toContain('CONTRL rejected');

    await page.getByLabel('Sample interchange (EDIFACT ORDERS)').fill(sample('CROSSDOCK'));
    await page.getByRole('button', { name: 'Dry run' }).click();
    await dryRun.getByRole('heading', { name: /1 order\(s\) it would create/ }).waitFor();
    expect(await page.getByTestId('dry-run-sender').textContent()).toContain('this partner');
    expect(await page.getByTestId('dry-run-acknowledgement').textContent()).toMatch(/CONTRL accepted.*UCI\+1001\+/s);
    const lines = await dryRun.getByRole('row').allTextContents();
    expect(lines).toEqual(['LineSKUQuantity', '1HX-220112 EA', '2BRK-773 ']);
    await screenshot(page, 'console-onboarding-edifact');

    await page.getByRole('button', { name: 'Go live' }).click();
    await page.getByRole('status').filter({ hasText: 'Nordic Wholesale (EDIFACT) is live' }).waitFor();
    const partner = await crossdock.http
      .get('/process/v1/partners/nordic-wholesale')
      .set('Authorization', apiAs(['process:read']))
      .expect(200);
    expect(partner.body).toMatchObject({
      active: true,
      channel: 'edifact',
      identifiers: { edifact: { senderId: '5412345000013', senderQualifier: '14', recipientId: 'CROSSDOCK' } },
      transport: { kind: 'van', provider: 'OpenText', mailbox: 'NORDIC01' },
    });
    const documents = await crossdock.http
      .get('/process/v1/inbound-documents?partnerId=nordic-wholesale')
      .set('Authorization', apiAs(['process:read']))
      .expect(200);
    expect(documents.body.items).toEqual([]);
  });

  it('shows a manager the KPI charts with the numbers the KPI API gives', async () => {
    const page = await laptopPage(browser);
    await signIn(page, consoleUrl, crossdock.token({ subject: 'mo.manager', scopes: ['ops:read'] }));
    await page.getByRole('heading', { name: 'Operations' }).waitFor();
    // A bound for a loaded machine (the first KPI report of a cold database), not a speed check.
    await page.getByTestId('kpi-orders-received').waitFor({ timeout: 60_000 });
    const report = (
      await crossdock.http
        .get('/process/v1/kpis')
        .query({ from: since.toISOString(), to: new Date().toISOString() })
        .set('Authorization', apiAs(['ops:read']))
        .expect(200)
    ).body;
    expect(report.totals.ordersReceived).toBe(4);
    expect(await page.getByTestId('kpi-orders-received').textContent()).toBe(String(report.totals.ordersReceived));
    expect(await page.getByTestId('kpi-exception-rate').textContent()).toBe(percent(report.totals.exceptionRate));
    expect(await page.getByTestId('kpi-open-holds').textContent()).toBe(String(report.totals.openHolds));
    expect(await page.getByTestId('kpi-duplicates').textContent()).toBe(String(report.totals.duplicatesRefused));
    // uPlot comes with the first chart: wait for both to be drawn.
    await page.locator('.chart canvas').nth(1).waitFor();
    expect(await page.locator('.chart canvas').count()).toBe(2);
    const mobile = page.getByRole('region', { name: 'By channel' }).getByRole('row').filter({ hasText: 'mobile' });
    expect(await mobile.locator('td').nth(1).textContent()).toBe('1');
    expect(await page.getByRole('row').filter({ hasText: 'UNKNOWN_ITEM' }).locator('td').nth(1).textContent()).toBe(
      String(report.totals.exceptionsByReason.UNKNOWN_ITEM),
    );
    expect(await page.getByRole('link', { name: 'Integration support' }).count()).toBe(0);

    const health = (
      await crossdock.http
        .get('/process/v1/partner-health')
        .set('Authorization', apiAs(['ops:read']))
        .expect(200)
    ).body;
    expect(health.breaches.map((breach: { target: string }) => breach.target)).toEqual(['ingestionLatencyP95']);
    expect(await page.getByTestId('breach').allTextContents()).toEqual([health.breaches[0].detail]);
    const partner = page.getByRole('region', { name: 'Partner health' }).getByRole('row').filter({ hasText: 'XYZ' });
    expect(await partner.locator('td').nth(2).textContent()).toBe('never');
    await screenshot(page, 'console-operations');
  });

  it('shows a business user the business figures, and no support view nor its APIs', async () => {
    const page = await laptopPage(browser);
    const business = crossdock.token({ subject: 'bo.business', scopes: ['business:read'] });
    await signIn(page, consoleUrl, business);
    await page.getByTestId('business-orders').waitFor({ timeout: 60_000 });
    const figures = (
      await crossdock.http
        .get('/process/v1/business-figures')
        .query({ from: since.toISOString() })
        .set('Authorization', apiAs(['business:read']))
        .expect(200)
    ).body;
    expect(await page.getByTestId('business-orders').textContent()).toBe(String(figures.orders));
    // 10 + 40 × 4.20 through the API (the held order has no price), 5 × 4.20 from the mobile app.
    expect(await page.getByTestId('value-api').textContent()).toBe('210.00 USD');
    expect(await page.getByTestId('value-mobile').textContent()).toBe('21.00 USD');
    expect(await page.getByTestId('line-fill-rate').textContent()).toBe(percent(figures.fillRate.lineFillRate));
    expect(figures.openBackorders.quantity).toBe(5);
    expect(await page.getByTestId('open-backorders').textContent()).toBe('1');
    expect(await page.getByRole('link', { name: 'Integration support' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Operations' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Release' }).count()).toBe(0);
    await screenshot(page, 'console-business-figures');

    const asBusiness = `Bearer ${business}`;
    await crossdock.http.get('/process/v1/holds').set('Authorization', asBusiness).expect(403);
    await crossdock.http.get('/process/v1/kpis').set('Authorization', asBusiness).expect(403);
    await crossdock.http
      .post('/process/v1/dead-letters/replay')
      .set('Authorization', asBusiness)
      .send({ dryRun: true })
      .expect(403);
  });
});
