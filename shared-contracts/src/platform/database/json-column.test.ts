import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InternalError } from '../../contracts/errors/errors';
import { jsonColumn } from './json-column';

const linesColumn = jsonColumn(
  'OrderShipment.lines',
  z.array(z.object({ lineNumber: z.number().int(), sku: z.string(), quantity: z.number() })),
);

describe('jsonColumn', () => {
  it('reads what it wrote, typed', () => {
    const lines = [{ lineNumber: 1, sku: 'HXB-004', quantity: 12 }];

    const stored: unknown = JSON.parse(JSON.stringify(linesColumn.write(lines)));

    expect(linesColumn.read(stored)).toEqual(lines);
  });

  it('refuses a stored value that does not fit, naming the column and what is wrong', () => {
    const read = () => linesColumn.read([{ lineNumber: 1, sku: 'HXB-004', quantity: '12' }]);

    expect(read).toThrow(InternalError);
    try {
      read();
    } catch (error) {
      const cause = (error as InternalError).cause as Error;
      expect(cause.message).toContain('OrderShipment.lines');
      expect(cause.message).toContain('quantity');
      // What a client would be shown says nothing of the column.
      expect(JSON.stringify((error as InternalError).toProblem())).not.toContain('OrderShipment');
    }
  });

  it('keeps nothing the schema does not describe', () => {
    expect(linesColumn.read([{ lineNumber: 2, sku: 'A', quantity: 1, note: 'typed by hand' }])).toEqual([
      { lineNumber: 2, sku: 'A', quantity: 1 },
    ]);
  });
});
