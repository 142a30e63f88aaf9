import type { ProcessDatabase } from '../database';
import { partnerColumns } from './partner-columns';
import { IDENTIFIER_KINDS, PARTNER_INCLUDE, type PartnerRow } from './partner-view';

/** How a document names its sender: an X12 interchange sender, a shop's domain, a marketplace seller id. */
export type PartnerIdentifier =
  | {
      kind: 'x12';
      /** ISA05 */ qualifier: string;
      /** ISA06, padding or not */ id: string;
      /** GS02 (of the interchange's first group); a partner is found by it when it gives one of its own. */
      applicationSender?: string;
      /** GS03; a partner that gives one of its own is found only by groups naming it. */
      applicationReceiver?: string;
    }
  | { kind: 'edifact'; /** UNB S002 0007, '' when none */ qualifier: string; /** UNB S002 0004 */ id: string }
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
    case 'x12': {
      // ISA ids are fixed-width fields padded with spaces; partners are stored without the padding.
      const [qualifier, id] = [identifier.qualifier.trim(), identifier.id.trim()];
      const application = identifier.applicationSender?.trim();
      // A GS02 that is the ISA06 id is the default: the partner is the ISA sender's, as one without a GS02.
      return application && application !== id
        ? { kind: IDENTIFIER_KINDS.x12Application, qualifier: `${qualifier}:${id}`, value: application }
        : { kind: IDENTIFIER_KINDS.x12, qualifier, value: id };
    }
    case 'edifact':
      return { kind: IDENTIFIER_KINDS.edifact, qualifier: identifier.qualifier.trim(), value: identifier.id.trim() };
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
  const byKey = async (key: { kind: string; qualifier: string; value: string }) => {
    // No partner's id holds a NUL, and PostgreSQL would refuse the look-up: a sender with one is no partner.
    if (key.value.includes('\u0000') || key.qualifier.includes('\u0000')) return undefined;
    const found = await db.partnerIdentifier.findUnique({
      where: { kind_qualifier_value: key },
      select: { partnerId: true },
    });
    if (!found) return undefined;
    const partner = await db.tradingPartner.findUnique({ where: { id: found.partnerId }, include: PARTNER_INCLUDE });
    return partner?.active ? partner : undefined;
  };
  return {
    async findPartner(identifier) {
      if (identifier.kind !== 'x12') return byKey(identifierKey(identifier));
      // The partner of this GS02 under the ISA sender, else the ISA sender's own partner.
      const partner =
        (await byKey(identifierKey(identifier))) ??
        (await byKey(identifierKey({ ...identifier, applicationSender: undefined })));
      return partner && takesX12Group(partner, identifier) ? partner : undefined;
    },
  };
}

/**
 * Whether a functional group (GS02, GS03) is the partner's: where the partner gives its own
 * application codes, the group must name them; where it gives none, any group of its ISA sender is.
 */
export function takesX12Group(
  partner: Pick<PartnerRow, 'x12'>,
  group: { applicationSender?: string; applicationReceiver?: string },
): boolean {
  const ids = partnerColumns.x12.read(partner.x12);
  if (!ids) return false;
  const differs = (ours: string | undefined, theirs: string | undefined) =>
    ours !== undefined && theirs !== undefined && ours.trim() !== theirs.trim();
  return (
    !differs(ids.applicationSenderCode, group.applicationSender) &&
    !differs(ids.applicationReceiverCode, group.applicationReceiver)
  );
}
