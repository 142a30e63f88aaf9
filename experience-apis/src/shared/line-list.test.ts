import { describe, expect, it } from 'vitest';
import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { parseLineList } from './line-list';

function refusal(read: () => unknown): ValidationError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  return expect.fail('the list was accepted');
}

describe('parseLineList', () => {
  it('reads SKU, SKU:QUANTITY and SKU:QUANTITY:UNIT, a missing quantity being 1', () => {
    expect(parseLineList('HXB-004:600, GLV-002:2:cs,LAD-001', 'items', 10)).toEqual([
      { sku: 'HXB-004', quantity: 600 },
      { sku: 'GLV-002', quantity: 2, uom: 'CS' },
      { sku: 'LAD-001', quantity: 1 },
    ]);
  });

  it('takes decimal quantities, for items sold by length or weight', () => {
    expect(parseLineList('WIR-001:12.5:FT', 'items', 10)).toEqual([{ sku: 'WIR-001', quantity: 12.5, uom: 'FT' }]);
  });

  it('refuses an empty list and a list longer than allowed', () => {
    expect(refusal(() => parseLineList(' , ', 'items', 3)).fieldErrors).toEqual([
      { field: 'items', message: '1 to 3 entries' },
    ]);
    refusal(() => parseLineList('A,B,C,D', 'items', 3));
  });

  it('names each entry it cannot read', () => {
    const error = refusal(() => parseLineList('HXB-004:0,GLV-002,bad sku,LAD-001:x', 'lines', 10));

    expect(error.fieldErrors?.map((fault) => fault.field)).toEqual(['lines.0', 'lines.2', 'lines.3']);
  });
});
