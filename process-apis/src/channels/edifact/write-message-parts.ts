import type { Address } from '@crossdock/shared-contracts/contracts/model/address';
import type { SegmentToWrite } from './write-interchange';

/** A party as a NAD names it: the id the buyer's ORDERS gave it (C082 3039, with its agency 3055), its name and address. */
export interface MessageParty {
  id?: { id: string; agency?: string };
  address?: Partial<Address>;
}

/** How a line's item is named back to the buyer: its GTIN, the buyer's part number, our article number. */
export interface MessageItem {
  gtin?: string;
  customerPartNumber?: string;
  sku: string;
}

/** The directory a message is written in: the one the partner's ORDERS came in (D.96A or D.01B). */
export type MessageRelease = '96A' | '01B';

/** UNH S009 of a message of `type` in `release`. */
export const messageIdentifier = (type: string, release: MessageRelease): string[] => [type, 'D', release, 'UN'];

/** CCYYMMDD (format 102) of an ISO date or instant; CCYYMMDDHHMM (203) with `withTime`. */
export function dtm(qualifier: string, at: string, withTime = false): SegmentToWrite {
  const digits = at.replace(/[-:T]/g, '');
  return withTime
    ? [['DTM'], [qualifier, digits.slice(0, 12), '203']]
    : [['DTM'], [qualifier, digits.slice(0, 8), '102']];
}

/**
 * NAD with the party function (3035), its id (C082) when the ORDERS gave one, and its name and
 * structured address (C080 party name, C059 street, 3164 city, 3229 region, 3251 postcode, 3207 country).
 */
export function nad(qualifier: string, party: MessageParty | undefined): SegmentToWrite[] {
  if (!party || (!party.id && !party.address)) return [];
  const address = party.address ?? {};
  const street = [address.line1 ?? '', ...(address.line2 ? [address.line2] : [])];
  return [
    [
      ['NAD'],
      [qualifier],
      party.id ? [party.id.id, '', party.id.agency ?? ''] : [''],
      [''],
      [address.name ?? ''],
      street,
      [address.city ?? ''],
      [address.region ?? ''],
      [address.postalCode ?? ''],
      [address.country ?? ''],
    ],
  ];
}

/**
 * LIN naming the item the way the buyer does (its GTIN, EN; else its part number, BP; else our
 * article number, SA), then PIA 1 with the other ids it has.
 */
export function lin(lineNumber: number, item: MessageItem): SegmentToWrite[] {
  const ids: [string, string][] = [];
  if (item.gtin) ids.push([item.gtin, 'EN']);
  if (item.customerPartNumber) ids.push([item.customerPartNumber, 'BP']);
  ids.push([item.sku, 'SA']);
  const [first, ...others] = ids;
  return [[['LIN'], [String(lineNumber)], [''], first!], ...(others.length ? [[['PIA'], ['1'], ...others]] : [])];
}
