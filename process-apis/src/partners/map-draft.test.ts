import type { MappingRules } from '@crossdock/shared-contracts/contracts/api/process-mappings';
import { describe, expect, it } from 'vitest';
import type { ChannelOrderDraft } from '../inbound-documents/channel-order-draft';
import { mapDraft, type PartnerMappingData } from './map-draft';

const SHIP_TO = {
  name: 'Bob Norman',
  line1: 'Chestnut Street 92',
  city: 'Louisville',
  region: 'KY',
  postalCode: '40202',
  country: 'US',
};

function aDraft(overrides: Partial<ChannelOrderDraft> = {}): ChannelOrderDraft {
  return {
    channel: 'shopify',
    sourceOrderId: '9007199254740993123',
    purchaseOrderNumber: '#1001',
    currency: 'USD',
    shipTo: { ids: [], address: SHIP_TO },
    buyer: { ids: [{ qualifier: 'customer_id', id: 'C-2002' }], address: {} },
    lines: [
      {
        sourceLineId: '466157049',
        productIds: [
          { qualifier: 'sku', id: 'IPOD2008GREEN' },
          { qualifier: 'variant_id', id: '39072856' },
        ],
        quantity: '2',
        unitPrice: '199.00',
        uom: 'CA',
      },
      {
        sourceLineId: '2',
        productIds: [{ qualifier: 'sku', id: 'NOT-CROSS-REFERENCED' }],
        quantity: '1',
        unitPrice: '5.00',
      },
    ],
    ...overrides,
  };
}

const PARTNER: PartnerMappingData = {
  customerId: 'C-1001',
  itemReferences: [
    { qualifier: 'variant_id', partnerProductId: '39072856', sku: 'HXB-004', uom: null },
    { qualifier: '', partnerProductId: 'IPOD2008GREEN', sku: 'GLV-002', uom: 'CS' },
  ],
  unitOfMeasureMappings: [{ partnerUom: 'CA', uom: 'CS' }],
};

const RULES: MappingRules = {
  productIds: [
    { qualifier: 'variant_id', lookup: 'cross-reference' },
    { qualifier: 'sku', lookup: 'as-sku' },
  ],
  customer: { from: 'partner' },
  prices: 'keep',
};

describe('mapping a draft with a mapping version', () => {
  it('tries the product ids in the version’s order, maps units, keeps prices and the source ids as strings', () => {
    const { order } = mapDraft(aDraft(), PARTNER, RULES);
    expect(order).toMatchObject({
      channel: 'shopify',
      sourceOrderId: '9007199254740993123',
      customerId: 'C-1001',
      purchaseOrderNumber: '#1001',
      shipTo: SHIP_TO,
    });
    expect(order!.lines).toEqual([
      { lineNumber: 1, sku: 'HXB-004', quantity: 2, uom: 'CS', unitPrice: '199.00', customerPartNumber: '39072856' },
      { lineNumber: 2, sku: 'NOT-CROSS-REFERENCED', quantity: 1, unitPrice: '5.00' },
    ]);
  });

  it('leaves a product no rule resolves under its first id, for the pipeline to hold UNKNOWN_ITEM', () => {
    const { order } = mapDraft(aDraft(), PARTNER, {
      ...RULES,
      productIds: [{ qualifier: 'UP', lookup: 'cross-reference' }],
    });
    expect(order!.lines.map((line) => line.sku)).toEqual(['IPOD2008GREEN', 'NOT-CROSS-REFERENCED']);
  });

  it('uses a cross-reference for any qualifier, its unit, the version’s unit map and ignored prices', () => {
    const rules: MappingRules = {
      productIds: [{ qualifier: 'sku', lookup: 'cross-reference' }],
      customer: { from: 'partner' },
      prices: 'ignore',
      units: { map: { CA: 'BX' }, default: 'EA' },
    };
    const draft = aDraft({
      lines: [
        { productIds: [{ qualifier: 'sku', id: 'IPOD2008GREEN' }], quantity: '3' },
        { productIds: [{ qualifier: 'sku', id: 'X' }], quantity: '1', uom: 'CA', unitPrice: '1.00' },
      ],
    });
    expect(mapDraft(draft, PARTNER, rules).order!.lines).toEqual([
      { lineNumber: 1, sku: 'GLV-002', quantity: 3, uom: 'CS', customerPartNumber: 'IPOD2008GREEN' },
      { lineNumber: 2, sku: 'X', quantity: 1, uom: 'BX' },
    ]);
  });

  it('takes the customer from a party when the version says so, else the partner’s account', () => {
    const rules: MappingRules = { ...RULES, customer: { from: 'party', party: 'buyer', qualifier: 'customer_id' } };
    expect(mapDraft(aDraft(), PARTNER, rules).order!.customerId).toBe('C-2002');
    expect(mapDraft(aDraft({ buyer: undefined }), PARTNER, rules).order!.customerId).toBe('C-1001');
  });

  it('keeps source line numbers when asked and they are whole numbers', () => {
    const { order } = mapDraft(aDraft(), PARTNER, { ...RULES, lineNumbers: 'source' });
    expect(order!.lines.map((line) => line.lineNumber)).toEqual([466157049, 2]);
  });

  it('reports what no order can carry: no lines, a quantity of zero', () => {
    const result = mapDraft(
      aDraft({ lines: [{ productIds: [{ qualifier: 'sku', id: 'A' }], quantity: '0' }] }),
      PARTNER,
      RULES,
    );
    expect(result.problems?.map((problem) => problem.field)).toEqual(['lines.0.quantity']);
    expect(mapDraft(aDraft({ lines: [] }), PARTNER, RULES).problems?.map((problem) => problem.field)).toEqual([
      'lines',
    ]);
  });

  it('leaves a ship-to without a state on the order (the pipeline holds it ADDRESS_INCOMPLETE) and drops a bad e-mail address', () => {
    const { order } = mapDraft(
      aDraft({ shipTo: { ids: [], address: { ...SHIP_TO, region: undefined, contactEmail: 'not an address' } } }),
      PARTNER,
      RULES,
    );
    expect(order!.shipTo).toEqual({
      name: 'Bob Norman',
      line1: 'Chestnut Street 92',
      city: 'Louisville',
      postalCode: '40202',
      country: 'US',
    });
  });

  it('takes an order without a ship-to, or with no street, for the pipeline to settle (customer default or ADDRESS_INCOMPLETE), not as a refusal', () => {
    const withoutShipTo = mapDraft(aDraft({ shipTo: undefined }), PARTNER, {
      ...RULES,
      defaults: { country: 'US', shipToName: 'Receiving' },
    });
    expect(withoutShipTo.problems).toBeUndefined();
    expect(withoutShipTo.order!.shipTo).toBeUndefined();
    const noStreet = mapDraft(aDraft({ shipTo: { ids: [], address: { ...SHIP_TO, line1: ' ' } } }), PARTNER, RULES);
    expect(noStreet.problems).toBeUndefined();
    expect(noStreet.order!.shipTo).toEqual({
      name: 'Bob Norman',
      city: 'Louisville',
      region: 'KY',
      postalCode: '40202',
      country: 'US',
    });
  });

  it('makes an alpha-3 country alpha-2 and treats an empty postal code as none', () => {
    const countries = ['USA', 'CAN', 'DEU', 'GBR', 'MEX', 'hkg'].map(
      (country) =>
        mapDraft(aDraft({ shipTo: { ids: [], address: { ...SHIP_TO, country } } }), PARTNER, RULES).order!.shipTo!
          .country,
    );
    expect(countries).toEqual(['US', 'CA', 'DE', 'GB', 'MX', 'HK']);
    const { order } = mapDraft(
      aDraft({
        shipTo: { ids: [], address: { ...SHIP_TO, country: 'HKG', region: undefined, postalCode: '' } },
        billTo: { ids: [], address: { ...SHIP_TO, postalCode: ' ' } },
      }),
      PARTNER,
      RULES,
    );
    expect(order!.shipTo).toEqual({
      name: 'Bob Norman',
      line1: 'Chestnut Street 92',
      city: 'Louisville',
      country: 'HK',
    });
    expect(order!.billTo).toEqual({ ...SHIP_TO, postalCode: undefined });
  });
});
