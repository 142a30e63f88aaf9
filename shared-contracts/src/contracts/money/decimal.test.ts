import { describe, expect, it } from 'vitest';
import {
  addDecimals,
  compareDecimals,
  formatDecimal,
  multiplyByQuantity,
  parseDecimal,
  roundMoney,
  sumDecimals,
} from './decimal';

describe('parseDecimal', () => {
  it('scales amounts to 4 decimal places', () => {
    expect(parseDecimal('12.5')).toBe(125000n);
    expect(parseDecimal('12.5000')).toBe(125000n);
    expect(parseDecimal('-3.10')).toBe(-31000n);
    expect(parseDecimal('0.0001')).toBe(1n);
    expect(parseDecimal('7')).toBe(70000n);
  });

  it('reads the largest amount exactly, where a float would not', () => {
    expect(parseDecimal('99999999999999.9999')).toBe(999999999999999999n);
    expect(parseDecimal('-99999999999999.9999')).toBe(-999999999999999999n);
  });

  it.each(['', '1.', '.5', '+1', '1e3', '1,000.00', ' 1', '1.23456', '123456789012345', 'abc', '--1', 'NaN'])(
    'refuses %j with a message naming the value',
    (text) => {
      expect(() => parseDecimal(text)).toThrow(/Invalid decimal amount/);
    },
  );

  it('refuses a number passed where a string belongs', () => {
    expect(() => parseDecimal(0.1 as unknown as string)).toThrow(/Invalid decimal amount/);
  });
});

describe('formatDecimal', () => {
  it('pads and trims to the requested places', () => {
    expect(formatDecimal(125000n, 4)).toBe('12.5000');
    expect(formatDecimal(125000n, 2)).toBe('12.50');
    expect(formatDecimal(125000n, 0)).toBe('13');
    expect(formatDecimal(1n, 4)).toBe('0.0001');
    expect(formatDecimal(-31000n, 2)).toBe('-3.10');
  });

  it('rounds half away from zero on both sides of zero', () => {
    expect(formatDecimal(23450n, 2)).toBe('2.35');
    expect(formatDecimal(-23450n, 2)).toBe('-2.35');
    expect(formatDecimal(23449n, 2)).toBe('2.34');
    expect(formatDecimal(-23449n, 2)).toBe('-2.34');
    expect(formatDecimal(5000n, 0)).toBe('1');
    expect(formatDecimal(-5000n, 0)).toBe('-1');
  });

  it('never writes negative zero', () => {
    expect(formatDecimal(-49n, 2)).toBe('0.00');
    expect(formatDecimal(0n, 4)).toBe('0.0000');
  });

  it('refuses places outside 0 to 4', () => {
    expect(() => formatDecimal(1n, 5)).toThrow(RangeError);
    expect(() => formatDecimal(1n, -1)).toThrow(RangeError);
    expect(() => formatDecimal(1n, 1.5)).toThrow(RangeError);
  });
});

describe('addDecimals and sumDecimals', () => {
  it('adds 0.1 and 0.2 to exactly 0.3', () => {
    expect(0.1 + 0.2).not.toBe(0.3); // the float bug this module exists to avoid
    expect(addDecimals('0.1', '0.2')).toBe('0.3000');
  });

  it('adds negative amounts (credits)', () => {
    expect(addDecimals('10.00', '-3.10')).toBe('6.9000');
    expect(addDecimals('-0.0001', '0.0001')).toBe('0.0000');
  });

  it('sums ten times 0.1 to exactly 1', () => {
    expect(sumDecimals(Array.from({ length: 10 }, () => '0.1'))).toBe('1.0000');
  });

  it('sums an empty list to zero', () => {
    expect(sumDecimals([])).toBe('0.0000');
  });

  it('keeps the last cent at the top of the range', () => {
    expect(addDecimals('99999999999999.9998', '0.0001')).toBe('99999999999999.9999');
    expect(sumDecimals(['99999999999999.9999', '-0.0001', '0.0001'])).toBe('99999999999999.9999');
  });

  it('refuses a sum beyond 14 integer digits instead of returning an unreadable amount', () => {
    expect(() => addDecimals('99999999999999.9999', '0.0001')).toThrow(RangeError);
  });

  it('refuses an invalid amount anywhere in the list', () => {
    expect(() => sumDecimals(['1.00', '2,00'])).toThrow(/Invalid decimal amount "2,00"/);
  });
});

describe('multiplyByQuantity', () => {
  it('extends 19.99 by 3 to exactly 59.97', () => {
    expect(multiplyByQuantity('19.99', 3)).toBe('59.9700');
    expect(multiplyByQuantity('19.99', 3000)).toBe('59970.0000');
  });

  it('extends where float multiplication drifts', () => {
    expect(1.15 * 100).not.toBe(115); // 114.99999999999999
    expect(multiplyByQuantity('1.15', 100)).toBe('115.0000');
    expect(0.07 * 3).not.toBe(0.21); // 0.21000000000000002
    expect(multiplyByQuantity('0.07', 3)).toBe('0.2100');
  });

  it('extends by a decimal quantity given as a number or a string', () => {
    expect(multiplyByQuantity('0.1', 3)).toBe('0.3000');
    expect(multiplyByQuantity('4.99', 2.5)).toBe('12.4750');
    expect(multiplyByQuantity('4.99', '2.5')).toBe('12.4750');
    expect(multiplyByQuantity('1.15', 0.1)).toBe('0.1150');
  });

  it('rounds the eighth decimal of the product half away from zero', () => {
    // 0.0001 * 0.5 = 0.00005 -> 0.0001; 0.0003 * 0.1234 = 0.00003702 -> 0.0000
    expect(multiplyByQuantity('0.0001', 0.5)).toBe('0.0001');
    expect(multiplyByQuantity('-0.0001', 0.5)).toBe('-0.0001');
    expect(multiplyByQuantity('0.0003', '0.1234')).toBe('0.0000');
    expect(multiplyByQuantity('1.3333', '0.3333')).toBe('0.4444');
  });

  it('is exact for large amounts', () => {
    expect(multiplyByQuantity('99999999999999.9999', 1)).toBe('99999999999999.9999');
    expect(multiplyByQuantity('33333333333333.3333', 3)).toBe('99999999999999.9999');
    expect(multiplyByQuantity('12345678.9012', 1000)).toBe('12345678901.2000');
  });

  it('refuses a product beyond the range', () => {
    expect(() => multiplyByQuantity('99999999999999.9999', 2)).toThrow(RangeError);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 0.33333, 1e-7, 1e21, '1e3', '2.50000', ''])(
    'refuses the quantity %j rather than rounding it',
    (quantity) => {
      expect(() => multiplyByQuantity('1.00', quantity)).toThrow(/Invalid quantity/);
    },
  );
});

describe('roundMoney', () => {
  it('rounds to cents by default, half away from zero', () => {
    expect(roundMoney('2.345')).toBe('2.35');
    expect(roundMoney('-2.345')).toBe('-2.35');
    expect(roundMoney('2.3449')).toBe('2.34');
    expect(roundMoney('1.005')).toBe('1.01'); // Math.round(1.005 * 100) / 100 gives 1
    expect(roundMoney('7')).toBe('7.00');
  });

  it('rounds to other minor units', () => {
    expect(roundMoney('1234.5', 0)).toBe('1235');
    expect(roundMoney('0.1234', 3)).toBe('0.123');
    expect(roundMoney('0.1235', 3)).toBe('0.124');
  });

  it('refuses a rounding that carries beyond the range', () => {
    expect(() => roundMoney('99999999999999.9999')).toThrow(RangeError);
  });
});

describe('compareDecimals', () => {
  it('compares by value, not by text', () => {
    expect(compareDecimals('1.5', '1.50')).toBe(0);
    expect(compareDecimals('10.00', '9.99')).toBe(1);
    expect(compareDecimals('-3.10', '-3.1')).toBe(0);
    expect(compareDecimals('-0.0001', '0')).toBe(-1);
    expect(compareDecimals('99999999999999.9998', '99999999999999.9999')).toBe(-1);
  });

  it('sorts amounts in numeric order', () => {
    const sorted = ['10', '9.5', '-1', '0.05', '100.0001'].sort(compareDecimals);
    expect(sorted).toEqual(['-1', '0.05', '9.5', '10', '100.0001']);
  });
});
