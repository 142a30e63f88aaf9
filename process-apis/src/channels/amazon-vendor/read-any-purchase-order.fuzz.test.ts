/**
 * The Amazon Vendor reader and acknowledgement writer against a thousand mutated copies of a valid
 * getPurchaseOrder answer (see json-mutations): the reader answers a draft or a typed 400, never
 * anything else; a draft's quantities are whole eaches; a rejection can always be written and is JSON.
 */
import { describe, expect, it } from 'vitest';
import { CrossdockError } from '@crossdock/shared-contracts/contracts/errors/crossdock-error';
import { isOrderNotTaken } from '../../inbound-documents/channel-order-draft';
import { mutatedDocuments } from '../json-mutations';
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

describe('any getPurchaseOrder answer', () => {
  it('is read into a draft or refused with a 400, and a rejection of it is always written', () => {
    const outcomes = { drafts: 0, notTaken: 0, unreadable: 0 };
    for (const parts of mutatedDocuments({ po: VALID }, 1000, 20261207)) {
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
