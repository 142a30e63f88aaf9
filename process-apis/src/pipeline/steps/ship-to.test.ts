import type { Customer } from '@crossdock/shared-contracts/contracts/model/customer';
import type { SalesOrderInput } from '@crossdock/shared-contracts/contracts/model/order-input';
import { describe, expect, it } from 'vitest';
import { decideShipTo, missingParts } from './ship-to';

const DALLAS = {
  name: 'Acme Hardware — Store 112',
  line1: '2400 Elm St',
  city: 'Dallas',
  region: 'TX',
  postalCode: '75226',
  country: 'US',
};
const CUSTOMER = { id: 'C-1001', shipTo: DALLAS } as Customer;
const orderTo = (shipTo: unknown) =>
  ({
    channel: 'x12',
    sourceOrderId: 'PO-1',
    customerId: 'C-1001',
    lines: [{ sku: 'A', quantity: 1 }],
    ...(shipTo ? { shipTo } : {}),
  }) as SalesOrderInput;

describe('the address an order ships to', () => {
  it('is the order’s own when complete, the customer’s default delivery address when the order names none', () => {
    expect(decideShipTo(orderTo({ ...DALLAS, name: 'Store 7' }), CUSTOMER)).toEqual({
      shipTo: { ...DALLAS, name: 'Store 7' },
      fromCustomer: false,
    });
    expect(decideShipTo(orderTo(undefined), CUSTOMER)).toEqual({ shipTo: DALLAS, fromCustomer: true });
  });

  it('holds ADDRESS_INCOMPLETE, saying what is missing, when the order’s own is incomplete (never swapped for the default) or the default is', () => {
    const own = decideShipTo(orderTo({ name: 'Store 7', city: 'Dallas', country: 'US', region: 'TX' }), CUSTOMER);
    expect(own).toEqual({
      hold: {
        reasonCode: 'ADDRESS_INCOMPLETE',
        detail: expect.stringMatching(/line1: missing.*postalCode: missing \(carriers in US need one\)/),
      },
    });
    const noRegion = decideShipTo(orderTo(undefined), { ...CUSTOMER, shipTo: { ...DALLAS, region: undefined } });
    expect(noRegion).toEqual({
      hold: {
        reasonCode: 'ADDRESS_INCOMPLETE',
        detail: expect.stringMatching(/default delivery address is incomplete \(region: US needs the two-letter/),
      },
    });
    expect(decideShipTo(orderTo(undefined), undefined)).toEqual({
      hold: { reasonCode: 'ADDRESS_INCOMPLETE', detail: expect.stringContaining('not known to the ERP') },
    });
  });

  it('needs a postal code only where carriers do: US, CA, GB, DE yes; HK, AE, IE no', () => {
    const without = (country: string, region?: string) =>
      missingParts({ name: 'Receiving', line1: '1 Main St', city: 'Somewhere', country, region });
    expect(without('US', 'TX')).toEqual(['postalCode: missing (carriers in US need one)']);
    expect(without('CA', 'ON')).toEqual(['postalCode: missing (carriers in CA need one)']);
    expect(without('GB')).toEqual(['postalCode: missing (carriers in GB need one)']);
    expect(without('DE')).toEqual(['postalCode: missing (carriers in DE need one)']);
    expect([without('HK'), without('AE'), without('IE')]).toEqual([[], [], []]);
    expect(missingParts({ ...DALLAS, postalCode: '  ' })).toEqual(['postalCode: missing (carriers in US need one)']);
  });
});
