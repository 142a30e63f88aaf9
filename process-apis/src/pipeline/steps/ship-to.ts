import { addressSchema, type Address } from '@crossdock/shared-contracts/contracts/model/address';
import type { Customer } from '@crossdock/shared-contracts/contracts/model/customer';
import type { SalesOrderInput } from '@crossdock/shared-contracts/contracts/model/order-input';
import type { HoldReason } from '../step';

/**
 * Countries whose carriers need a postal code to deliver, and where every address has one. Not on
 * the list: countries without postal codes in everyday use (HK, AE, QA, most of the Gulf and
 * Caribbean), and IE, whose Eircodes many addresses still lack and carriers deliver without. A
 * country missing here is never held for its postal code: add it when its carriers ask for one.
 */
export const POSTAL_CODE_REQUIRED: ReadonlySet<string> = new Set([
  'US',
  'CA',
  'MX',
  'BR',
  'AR',
  'GB',
  'DE',
  'FR',
  'IT',
  'ES',
  'PT',
  'NL',
  'BE',
  'LU',
  'AT',
  'CH',
  'LI',
  'DK',
  'SE',
  'NO',
  'FI',
  'IS',
  'PL',
  'CZ',
  'SK',
  'HU',
  'SI',
  'HR',
  'RO',
  'BG',
  'GR',
  'CY',
  'MT',
  'EE',
  'LV',
  'LT',
  'AU',
  'NZ',
  'JP',
  'KR',
  'CN',
  'TW',
  'SG',
  'IN',
  'ZA',
  'IL',
  'TR',
]);

// Countries whose addresses (and sales tax) need a two-letter state or province.
const REGION_REQUIRED: ReadonlySet<string> = new Set(['US', 'CA']);

/**
 * An order's ship-to as it arrived. Orders from the process API carry a complete one or none (a
 * portal order taken while the ERP was away); a channel document may have none (an 850 without an
 * N1*ST loop) or only parts of one, and is still taken in: the pipeline, which has the customer,
 * settles it here.
 */
export type ShipToAsReceived = Partial<Address> | undefined;

export type ShipToDecision = { shipTo: Address; fromCustomer: boolean } | { hold: HoldReason };

/**
 * The address the order ships to: its own when complete; the customer's default delivery address
 * (master data) when the order named none at all; otherwise ADDRESS_INCOMPLETE, saying what is
 * missing and how it gets fixed. An incomplete ship-to of the order's own is never swapped for the
 * customer's default: it names somewhere else (another store, a marketplace buyer whose address
 * the marketplace withheld), and a parcel sent to the default would be lost.
 */
export function decideShipTo(order: SalesOrderInput, customer: Customer | undefined): ShipToDecision {
  const own = (order as { shipTo?: Partial<Address> }).shipTo as ShipToAsReceived;
  if (own) {
    const missing = missingParts(own);
    if (missing.length === 0) return { shipTo: addressSchema.parse(own), fromCustomer: false };
    return {
      hold: {
        reasonCode: 'ADDRESS_INCOMPLETE',
        detail: `The order's ship-to is incomplete (${missing.join('; ')}). Release the hold with the complete ship-to, or reject the order.`,
      },
    };
  }
  if (!customer) {
    return {
      hold: {
        reasonCode: 'ADDRESS_INCOMPLETE',
        detail: `The order names no ship-to, and customer ${order.customerId} is not known to the ERP for a default delivery address.`,
      },
    };
  }
  const missing = missingParts(customer.shipTo);
  if (missing.length === 0) return { shipTo: addressSchema.parse(customer.shipTo), fromCustomer: true };
  return {
    hold: {
      reasonCode: 'ADDRESS_INCOMPLETE',
      detail: `The order names no ship-to, and customer ${customer.id}'s default delivery address is incomplete (${missing.join('; ')}). Fix it in the ERP and release the hold, or release it with the ship-to.`,
    },
  };
}

/** What keeps an address from being delivered to, part by part ("postalCode: missing (carriers in US need one)"); none when complete. */
export function missingParts(address: Partial<Address>): string[] {
  const parsed = addressSchema.safeParse(address);
  const given = (field: PropertyKey | undefined) =>
    String((address as Record<PropertyKey, unknown>)[field ?? ''] ?? '').trim() !== '';
  const missing = parsed.success
    ? []
    : parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || 'address'}: ${given(issue.path[0]) ? issue.message : 'missing'}`,
      );
  const country = parsed.success ? parsed.data.country : address.country;
  if (country && REGION_REQUIRED.has(country) && !/^[A-Z]{2}$/.test(address.region ?? '')) {
    missing.push(
      `region: ${country} needs the two-letter state or province code (has ${address.region ? `"${address.region}"` : 'none'})`,
    );
  }
  if (country && POSTAL_CODE_REQUIRED.has(country) && !address.postalCode?.trim())
    missing.push(`postalCode: missing (carriers in ${country} need one)`);
  return missing;
}
