import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { DraftParty } from '../../inbound-documents/channel-order-draft';
import { freeText, type SegmentToWrite } from './write-interchange';
import { x12Decimal, x12Quantity } from './x12-values';

/** How a line names its item to the partner: our item number, theirs, and the GTIN when there is one. */
export interface ItemIdentifiers {
  /** Crossdock's (the ERP's) item number: the vendor's part number, VP. */
  sku: string;
  /** The buyer's own part number, BP, echoed as the buyer sent it. */
  customerPartNumber?: string;
  /** UPC (12 digits, UP), EAN (13, EN) or GTIN-14 (UK) of the unit. */
  gtin?: string;
}

/**
 * N1 (with the party's first qualified id), N3 and N4, and a PER when there is a contact: the loop
 * that names a party. A party with neither a name nor an id is left out, as X12 requires one of them.
 */
export function partySegments(entityCode: string, party: DraftParty | undefined): SegmentToWrite[] {
  if (!party) return [];
  const { address } = party;
  const id = party.ids[0];
  const name = address.name ? freeText(address.name, 60) : undefined;
  if (!name && !id) return [];
  const segments: SegmentToWrite[] = [['N1', entityCode, name, id?.qualifier, id?.id]];
  if (address.line1)
    segments.push(['N3', freeText(address.line1, 55), address.line2 ? freeText(address.line2, 55) : undefined]);
  if (address.city || address.postalCode || address.country) {
    // N402 is a two-letter code; a region written out in full has no place there.
    const region = address.region && /^[A-Za-z]{2}$/.test(address.region) ? address.region.toUpperCase() : undefined;
    segments.push([
      'N4',
      address.city ? freeText(address.city, 30) : undefined,
      region,
      address.postalCode ? freeText(address.postalCode, 15) : undefined,
      address.country,
    ]);
  }
  const numbers = [
    address.contactPhone && ['TE', freeText(address.contactPhone, 80)],
    address.contactEmail && ['EM', freeText(address.contactEmail, 80)],
  ]
    .filter(Boolean)
    .flat() as string[];
  if (address.contactName || numbers.length > 0)
    segments.push(['PER', 'IC', address.contactName ? freeText(address.contactName, 60) : undefined, ...numbers]);
  return segments;
}

/** Qualifier and id pairs for PO1, LIN and IT1: VP (ours), BP (the buyer's), then the GTIN. */
export function itemIdPairs(item: ItemIdentifiers): string[] {
  const pairs = ['VP', item.sku];
  if (item.customerPartNumber) pairs.push('BP', item.customerPartNumber);
  const gtinQualifier = item.gtin
    ? ({ 12: 'UP', 13: 'EN', 14: 'UK' } as Record<number, string>)[item.gtin.length]
    : undefined;
  if (gtinQualifier) pairs.push(gtinQualifier, item.gtin!);
  return pairs;
}

/** The line id to echo: the buyer's own (PO101 as sent), else Crossdock's line number. */
export function lineId(line: { lineNumber: number; sourceLineId?: string }): string {
  return line.sourceLineId ?? String(line.lineNumber);
}

/** A quantity to write, refused when it is not a positive number. */
export function positiveQuantity(quantity: number, field: string): string {
  if (!(quantity > 0))
    throw new ValidationError(`${field} must be more than zero; it is ${quantity}.`, [
      { field, message: 'must be more than zero' },
    ]);
  return x12Quantity(quantity);
}

/** A unit price to write, or undefined when there is none. */
export function optionalPrice(unitPrice: string | undefined): string | undefined {
  return unitPrice === undefined ? undefined : x12Decimal(unitPrice);
}

/** Refuses a document without lines: X12 has no empty 855, 856 or 810. */
export function requireLines<T>(lines: T[], what: string): T[] {
  if (lines.length === 0)
    throw new ValidationError(`${what} needs at least one line.`, [{ field: 'lines', message: 'at least one line' }]);
  return lines;
}
