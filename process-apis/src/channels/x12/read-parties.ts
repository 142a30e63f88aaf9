import type { DraftParty } from '../../inbound-documents/channel-order-draft';
import { trimmedElementAt, type Segment } from './x12-segments';

/** The segments that belong to an N1 loop after its N1 (names, address, contacts, references). */
const N1_LOOP_MEMBERS = new Set([
  'N2',
  'N3',
  'N4',
  'REF',
  'PER',
  'FOB',
  'TD1',
  'TD5',
  'TD3',
  'TD4',
  'PKG',
  'DTM',
  'SI',
]);

/** True when `segmentId` continues an N1 loop. */
export function continuesPartyLoop(segmentId: string): boolean {
  return N1_LOOP_MEMBERS.has(segmentId);
}

/** Starts a party from its N1: the name and the qualified id (N103/N104). */
export function partyFromN1(n1: Segment): DraftParty {
  const party: DraftParty = { ids: [], address: {} };
  const name = trimmedElementAt(n1, 2);
  if (name) party.address.name = name;
  const qualifier = trimmedElementAt(n1, 3);
  const id = trimmedElementAt(n1, 4);
  if (qualifier && id) party.ids.push({ qualifier, id });
  return party;
}

/**
 * Adds what N2, N3, N4 or PER say to a party. N2 (additional name, usually an attention line) and
 * PER give the contact; a second N3 continues the street lines.
 */
export function addToParty(party: DraftParty, segment: Segment): void {
  const value = (position: number) => trimmedElementAt(segment, position);
  const address = party.address;
  switch (segment.id) {
    case 'N2':
      address.contactName ??= value(1);
      break;
    case 'N3': {
      const lines = [value(1), value(2)].filter((line): line is string => line !== undefined);
      if (address.line1 === undefined) {
        address.line1 = lines.shift();
        if (lines.length) address.line2 = lines.join(', ');
      } else if (lines.length) address.line2 = [address.line2, ...lines].filter(Boolean).join(', ');
      break;
    }
    case 'N4':
      setIfPresent(address, 'city', value(1));
      setIfPresent(address, 'region', value(2));
      setIfPresent(address, 'postalCode', value(3));
      setIfPresent(address, 'country', value(4));
      break;
    case 'PER':
      addContact(party, segment);
      break;
  }
}

/** PER02 is the contact's name; PER03/04, 05/06, 07/08 are qualified numbers (TE phone, EM email, FX fax...). */
export function addContact(party: DraftParty, per: Segment): void {
  const name = trimmedElementAt(per, 2);
  if (name) party.address.contactName = name;
  for (let position = 3; position <= 7; position += 2) {
    const qualifier = trimmedElementAt(per, position);
    const number = trimmedElementAt(per, position + 1);
    if (!number) continue;
    if (qualifier === 'TE') party.address.contactPhone ??= number;
    if (qualifier === 'EM') party.address.contactEmail ??= number;
  }
}

function setIfPresent<K extends 'city' | 'region' | 'postalCode' | 'country'>(
  address: DraftParty['address'],
  key: K,
  value: string | undefined,
): void {
  if (value !== undefined) address[key] = value;
}
