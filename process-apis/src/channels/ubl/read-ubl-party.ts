import type { FieldError } from '@crossdock/shared-contracts/contracts/errors/problem';
import { UBL_NAMESPACE } from './ubl-names';
import { childNamed, childrenNamed, type XmlElement } from './xml-tree';

const { cac, cbc } = UBL_NAMESPACE;

/** An id with the scheme it is in (ISO 6523 ICD codes in Peppol: 0088 GLN, 0192 Norwegian org. no.). */
export interface UblSchemeId {
  schemeId: string;
  id: string;
}

/** A UBL address, each part as written; lines in document order. */
export interface UblAddress {
  name?: string;
  lines?: string[];
  city?: string;
  postalCode?: string;
  region?: string;
  /** Country/IdentificationCode: ISO 3166-1 alpha-2 in Peppol. */
  country?: string;
}

export interface UblParty {
  /** cbc:EndpointID with its schemeID: the party's electronic address, who it is on the network. */
  endpoint?: UblSchemeId;
  /** Every cac:PartyIdentification/cbc:ID. */
  ids: UblSchemeId[];
  name?: string;
  address?: UblAddress;
  email?: string;
  phone?: string;
}

const textOf = (parent: XmlElement | undefined, local: string): string | undefined =>
  childNamed(parent, cbc, local)?.text.trim() || undefined;

function schemeIdOf(element: XmlElement | undefined): UblSchemeId | undefined {
  const id = element?.text.trim();
  return id ? { schemeId: element!.attributes.schemeID?.trim() ?? '', id } : undefined;
}

/** A cac:Address or cac:PostalAddress. */
export function readUblAddress(address: XmlElement | undefined): UblAddress | undefined {
  if (!address) return undefined;
  const lines = [
    textOf(address, 'StreetName'),
    textOf(address, 'AdditionalStreetName'),
    ...childrenNamed(address, cac, 'AddressLine').map((line) => textOf(line, 'Line')),
  ].filter((line): line is string => Boolean(line));
  const read: UblAddress = {
    ...(lines.length ? { lines } : {}),
    city: textOf(address, 'CityName'),
    postalCode: textOf(address, 'PostalZone'),
    region: textOf(address, 'CountrySubentity'),
    country: textOf(childNamed(address, cac, 'Country'), 'IdentificationCode'),
  };
  return Object.fromEntries(Object.entries(read).filter(([, part]) => part !== undefined)) as UblAddress;
}

/** A cac:Party (or a party-typed element such as cac:DeliveryParty). */
export function readUblParty(party: XmlElement | undefined): UblParty {
  const endpoint = schemeIdOf(childNamed(party, cbc, 'EndpointID'));
  const contact = childNamed(party, cac, 'Contact');
  const read: UblParty = {
    ids: childrenNamed(party, cac, 'PartyIdentification')
      .map((identification) => schemeIdOf(childNamed(identification, cbc, 'ID')))
      .filter((id): id is UblSchemeId => id !== undefined),
    name:
      textOf(childNamed(party, cac, 'PartyName'), 'Name') ??
      textOf(childNamed(party, cac, 'PartyLegalEntity'), 'RegistrationName'),
    address: readUblAddress(childNamed(party, cac, 'PostalAddress')),
    email: textOf(contact, 'ElectronicMail'),
    phone: textOf(contact, 'Telephone'),
  };
  if (endpoint) read.endpoint = endpoint;
  return read;
}

/**
 * A trading party of the order (cac:BuyerCustomerParty, cac:SellerSupplierParty): Peppol requires
 * its cac:Party with a cbc:EndpointID and the EndpointID's schemeID, the address it is reached at.
 */
export function readTradingParty(wrapper: XmlElement | undefined, path: string, errors: FieldError[]): UblParty {
  const party = childNamed(wrapper, cac, 'Party');
  if (!wrapper || !party) {
    errors.push({ field: wrapper ? `${path}/cac:Party` : path, message: 'mandatory, missing' });
    return { ids: [] };
  }
  const read = readUblParty(party);
  if (!read.endpoint) errors.push({ field: `${path}/cac:Party/cbc:EndpointID`, message: 'mandatory, missing' });
  else if (!read.endpoint.schemeId)
    errors.push({ field: `${path}/cac:Party/cbc:EndpointID/@schemeID`, message: 'mandatory, missing' });
  return read;
}

/** Where the goods go: cac:Delivery's location (its id and address) and party, and the requested period's first day. */
export function readUblDelivery(delivery: XmlElement | undefined): {
  location?: UblAddress & { id?: UblSchemeId };
  party?: UblParty;
  requestedDeliveryDate?: string;
} {
  const read: ReturnType<typeof readUblDelivery> = {};
  const location = childNamed(delivery, cac, 'DeliveryLocation');
  if (location) {
    const id = schemeIdOf(childNamed(location, cbc, 'ID'));
    const name = textOf(location, 'Name');
    read.location = {
      ...readUblAddress(childNamed(location, cac, 'Address')),
      ...(id ? { id } : {}),
      ...(name ? { name } : {}),
    };
  }
  const party = childNamed(delivery, cac, 'DeliveryParty');
  if (party) read.party = readUblParty(party);
  const requested = requestedDateOf(childNamed(delivery, cac, 'RequestedDeliveryPeriod'));
  if (requested) read.requestedDeliveryDate = requested;
  return read;
}

/** The first day of a requested delivery period: its start date, else its end date (YYYY-MM-DD). */
export function requestedDateOf(period: XmlElement | undefined): string | undefined {
  const date = textOf(period, 'StartDate') ?? textOf(period, 'EndDate');
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}
