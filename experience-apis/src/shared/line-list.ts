import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';

/** A line asked about by SKU: how many, in which unit (the item's base unit when absent). */
export interface RequestedLine {
  sku: string;
  quantity: number;
  uom?: string;
}

// A unit only after a quantity: `LAD-001:x` is a mistake, not one LAD-001 in the unit "X".
const ENTRY = /^([A-Za-z0-9][A-Za-z0-9._/-]{0,63})(?::(\d{1,7}(?:\.\d{1,4})?)(?::([A-Za-z0-9]{1,8}))?)?$/;

/**
 * Reads a list of lines from a query string, `SKU[:QUANTITY[:UNIT]]` separated by commas —
 * `HXB-004:600,GLV-002:2:CS,LAD-001` — so that a read (price check, quick order) stays a GET that
 * can be cached and answered 304. A missing quantity is 1.
 */
export function parseLineList(text: string | undefined, field: string, maxLines: number): RequestedLine[] {
  const entries = (text ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0 || entries.length > maxLines) {
    throw new ValidationError(`Ask for 1 to ${maxLines} items, as SKU[:QUANTITY[:UNIT]] separated by commas.`, [
      { field, message: `1 to ${maxLines} entries` },
    ]);
  }
  const faults: { field: string; message: string }[] = [];
  const lines = entries.map((entry, index) => {
    const match = ENTRY.exec(entry);
    const quantity = Number(match?.[2] ?? 1);
    if (!match || quantity <= 0) {
      faults.push({
        field: `${field}.${index}`,
        message: `"${entry}" is not SKU[:QUANTITY[:UNIT]] with a quantity above 0`,
      });
      return { sku: entry, quantity: 1 };
    }
    return { sku: match[1]!, quantity, ...(match[3] ? { uom: match[3].toUpperCase() } : {}) };
  });
  if (faults.length > 0) throw new ValidationError('Some entries cannot be read.', faults);
  return lines;
}
