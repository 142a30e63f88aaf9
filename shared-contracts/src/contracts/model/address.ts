import { z } from 'zod';
import { requiredTextSchema } from './primitives';
import { assertTypesMatch, type Equals } from './type-equality';

/**
 * An ISO 3166-1 alpha-2 country code, upper case.
 * @pattern ^[A-Z]{2}$
 * @example "US"
 */
export type CountryCode = string;

/**
 * A postal address: name, first line, city and country, and the postal code where the country has
 * them. Whether it is complete enough for the carrier (a postal code, a state) depends on the
 * country; the pipeline checks that (see address-rules), since many countries have no postal codes.
 */
export interface Address {
  /**
   * Who or what is at the address: a company, a branch, a store.
   * @example "Acme Hardware — Store 112"
   */
  name: string;
  /** @example "1200 Commerce St" */
  line1: string;
  /** @example "Dock 4" */
  line2?: string;
  /** @example "Dallas" */
  city: string;
  /**
   * State, province or region where the country uses one (for US and CA, the two-letter code).
   * @example "TX"
   */
  region?: string;
  /**
   * Absent where the country has none (Hong Kong, the Emirates); a blank one counts as absent.
   * @example "75202"
   */
  postalCode?: string;
  /** ISO 3166-1 alpha-2 country code. */
  country: CountryCode;
  /** Person to ask for at delivery. */
  contactName?: string;
  /** @example "+1 214 555 0100" */
  contactPhone?: string;
  /** @example "receiving@acme.example" */
  contactEmail?: string;
}

/**
 * An address as a document gave it, any part possibly missing (an {@link Address} once complete).
 * Written out rather than `Partial<Address>` so the API documents name it.
 */
export interface AddressAsSent {
  name?: string;
  line1?: string;
  line2?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  /** As normalised: an alpha-2 code when the document's code was one ISO 3166-1 knows. */
  country?: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
}

/** Runtime check for {@link CountryCode}. */
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 country code such as "US"');

/** Runtime check for {@link Address}; required text is trimmed and must not be blank. */
export const addressSchema = z.object({
  name: requiredTextSchema,
  line1: requiredTextSchema,
  line2: z.string().optional(),
  city: requiredTextSchema,
  region: z.string().optional(),
  postalCode: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    requiredTextSchema.optional(),
  ),
  country: countryCodeSchema,
  contactName: z.string().optional(),
  contactPhone: z.string().optional(),
  contactEmail: z.email().optional(),
});

assertTypesMatch<Equals<z.infer<typeof addressSchema>, Address>>();
