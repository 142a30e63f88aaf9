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
import { ublMutatedCopies } from './ubl-mutations';
import { readXmlTree } from './xml-tree';

const VALID = ublOrderXml({
  id: 'PO-FUZZ',
  lines: [
    { id: '1', quantity: '12', price: '4.50', sellersItemId: 'HX-1', gtin: '05704066204093' },
    { id: '2', quantity: '1.5', unitCode: 'XCS', price: '10', baseQuantity: '2', sellersItemId: 'HX-2' },
  ],
});

describe('reading any bytes as a UBL Order', () => {
  it('reads or refuses (400) each of 2,000 mutated copies of a valid order, and answers what it reads in well-formed XML', () => {
    let read = 0;
    for (const { applied, bytes } of ublMutatedCopies(VALID, 2000, 20261207)) {
      let order;
      try {
        order = readUblOrder(bytes);
      } catch (error) {
        expect(error, `${applied.join(' + ')}: ${bytes.toString('latin1')}`).toBeInstanceOf(UnreadableDocumentError);
        expect((error as UnreadableDocumentError).fieldErrors?.length).toBeGreaterThan(0);
        continue;
      }
      read++;
      // A DOCTYPE is refused before anything is read: no entity is declared, expanded or fetched.
      expect(bytes.includes('<!DOCTYPE'), applied.join(' + ')).toBe(false);
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
