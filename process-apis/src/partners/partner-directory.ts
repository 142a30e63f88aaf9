import type { ProcessDatabase } from '../database';
import { IDENTIFIER_KINDS, PARTNER_INCLUDE, type PartnerRow } from './partner-view';

/** How a document names its sender: an X12 interchange sender, a shop's domain, a marketplace seller id. */
export type PartnerIdentifier =
  | { kind: 'x12'; /** ISA05 */ qualifier: string; /** ISA06, padding or not */ id: string }
  | { kind: 'shop-domain'; /** a host name or a site URL */ domain: string }
  | { kind: 'seller-id'; id: string }
  | { kind: 'peppol-endpoint'; /** the EndpointID's schemeID */ schemeId: string; id: string };

/**
 * The port channel endpoints use to find who sent a document. Only active partners are found: a
 * partner switched off is a stranger until switched on again.
 */
export interface PartnerDirectory {
  findPartner(identifier: PartnerIdentifier): Promise<PartnerRow | undefined>;
}

/** A shop domain as stored: the host name, lower case, from a host or a site URL (`https://shop.example/`). */
export function normalisedDomain(domain: string): string {
  const trimmed = domain.trim().toLowerCase();
  try {
    return new URL(/^[a-z]+:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return trimmed;
  }
}

/** The identifier row a document's sender id is looked up by. */
export function identifierKey(identifier: PartnerIdentifier): { kind: string; qualifier: string; value: string } {
  switch (identifier.kind) {
    case 'x12':
      // ISA ids are fixed-width fields padded with spaces; partners are stored without the padding.
      return { kind: IDENTIFIER_KINDS.x12, qualifier: identifier.qualifier.trim(), value: identifier.id.trim() };
    case 'shop-domain':
      return { kind: IDENTIFIER_KINDS.shopDomain, qualifier: '', value: normalisedDomain(identifier.domain) };
    case 'seller-id':
      return { kind: IDENTIFIER_KINDS.sellerId, qualifier: '', value: identifier.id.trim() };
    case 'peppol-endpoint':
      return {
        kind: IDENTIFIER_KINDS.peppolEndpoint,
        qualifier: identifier.schemeId.trim(),
        value: identifier.id.trim(),
      };
  }
}

/** The partner directory on process-apis' own database. */
export function databasePartnerDirectory(db: ProcessDatabase): PartnerDirectory {
  return {
    async findPartner(identifier) {
      const key = identifierKey(identifier);
      // No partner's id holds a NUL, and PostgreSQL would refuse the look-up: a sender with one is no partner.
      if (key.value.includes('\u0000') || key.qualifier.includes('\u0000')) return undefined;
      const found = await db.partnerIdentifier.findUnique({
        where: { kind_qualifier_value: key },
        select: { partnerId: true },
      });
      if (!found) return undefined;
      const partner = await db.tradingPartner.findUnique({ where: { id: found.partnerId }, include: PARTNER_INCLUDE });
      return partner?.active ? partner : undefined;
    },
  };
}
