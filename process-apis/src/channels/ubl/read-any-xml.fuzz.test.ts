/**
 * The UBL reader against thousands of mutated copies of a valid Order: whatever the bytes, it reads
 * an order (whose draft is made and whose OrderResponse is well-formed XML again) or refuses with a
 * typed 400 naming why, never another error.
 */
import { describe, expect, it } from 'vitest';
import { UnreadableDocumentError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { readUblOrder } from './read-ubl-order';
import { ublOrderDraft } from './ubl-order-draft';
import { ublOrderXml } from './ubl-test-documents';
import { writeOrderResponse } from './write-order-response';
import { readXmlTree } from './xml-tree';

const VALID = Buffer.from(
  ublOrderXml({
    id: 'PO-FUZZ',
    lines: [
      { id: '1', quantity: '12', price: '4.50', sellersItemId: 'HX-1', gtin: '05704066204093' },
      { id: '2', quantity: '1.5', unitCode: 'XCS', price: '10', baseQuantity: '2', sellersItemId: 'HX-2' },
    ],
  }),
);
const NASTY = ['<', '>', '&', '"', '\u0000', '\uFFFF', ']]>', '<!DOCTYPE x>', '&amp;', 'é', '\u00FF'].map((text) =>
  Buffer.from(text),
);

/** A small seeded generator, so a failing copy can be made again. */
function random(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % below;
  };
}

function mutated(next: (below: number) => number): Buffer {
  const bytes = Buffer.from(VALID);
  const at = next(bytes.length);
  const length = 1 + next(40);
  switch (next(6)) {
    case 0:
      bytes[at] = next(256);
      return bytes;
    case 1:
      return bytes.subarray(0, at);
    case 2:
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + length)]);
    case 3:
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at, at + length), bytes.subarray(at)]);
    case 4:
      return Buffer.concat([bytes.subarray(0, at), NASTY[next(NASTY.length)]!, bytes.subarray(at)]);
    default:
      return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc3]), bytes.subarray(at + 1)]);
  }
}

describe('reading any bytes as a UBL Order', () => {
  it('reads or refuses (400) each of 2,000 mutated copies of a valid order, and answers what it reads in well-formed XML', () => {
    const next = random(20261207);
    let read = 0;
    for (let copy = 0; copy < 2000; copy++) {
      const bytes = mutated(next);
      let order;
      try {
        order = readUblOrder(bytes);
      } catch (error) {
        expect(error, `copy ${copy}: ${bytes.toString('latin1')}`).toBeInstanceOf(UnreadableDocumentError);
        expect((error as UnreadableDocumentError).fieldErrors?.length).toBeGreaterThan(0);
        continue;
      }
      read++;
      expect(ublOrderDraft(order).lines).toHaveLength(order.lines.length);
      const response = writeOrderResponse({
        id: 'OR-FUZZ',
        issuedAt: new Date('2026-12-07T00:00:00Z'),
        code: 'RE',
        note: `Refused: ${order.lines.map((line) => line.name).join(', ')}`,
        orderId: order.id,
        seller: order.seller,
        buyer: order.buyer,
      });
      expect(readXmlTree(Buffer.from(response)).local).toBe('OrderResponse');
    }
    // Some copies change only what is read as text: both paths are exercised.
    expect(read).toBeGreaterThan(50);
    expect(read).toBeLessThan(2000);
  });
});
