import { BusinessRuleError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { Address } from '@crossdock/shared-contracts/contracts/model/address';
import type { OdooJson2 } from './odoo-json2';
import { many2oneId, text, type DomainTerm, type OdooRecord } from './odoo-values';

/** The res.partner fields an address is made of. `country_code` is Odoo's related `country_id.code`. */
export const ADDRESS_FIELDS = ['name', 'street', 'street2', 'city', 'zip', 'state_id', 'country_code'];

/**
 * Region codes ("TX") of the partners' states. A many2one only carries the display name
 * ("Texas (US)"), so the codes take one read of res.country.state for the whole batch.
 */
export async function regionCodes(odoo: OdooJson2, partners: OdooRecord[]): Promise<Map<number, string>> {
  const stateIds = [
    ...new Set(partners.map((partner) => many2oneId(partner.state_id)).filter((id): id is number => id !== undefined)),
  ];
  if (stateIds.length === 0) return new Map();
  const states = await odoo.call<OdooRecord[]>({
    model: 'res.country.state',
    method: 'search_read',
    params: { domain: [['id', 'in', stateIds]], fields: ['code'] },
    readOnly: true,
  });
  return new Map(states.map((state) => [state.id, String(state.code)]));
}

/**
 * A partner's address. Blank parts stay blank rather than being invented: an address Odoo holds
 * incomplete is refused where it matters (ADDRESS_INCOMPLETE), not papered over here.
 */
export function toAddress(partner: OdooRecord, regions: Map<number, string>): Address {
  const stateId = many2oneId(partner.state_id);
  const region = stateId === undefined ? undefined : regions.get(stateId);
  const line2 = text(partner.street2);
  return {
    name: text(partner.name) ?? '',
    line1: text(partner.street) ?? '',
    ...(line2 ? { line2 } : {}),
    city: text(partner.city) ?? '',
    ...(region ? { region } : {}),
    postalCode: text(partner.zip) ?? '',
    country: text(partner.country_code) ?? '',
  };
}

/** The addresses of the given partners, by partner id (archived ones too: old orders point at them). */
export async function readAddresses(odoo: OdooJson2, partnerIds: number[]): Promise<Map<number, Address>> {
  const ids = [...new Set(partnerIds)];
  if (ids.length === 0) return new Map();
  const partners = await odoo.call<OdooRecord[]>({
    model: 'res.partner',
    method: 'search_read',
    params: { domain: [['id', 'in', ids]], fields: ADDRESS_FIELDS },
    context: { active_test: false },
    readOnly: true,
  });
  const regions = await regionCodes(odoo, partners);
  return new Map(partners.map((partner) => [partner.id, toAddress(partner, regions)]));
}

/**
 * The delivery contact (a child res.partner of type `delivery`) for an order's ship-to, as Odoo
 * models one: found when the customer already has one at exactly this address, created otherwise,
 * so resubmitting orders to the same store does not pile up duplicate contacts.
 */
export async function deliveryAddressFor(odoo: OdooJson2, customerPartnerId: number, shipTo: Address): Promise<number> {
  const countryId = await idByCode(odoo, 'res.country', [['code', '=', shipTo.country]]);
  if (countryId === undefined)
    throw new BusinessRuleError('ADDRESS_INCOMPLETE', `Odoo does not know the country "${shipTo.country}".`);
  // An unknown region is left out rather than refused: Odoo does not require one.
  const stateId = shipTo.region
    ? await idByCode(odoo, 'res.country.state', [
        ['country_id', '=', countryId],
        ['code', '=', shipTo.region],
      ])
    : undefined;
  const values = {
    parent_id: customerPartnerId,
    type: 'delivery',
    name: shipTo.name,
    street: shipTo.line1,
    street2: shipTo.line2 ?? false,
    city: shipTo.city,
    zip: shipTo.postalCode,
    country_id: countryId,
    state_id: stateId ?? false,
  };
  const sameAddress: DomainTerm[] = Object.entries(values).map(([field, value]) => [field, '=', value]);
  const existing = await idByCode(odoo, 'res.partner', sameAddress);
  if (existing !== undefined) return existing;
  const contact = {
    ...values,
    ...(shipTo.contactPhone ? { phone: shipTo.contactPhone } : {}),
    ...(shipTo.contactEmail ? { email: shipTo.contactEmail } : {}),
  };
  const [created] = await odoo.call<number[]>({
    model: 'res.partner',
    method: 'create',
    params: { vals_list: [contact] },
    readOnly: false,
  });
  if (created === undefined) throw new TypeError('Odoo created no delivery contact');
  return created;
}

async function idByCode(odoo: OdooJson2, model: string, domain: DomainTerm[]): Promise<number | undefined> {
  const ids = await odoo.call<number[]>({
    model,
    method: 'search',
    params: { domain, limit: 1, order: 'id asc' },
    readOnly: true,
  });
  return ids[0];
}
