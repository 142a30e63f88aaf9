import type { Address } from '@crossdock/shared-contracts/contracts/model/address';
import { formatDecimal, parseDecimal } from '@crossdock/shared-contracts/contracts/money/decimal';

/**
 * State sales tax rates in basis points (1/100 of a percent), by ship-to jurisdiction. A reference
 * table to make orders realistic, not tax advice: a distributor plugs in its tax engine here.
 * Jurisdictions not listed (and resale-exempt customers, later) pay none.
 */
const RATE_BASIS_POINTS: Readonly<Record<string, number>> = {
  'US-AL': 400,
  'US-AZ': 560,
  'US-AR': 650,
  'US-CA': 725,
  'US-CO': 290,
  'US-CT': 635,
  'US-FL': 600,
  'US-GA': 400,
  'US-ID': 600,
  'US-IL': 625,
  'US-IN': 700,
  'US-IA': 600,
  'US-KS': 650,
  'US-KY': 600,
  'US-LA': 445,
  'US-MA': 625,
  'US-MD': 600,
  'US-MI': 600,
  'US-MN': 688,
  'US-MO': 423,
  'US-MS': 700,
  'US-NC': 475,
  'US-NE': 550,
  'US-NJ': 663,
  'US-NM': 488,
  'US-NV': 685,
  'US-NY': 400,
  'US-OH': 575,
  'US-OK': 450,
  'US-PA': 600,
  'US-SC': 600,
  'US-TN': 700,
  'US-TX': 625,
  'US-UT': 610,
  'US-VA': 530,
  'US-WA': 650,
  'US-WI': 500,
};

export interface SalesTax {
  jurisdiction: string;
  /** The rate as a decimal string, e.g. "6.25" (percent). */
  ratePercent: string;
  /** Decimal string, to the cent. */
  amount: string;
}

/** The ship-to's jurisdiction: country and region, as `US-TX`. */
export function jurisdictionOf(shipTo: Address): string {
  return shipTo.region ? `${shipTo.country}-${shipTo.region.toUpperCase()}` : shipTo.country;
}

/** Tax on `subtotal` (a decimal string to the cent) for a ship-to, rounded half up to the cent. */
export function salesTaxFor(shipTo: Address, subtotal: string): SalesTax {
  const jurisdiction = jurisdictionOf(shipTo);
  const basisPoints = BigInt(RATE_BASIS_POINTS[jurisdiction] ?? 0);
  const subtotalCents = parseDecimal(subtotal) / 100n;
  const taxCents = (subtotalCents * basisPoints + 5_000n) / 10_000n;
  return { jurisdiction, ratePercent: formatDecimal(basisPoints * 100n, 2), amount: formatDecimal(taxCents * 100n, 2) };
}
