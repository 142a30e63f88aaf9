/**
 * Mutated copies of a valid 850 interchange through the gateway, with the database: whatever the
 * bytes, the answer is a 997 (200), a refusal as problem+json (400 unreadable, 422 no partner), or
 * nothing for an interchange that only acknowledges (204) — never a 500 — and every 850 the 997
 * accepts (AK5 A or E) ends as an order or an outcome on the kept document. The reader's own fuzz
 * (read-any-bytes.fuzz.test.ts) runs thousands more without the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutatedCopies } from '../../../process-apis/src/channels/x12/x12-mutations';
import { interchangeOf, purchaseOrderBody } from '../../../process-apis/src/channels/x12/x12-test-documents';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { parseInterchange, x12Api } from '../../support/x12';

let crossdock: TestPlatform;
let api: ReturnType<typeof x12Api>;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = x12Api(crossdock);
});
afterAll(() => crossdock.close());

const COPIES = 300;

describe('POST /process/v1/inbound/x12 with mutated interchanges', () => {
  it(
    `answers each of ${COPIES} mutated copies of a valid 850 without a 500, and accounts for every 850 it accepts`,
    { timeout: 300_000 },
    async () => {
      // The test document's own sender, BUYERCO, as a partner: most copies keep it recognisable.
      await api.createX12Partner(
        { qualifier: 'ZZ', id: 'BUYERCO' },
        { productIds: [{ qualifier: 'VP', lookup: 'as-sku' }], customer: { from: 'partner' }, prices: 'keep' },
        { customerId: await api.openCustomer() },
      );
      const valid = interchangeOf([
        { controlNumber: '0001', body: purchaseOrderBody({ poNumber: 'PO-HTTP-FUZZ-1' }) },
        { controlNumber: '0002', body: purchaseOrderBody({ poNumber: 'PO-HTTP-FUZZ-2' }) },
      ]);
      const statuses = new Map<number, number>();
      for (const { applied, bytes } of mutatedCopies(valid, COPIES, 7)) {
        const answer = await api.postBytes(bytes);
        const context = `${applied.join(' + ')}: ${bytes.toString('base64')}`;
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        expect([200, 204, 400, 422], `${context} → ${answer.status} ${answer.body}`).toContain(answer.status);
        if (answer.status !== 200) {
          if (answer.status !== 204)
            expect(answer.headers['content-type'], context).toMatch(/^application\/problem\+json/);
          continue;
        }
        const ack = parseInterchange(answer.body as string);
        const accepted = ack.groups
          .flatMap((group) => group.transactionSets)
          .flatMap((set) => set.segments)
          .filter((segment) => segment.id === 'AK5' && segment.elements[0] !== 'R');
        const document = await api.document(answer.headers['x-crossdock-inbound-document']!);
        expect(document.status, context).not.toBe('received');
        // Each accepted 850 is an outcome with its PO (an order, a duplicate, a refusal or a test): none is dropped silently.
        expect(document.outcomes.filter((outcome) => outcome.sourceOrderId !== undefined).length, context).toBe(
          accepted.length,
        );
      }
      // The copies reach every kind of answer, the 997 most of all.
      expect(statuses.get(200)).toBeGreaterThan(COPIES / 3);
      expect(statuses.get(400)).toBeGreaterThan(0);
    },
  );
});
