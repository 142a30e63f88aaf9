/**
 * Mutated copies of a valid UBL Order through the gateway, with the database: whatever the bytes, the
 * answer is 202 (taken), 200 with an OrderResponse RE (refused at once, kept for the partner) or a
 * refusal as problem+json (4xx: unreadable, a DOCTYPE, a copy, no partner) — never a 5xx — a DOCTYPE
 * is always refused, and every order taken ends, once the pipeline settles, as an order (placed, held)
 * or as a refusal answered with an OrderResponse RE. The reader's own fuzz (read-any-xml.fuzz.test.ts)
 * runs thousands more without the database.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UBL_NAMESPACE, UBL_ORDER_RESPONSE_KIND } from '../../../process-apis/src/channels/ubl/ubl-names';
import { ublMutatedCopies } from '../../../process-apis/src/channels/ubl/ubl-mutations';
import { ublOrderXml } from '../../../process-apis/src/channels/ubl/ubl-test-documents';
import { childNamed, readXmlTree } from '../../../process-apis/src/channels/ubl/xml-tree';
import { channelsApi, type DocumentView } from '../../support/channels';
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
const accessPoint = () => `Bearer ${crossdock.token({ subject: 'peppol-access-point', scopes: ['process:write'] })}`;

function postOrder(body: Buffer) {
  return crossdock.http
    .post('/process/v1/inbound/ubl')
    .set('Authorization', accessPoint())
    .set('Content-Type', 'application/xml')
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
    })
    .send(body);
}

const settledOrder = (orderId: string) =>
  waitUntil(
    () => api.receivedOrder(orderId),
    (order) => SETTLED_STATUSES.has(order.status),
    { what: `order ${orderId} to settle` },
  );

/** A UBL partner for a new customer, and its valid order: one line by our SKU, one by a cross-referenced GTIN. */
async function aPartnerAndItsOrder(): Promise<{ partnerId: string; valid: string }> {
  const endpoint = { schemeId: '0088', id: `73${randomUUID().replace(/\D/g, '').slice(0, 11).padEnd(11, '0')}` };
  const [hammers, nails] = await Promise.all([
    api.stockedItem({ 'WH-DAL': 100_000 }, { price: '12.00' }),
    api.stockedItem({ 'WH-DAL': 100_000 }, { price: '4.00' }),
  ]);
  const partnerId = await api.createPartner(
    {
      channel: 'ubl',
      customerId: await api.openCustomer(),
      identifiers: { peppolEndpoint: endpoint },
      itemCrossReferences: [{ qualifier: 'GTIN', partnerProductId: '05704066204093', sku: nails }],
    },
    {
      productIds: [
        { qualifier: 'SellersItemIdentification', lookup: 'as-sku' },
        { qualifier: 'GTIN', lookup: 'cross-reference' },
      ],
      customer: { from: 'partner' },
      prices: 'keep',
    },
  );
  const valid = ublOrderXml({
    id: 'PO-UBL-FUZZ',
    currency: 'USD',
    buyerEndpoint: endpoint,
    delivery: [
      '<cac:Delivery><cac:DeliveryLocation><cac:Address><cbc:StreetName>1200 Commerce St</cbc:StreetName>',
      '<cbc:CityName>Dallas</cbc:CityName><cbc:PostalZone>75202</cbc:PostalZone>',
      '<cbc:CountrySubentity>TX</cbc:CountrySubentity><cac:Country><cbc:IdentificationCode>US</cbc:IdentificationCode>',
      '</cac:Country></cac:Address></cac:DeliveryLocation></cac:Delivery>',
    ].join(''),
    lines: [
      { id: '1', quantity: '6', unitCode: 'C62', price: '12.00', sellersItemId: hammers },
      { id: '2', quantity: '10', unitCode: 'H87', price: '4.00', gtin: '05704066204093' },
    ],
  });
  return { partnerId, valid };
}

/** Every OrderResponse kept for the partner (all pages): what each refers to. */
async function orderResponsesFor(partnerId: string): Promise<string[]> {
  const references: string[] = [];
  let cursor: string | undefined;
  do {
    const query = `partnerId=${partnerId}&kind=${UBL_ORDER_RESPONSE_KIND}&limit=200${cursor ? `&cursor=${cursor}` : ''}`;
    const page = await api.get(`/process/v1/outbound-documents?${query}`).expect(200);
    references.push(...page.body.items.map((kept: { reference: string }) => kept.reference));
    cursor = page.body.nextCursor;
  } while (cursor);
  return references;
}

describe('POST /process/v1/inbound/ubl with mutated orders', () => {
  it(
    `answers each of ${COPIES} mutated copies of a valid order without a 5xx, and accounts for every order it takes`,
    { timeout: 300_000 },
    async () => {
      const { partnerId, valid } = await aPartnerAndItsOrder();
      const statuses = new Map<number, number>();
      const documents: { document: DocumentView; context: string }[] = [];
      let doctypes = 0;
      for (const { applied, bytes } of ublMutatedCopies(valid, COPIES, 20261208)) {
        const answer = await postOrder(bytes);
        const context = `${applied.join(' + ')}: ${bytes.toString('base64')}`;
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        expect(answer.status, `${context} → ${answer.status} ${answer.body}`).toBeLessThan(500);
        // No DTD is ever read: a DOCTYPE, whatever its entities, is refused before anything is taken.
        if (bytes.includes('<!DOCTYPE')) {
          doctypes++;
          expect(answer.status, context).toBe(400);
        }
        if (answer.status >= 400) {
          expect(answer.headers['content-type'], context).toMatch(/^application\/problem\+json/);
          continue;
        }
        expect([200, 202], context).toContain(answer.status);
        const document = await api.document(answer.headers['x-crossdock-inbound-document']!);
        documents.push({ document, context });
        if (answer.status === 202) continue;
        // Refused at once: the OrderResponse RE, as kept for the partner.
        const response = readXmlTree(Buffer.from(answer.body as string));
        expect(childNamed(response, UBL_NAMESPACE.cbc, 'OrderResponseCode')?.text, context).toBe('RE');
        expect(document.status, context).toBe('rejected');
      }

      // Once the pipeline settles: each order taken is an order or a hold; each refusal has its OrderResponse RE.
      const settled = new Map<string, string>();
      for (const { document } of documents)
        for (const { orderId } of document.outcomes)
          if (orderId && !settled.has(orderId)) settled.set(orderId, (await settledOrder(orderId)).status);
      const answered = await orderResponsesFor(partnerId);
      for (const { document, context } of documents) {
        expect(document.outcomes.length, context).toBeGreaterThan(0);
        for (const outcome of document.outcomes) {
          if (outcome.orderId) {
            const status = settled.get(outcome.orderId)!;
            expect(status, context).not.toBe('FAILED');
            if (status === 'REJECTED') expect(answered, context).toContain(outcome.orderId);
          } else {
            expect(outcome.problem, context).toBeDefined();
            expect(answered, context).toContain(document.id);
          }
        }
      }
      // The copies reach every kind of answer.
      expect(statuses.get(202)).toBeGreaterThan(0);
      expect(statuses.get(400)).toBeGreaterThan(COPIES / 10);
      expect(statuses.get(409)).toBeGreaterThan(0);
      expect(doctypes).toBeGreaterThan(0);
    },
  );
});
