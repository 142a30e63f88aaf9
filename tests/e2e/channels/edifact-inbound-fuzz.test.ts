/**
 * Mutated copies of a valid ORDERS interchange (UNB 0031 = 1) through the gateway, with the database:
 * whatever the bytes, the answer is a CONTRL (200), nothing (204) or a refusal as problem+json (4xx) —
 * never a 5xx — and every ORDERS message the CONTRL acknowledges (UCI 7, UCM 7) ends, once the
 * pipeline settles, as an order (placed, held, or the one it duplicates), as a refusal answered with
 * an ORDRSP 27 kept for the partner, or, for a message function other than original, left to a
 * person. The reader's own fuzz (read-any-bytes.fuzz.test.ts) runs thousands more without the database.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edifactMutatedCopies } from '../../../process-apis/src/channels/edifact/edifact-mutations';
import {
  interchangeOf,
  messageOf,
  ordersBody,
} from '../../../process-apis/src/channels/edifact/edifact-test-documents';
import { parseEdifactInterchange } from '../../../process-apis/src/channels/edifact/parse-interchange';
import { channelsApi, type DocumentView, type OutcomeView } from '../../support/channels';
import { SETTLED_STATUSES } from '../../support/order-pipeline';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { waitUntil } from '../../support/wait-until';

let crossdock: TestPlatform;
let api: ReturnType<typeof channelsApi>;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = channelsApi(crossdock);
});
afterAll(() => crossdock.close());

const COPIES = 300;
const van = () => `Bearer ${crossdock.token({ subject: 'van-gateway', scopes: ['process:write'] })}`;

function postInterchange(body: Buffer) {
  return crossdock.http
    .post('/process/v1/inbound/edifact')
    .set('Authorization', van())
    .set('Content-Type', 'application/edifact')
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks).toString('latin1')));
    })
    .send(body);
}

/** The ORDERS message references the CONTRL accepts: UCM 7 under UCI 7 (a UCI 4 takes nothing). */
function acknowledgedOrders(contrl: string, context: string): string[] {
  const read = parseEdifactInterchange(contrl);
  expect(read.findings, context).toEqual([]);
  const segments = read.messages[0]!.segments;
  const uci = segments.find((segment) => segment.tag === 'UCI')!;
  if (uci.elements[3]?.[0] !== '7') return [];
  return segments
    .filter((segment) => segment.tag === 'UCM' && segment.elements[1]?.[0] === 'ORDERS')
    .filter((segment) => segment.elements[2]?.[0] === '7')
    .map((segment) => segment.elements[0]![0]!);
}

/** Every document of a kind kept for the partner, all pages. */
async function keptFor(partnerId: string, kind: string): Promise<{ reference: string }[]> {
  const kept: { reference: string }[] = [];
  let cursor: string | undefined;
  do {
    const page = await api
      .get(
        `/process/v1/outbound-documents?partnerId=${partnerId}&kind=${kind}&limit=200${cursor ? `&cursor=${cursor}` : ''}`,
      )
      .expect(200);
    kept.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return kept;
}

/** A message function other than original (BGM 1225 not 9) is acknowledged and left to a person (docs/channels.md). */
const leftToAPerson = (outcome: OutcomeView) => /needs a person/.test(outcome.problem?.detail ?? '');

const settledOrder = (orderId: string) =>
  waitUntil(
    () => api.receivedOrder(orderId),
    (order) => SETTLED_STATUSES.has(order.status),
    { what: `order ${orderId} to settle` },
  );

/** An EDIFACT partner for a new customer, and its valid interchange: two ORDERS, one by EAN, one by our SKU. */
async function aPartnerAndItsInterchange(): Promise<{ partnerId: string; valid: string }> {
  const sender = `54${randomUUID().replace(/\D/g, '').slice(0, 11).padEnd(11, '7')}`;
  const [screws, brackets] = await Promise.all([
    api.stockedItem({ 'WH-DAL': 100_000 }, { price: '5.00' }),
    api.stockedItem({ 'WH-DAL': 100_000 }, { price: '7.50' }),
  ]);
  const ean = `40${randomUUID().replace(/\D/g, '').slice(0, 11).padEnd(11, '3')}`;
  const partnerId = await api.createPartner(
    {
      channel: 'edifact',
      customerId: await api.openCustomer(),
      identifiers: {
        edifact: { senderId: sender, senderQualifier: '14', recipientId: 'CROSSDOCK', recipientQualifier: 'ZZZ' },
      },
      itemCrossReferences: [{ qualifier: 'EN', partnerProductId: ean, sku: screws }],
    },
    {
      productIds: [
        { qualifier: 'EN', lookup: 'cross-reference' },
        { qualifier: 'SA', lookup: 'as-sku' },
      ],
      customer: { from: 'partner' },
      prices: 'keep',
      units: { map: { PCE: 'EA' } },
    },
  );
  const header = [
    'DTM+137:20261207:102',
    'NAD+BY+5412345000013::9',
    'NAD+DP+5412345000020::9++Dallas Store+1200 Commerce St+Dallas+TX+75202+US',
    'CUX+2:USD:9',
  ];
  const valid = interchangeOf(
    [
      messageOf(
        '1',
        'ORDERS:D:96A:UN',
        ordersBody('PO-EF-1', header, [`LIN+1++${ean}:EN`, 'QTY+21:12:PCE', 'PRI+AAA:5']),
      ),
      messageOf(
        '2',
        'ORDERS:D:01B:UN',
        ordersBody('PO-EF-2', header, ['LIN+1', `PIA+5+${brackets}:SA`, 'QTY+21:3:PCE', 'PRI+AAA:7.50']),
      ),
    ],
    { sender: `${sender}:14`, reference: 'R-FUZZ', acknowledgementRequested: true },
  );
  return { partnerId, valid };
}

describe('POST /process/v1/inbound/edifact with mutated interchanges', () => {
  it(
    `answers each of ${COPIES} mutated copies of a valid ORDERS interchange without a 5xx, and accounts for every ORDERS its CONTRL accepts`,
    { timeout: 300_000 },
    async () => {
      const { partnerId, valid } = await aPartnerAndItsInterchange();
      const statuses = new Map<number, number>();
      const documents: { document: DocumentView; context: string }[] = [];
      let acknowledged = 0;
      for (const { applied, bytes } of edifactMutatedCopies(valid, COPIES, 20261208)) {
        const answer = await postInterchange(bytes);
        const context = `${applied.join(' + ')}: ${bytes.toString('base64')}`;
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        expect(answer.status, `${context} → ${answer.status} ${answer.body}`).toBeLessThan(500);
        if (answer.status >= 400) {
          expect(answer.headers['content-type'], context).toMatch(/^application\/problem\+json/);
          continue;
        }
        expect([200, 204], context).toContain(answer.status);
        const document = await api.document(answer.headers['x-crossdock-inbound-document']!);
        expect(document.status, context).not.toBe('received');
        documents.push({ document, context });
        if (answer.status === 204) continue;
        expect(answer.headers['content-type'], context).toMatch(/^application\/edifact/);
        // Each accepted ORDERS is an outcome with its order number: none is dropped silently.
        const taken = document.outcomes.filter((outcome) => outcome.sourceOrderId !== undefined);
        const accepted = acknowledgedOrders(answer.body as string, context).length;
        expect(taken.length, context).toBe(accepted);
        acknowledged += accepted;
      }

      // Once the pipeline settles: each order taken an order, a hold or the one it duplicates; each refusal an ORDRSP.
      const settled = new Map<string, string>();
      for (const { document } of documents)
        for (const { orderId } of document.outcomes)
          if (orderId && !settled.has(orderId)) settled.set(orderId, (await settledOrder(orderId)).status);
      const answered = (await keptFor(partnerId, 'ORDRSP')).map((kept) => kept.reference);
      for (const { document, context } of documents) {
        for (const outcome of document.outcomes.filter((each) => each.sourceOrderId !== undefined)) {
          if (outcome.orderId) {
            const status = settled.get(outcome.orderId)!;
            expect(status, context).not.toBe('FAILED');
            if (status === 'REJECTED') expect(answered, context).toContain(outcome.orderId);
          } else if (!outcome.test && !leftToAPerson(outcome)) {
            expect(outcome.problem, context).toBeDefined();
            expect(answered, context).toContain(document.id);
          }
        }
      }
      // The copies reach every kind of answer, the CONTRL most of all.
      expect(statuses.get(200)).toBeGreaterThan(COPIES / 3);
      expect(statuses.get(400)).toBeGreaterThan(0);
      expect(answered.length).toBeGreaterThan(0);
      expect(acknowledged).toBeGreaterThan(COPIES / 2);
    },
  );
});
