/**
 * The Amazon Vendor reader and acknowledgement writer against a thousand mutated copies of a valid
 * getPurchaseOrder answer (fields dropped, values of the wrong type, odd numbers and control
 * characters, bytes flipped, the text cut short): the reader answers a draft or a typed 400, never
 * anything else; a draft's quantities are whole eaches; a rejection can always be written and is JSON.
 */
import { describe, expect, it } from 'vitest';
import { CrossdockError } from '@crossdock/shared-contracts/contracts/errors/crossdock-error';
import { isOrderNotTaken } from '../../inbound-documents/channel-order-draft';
import { seededRandom } from '../x12/x12-mutations';
import { readVendorPurchaseOrders } from './read-vendor-purchase-order';
import { writeAcknowledgement } from './vendor-acknowledgement';

const VALID = {
  payload: {
    purchaseOrderNumber: '7W99FUZZ',
    purchaseOrderState: 'New',
    orderDetails: {
      purchaseOrderDate: '2026-12-01T06:00:00Z',
      sellingParty: { partyId: 'FUZZV' },
      shipToParty: { partyId: 'SAT4', address: { name: 'SAT4', addressLine1: '1 Dock Rd', countryCode: 'US' } },
      shipWindow: '2026-12-02T00:00:00Z--2026-12-04T00:00:00Z',
      items: [
        {
          itemSequenceNumber: '1',
          vendorProductIdentifier: 'SKU-1',
          orderedQuantity: { amount: 3, unitOfMeasure: 'Cases', unitSize: 24 },
          isBackOrderAllowed: false,
          netCost: { currencyCode: 'EUR', amount: '1.99' },
        },
        {
          itemSequenceNumber: '2',
          amazonProductIdentifier: 'B0FUZZ0002',
          orderedQuantity: { amount: 7, unitOfMeasure: 'Eaches' },
          isBackOrderAllowed: true,
        },
      ],
    },
  },
};

const ODD_VALUES: unknown[] = [
  null,
  '',
  ' ',
  0,
  -1,
  1.5,
  12345678901234567890,
  '\u0000',
  'Cases',
  true,
  [],
  {},
  '9'.repeat(40),
];

type Json = Record<string, unknown> | unknown[];
const below = (random: () => number, n: number) => Math.floor(random() * n);

/** Every object and array in the document, the document itself first. */
function containers(value: unknown, found: Json[] = []): Json[] {
  if (value && typeof value === 'object') {
    found.push(value as Json);
    for (const child of Object.values(value)) containers(child, found);
  }
  return found;
}

/** One structural change somewhere in a copy of the valid answer. */
function mutatedJson(random: () => number): string {
  const copy = JSON.parse(JSON.stringify(VALID)) as unknown;
  const all = containers(copy);
  const target = all[below(random, all.length)]!;
  const keys = Object.keys(target);
  const key = keys[below(random, keys.length)];
  if (key === undefined) return JSON.stringify(copy);
  const record = target as Record<string, unknown>;
  if (random() < 0.3 && !Array.isArray(target)) delete record[key];
  else record[key] = ODD_VALUES[below(random, ODD_VALUES.length)];
  return JSON.stringify(copy);
}

/** The same, then (half the time) bytes flipped or the text cut short. */
function mutatedBytes(random: () => number): Buffer {
  const bytes = Buffer.from(mutatedJson(random));
  if (random() < 0.5) return bytes;
  if (random() < 0.5) return bytes.subarray(0, below(random, bytes.length));
  const copy = Buffer.from(bytes);
  for (let flips = 1 + below(random, 3); flips > 0; flips--) copy[below(random, copy.length)] = below(random, 256);
  return copy;
}

describe('any getPurchaseOrder answer', () => {
  it('is read into a draft or refused with a 400, and a rejection of it is always written', () => {
    const random = seededRandom(20261207);
    const outcomes = { drafts: 0, notTaken: 0, unreadable: 0 };
    for (let run = 0; run < 1000; run++) {
      const parts = [{ name: 'po', contentType: 'application/json', body: mutatedBytes(random) }];
      try {
        const [order, ...more] = readVendorPurchaseOrders(parts);
        expect(more).toEqual([]);
        if (isOrderNotTaken(order!)) {
          expect(order.problem.status).toBe(400);
          outcomes.notTaken++;
        } else {
          for (const line of order!.lines) expect(line.quantity).toMatch(/^[1-9]\d*$/);
          outcomes.drafts++;
        }
      } catch (error) {
        expect(error).toBeInstanceOf(CrossdockError);
        expect((error as CrossdockError).status).toBe(400);
        outcomes.unreadable++;
      }
      const written = writeAcknowledgement(parts, () => [{ code: 'Rejected' }], {
        at: new Date('2026-12-07T00:00:00Z'),
        purchaseOrderNumber: '7W99FUZZ',
      });
      expect(() => JSON.parse(written!.text) as unknown).not.toThrow();
    }
    // The mutations reach every outcome, so the check is not passing on one kind of input only.
    expect(outcomes.drafts).toBeGreaterThan(50);
    expect(outcomes.notTaken).toBeGreaterThan(50);
    expect(outcomes.unreadable).toBeGreaterThan(50);
  });
});
