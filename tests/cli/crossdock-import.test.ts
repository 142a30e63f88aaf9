/**
 * `crossdock import` as a user runs it: the real command line, against a running platform, reading
 * real CSV files; what it imported is checked through the system API, what it refused in its report.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, startTestPlatform, TEST_TOKENS, type TestPlatform } from '../support/test-platform';
import { systemClient, type SystemClient } from '../e2e/system/system-api';

let crossdock: TestPlatform;
let api: SystemClient;
let folder: string;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = systemClient(crossdock);
  folder = await mkdtemp(path.join(os.tmpdir(), 'crossdock-import-'));
});
afterAll(() => crossdock.close());

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `crossdock import ...` from the repository root with the settings a user would export. */
function importCsv(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const environment = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.tmpdir(),
    CROSSDOCK_URL: crossdock.platform.url,
    CROSSDOCK_JWT_SECRET: TEST_TOKENS.secret,
    ...env,
  };
  return new Promise((resolve) => {
    execFile(
      path.join(REPO_ROOT, 'node_modules/.bin/tsx'),
      ['launcher/src/cli/main.ts', 'import', ...args],
      { cwd: REPO_ROOT, env: environment },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

/** Writes a CSV file into the test's folder and answers its path. */
async function csvFile(name: string, text: string): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, text);
  return file;
}

describe('importing items from a CSV file', () => {
  let run: Run;
  let file: string;

  beforeAll(async () => {
    // Written as a spreadsheet saves it: a byte-order mark, CRLF, quoted fields with commas, quotes and a line break.
    const rows = [
      'sku,description,baseUom,alternateUoms,weightKg,returnable',
      'IMP-100,"Carriage bolt, M10 x 80 ""zinc""",EA,CS=50;PL=2000,0.061,yes',
      'IMP-101,"Anchor, wedge\r\n(two-line description)",EA,,0.12,no',
      'IMP-102,Pipe strap,EA,CS=twelve,0.02,yes',
      ',Nameless,EA,,,',
      'IMP-103,Hinge,EA,,heavy,yes',
      'IMP-100,Carriage bolt again,EA,,,',
      'IMP-104,Short row,EA',
      'IMP-105,Cable tie,BG,,0.004,yes',
    ];
    file = await csvFile('items.csv', `\uFEFF${rows.join('\r\n')}\r\n`);
    run = await importCsv(['items', file]);
  });

  it('exits 3 (some rows rejected) and says what it did on standard output', () => {
    expect(run.code, run.stderr).toBe(3);
    expect(run.stdout).toMatch(/^Imported items\.csv \(items\): 8 rows in \d+\.\d s/);
    expect(run.stdout).toMatch(/created\s+3\n/);
    expect(run.stdout).toMatch(/rejected\s+5\s+report: .*items\.rejected\.csv\n/);
  });

  it('draws the progress on standard error, ending at every row done', () => {
    expect(run.stderr).toMatch(/items\.csv \[#{30}\] 100%  8\/8 rows  [\d,]+ rows\/s  5 rejected/);
  });

  it('writes every rejected row with its line and reason to the report, in line order', async () => {
    expect(await readFile(path.join(folder, 'items.rejected.csv'), 'utf8')).toBe(
      [
        'line,reason',
        '5,"alternateUoms ""CS=twelve"" must be UNIT=factor pairs separated by "";"", such as CS=12;PL=480"',
        '6,sku is missing',
        '7,"weightKg ""heavy"" is not a decimal number such as 12.50 (at most 8 digits before the point and 4 after, no sign, no thousands separator)"',
        '8,duplicate of line 2',
        '9,has 3 field(s); the header has 6',
        '',
      ].join('\n'),
    );
  });

  it('puts the good rows in the ERP exactly as written, and none of the rejected ones', async () => {
    expect((await api.get('/items/IMP-100').expect(200)).body).toEqual({
      sku: 'IMP-100',
      description: 'Carriage bolt, M10 x 80 "zinc"',
      status: 'active',
      baseUom: 'EA',
      alternateUoms: [
        { uom: 'CS', factorToBase: 50 },
        { uom: 'PL', factorToBase: 2000 },
      ],
      weightKg: '0.061',
      returnable: true,
    });
    expect((await api.get('/items/IMP-101').expect(200)).body).toMatchObject({
      description: 'Anchor, wedge\r\n(two-line description)',
      returnable: false,
      alternateUoms: [],
    });
    expect((await api.get('/items/IMP-105').expect(200)).body).toMatchObject({ baseUom: 'BG', weightKg: '0.004' });
    for (const sku of ['IMP-102', 'IMP-103', 'IMP-104']) await api.get(`/items/${sku}`).expect(404);
  });

  it('changes nothing when the same file is imported again', async () => {
    const again = await importCsv(['items', file, '--report', path.join(folder, 'again.csv')]);

    expect(again.code).toBe(3);
    expect(again.stdout).toMatch(/created\s+0\n\s+updated\s+0\n\s+unchanged\s+3\n/);
    expect((await api.get('/items/IMP-100').expect(200)).headers.etag).toBe('"1"');
  });
});

describe('importing the other kinds', () => {
  it('imports customers, delivered where billed unless a ship-to is given, and rejects an unknown warehouse', async () => {
    const file = await csvFile(
      'customers.csv',
      [
        'id,name,creditLimit,taxJurisdiction,priceListId,preferredWarehouseId,billToLine1,billToCity,billToRegion,billToPostalCode,billToCountry,shipToLine1,shipToCity,shipToPostalCode,shipToCountry',
        'C-7001,Harbor Tools,25000.00,US-GA,,WH-ATL,12 Dock St,Savannah,GA,31401,US,,,,',
        'C-7002,Mesa Supply,5000,US-AZ,,WH-PHX,1 Desert Rd,Phoenix,AZ,85001,US,77 Canyon Way,Tempe,85281,US',
        'C-7003,Nowhere Inc,100,US-TX,,WH-MARS,1 Main St,Austin,TX,73301,US,,,,',
      ].join('\n'),
    );

    const run = await importCsv(['customers', file]);

    expect(run.code, run.stderr).toBe(3);
    expect(await readFile(path.join(folder, 'customers.rejected.csv'), 'utf8')).toBe(
      'line,reason\n4,"preferredWarehouseId ""WH-MARS"" is not a warehouse of the ERP"\n',
    );
    expect((await api.get('/customers/C-7001').expect(200)).body).toMatchObject({
      name: 'Harbor Tools',
      creditLimit: '25000.00',
      preferredWarehouseId: 'WH-ATL',
      shipTo: { name: 'Harbor Tools', line1: '12 Dock St', city: 'Savannah' },
    });
    expect((await api.get('/customers/C-7002').expect(200)).body).toMatchObject({
      billTo: { city: 'Phoenix' },
      shipTo: { line1: '77 Canyon Way', city: 'Tempe' },
    });
    await api.get('/customers/C-7003').expect(404);
  });

  it('imports price-list entries, and rejects a unit the item is not sold in', async () => {
    const file = await csvFile(
      'prices.csv',
      [
        'priceListId,sku,uom,minimumQuantity,unitPrice,effectiveFrom',
        'PL-STANDARD,HXB-004,EA,5000,0.1500,2027-03-01',
        'PL-STANDARD,HXB-004,KG,1,2.00,2027-03-01',
      ].join('\n'),
    );

    const run = await importCsv(['prices', file]);

    expect(run.code, run.stderr).toBe(3);
    expect(await readFile(path.join(folder, 'prices.rejected.csv'), 'utf8')).toBe(
      'line,reason\n3,item HXB-004 is not sold in KG\n',
    );
    const list = (await api.get('/price-lists/PL-STANDARD').expect(200)).body as {
      entries: { sku: string; minimumQuantity: number; effectiveFrom: string }[];
    };
    expect(list.entries.filter((entry) => entry.sku === 'HXB-004' && entry.effectiveFrom === '2027-03-01')).toEqual([
      { sku: 'HXB-004', uom: 'EA', minimumQuantity: 5000, unitPrice: '0.1500', effectiveFrom: '2027-03-01' },
    ]);
  });

  it('sets on hand from an inventory snapshot through adjustment movements, exiting 0 when every row is taken', async () => {
    const file = await csvFile(
      'stock.csv',
      [
        'sku,warehouseId,onHand,reason',
        'WSH-001,WH-PHX,480,year-end count 2026',
        'IMP-100,WH-DAL,100,first count',
      ].join('\n'),
    );

    const run = await importCsv(['inventory', file]);

    expect(run.code, run.stderr).toBe(0);
    expect(await readFile(path.join(folder, 'stock.rejected.csv'), 'utf8')).toBe('line,reason\n');
    const position = (await api.get('/inventory').query({ sku: 'IMP-100', warehouseId: 'WH-DAL' }).expect(200)).body
      .items[0];
    expect(position).toMatchObject({ onHand: 100, allocated: 0, available: 100 });
    const movements = (
      await api.get('/inventory/movements').query({ sku: 'WSH-001', warehouseId: 'WH-PHX' }).expect(200)
    ).body.items;
    expect(movements[0]).toMatchObject({
      kind: 'adjustment',
      reason: 'year-end count 2026',
      onHandAfter: 480,
      actor: expect.stringContaining('crossdock-import'),
    });
  });
});

describe('when the import cannot run', () => {
  it('refuses a file whose header is not the kind’s (exit 2), naming the columns, and sends nothing', async () => {
    const file = await csvFile('wrong.csv', 'sku,colour\nX-1,red\n');

    const run = await importCsv(['items', file]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'does not have the columns of items: unknown column(s) "colour"; missing column(s) description, baseUom.',
    );
    await api.get('/items/X-1').expect(404);
  });

  it('refuses an unknown kind and a missing file with exit 2', async () => {
    expect(await importCsv(['suppliers', 'x.csv'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('"suppliers" is not something Crossdock imports'),
    });
    expect(await importCsv(['items', path.join(folder, 'nope.csv')])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('there is no such file'),
    });
  });

  it('stops with exit 1 and says why when the token is refused, or the platform cannot be reached', async () => {
    const file = await csvFile('one.csv', 'sku,description,baseUom\nIMP-200,One,EA\n');

    const refused = await importCsv(['items', file], { CROSSDOCK_TOKEN: 'not-a-token' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('The import stopped: Crossdock answered 401');
    expect(refused.stderr).toContain('Rows from line 2 on may not have been imported');

    const unreachable = await importCsv(['items', file], { CROSSDOCK_URL: 'http://127.0.0.1:1' });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toContain('Crossdock at http://127.0.0.1:1 could not take a batch');
    await api.get('/items/IMP-200').expect(404);
  });
});
