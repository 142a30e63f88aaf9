import type { ChannelSalesOrder, SalesOrderInput } from '@crossdock/shared-contracts/contracts/model/order-input';
import type { DecimalString } from '@crossdock/shared-contracts/contracts/model/primitives';
import { parseDecimal } from '@crossdock/shared-contracts/contracts/money/decimal';
import type { PartnerRow } from './partner-view';

/** What a trading partner agreed to, as the pipeline applies it to the partner's orders. */
export interface PartnerTerms {
  /** How far (in percent, either way) the partner's price may be from ours without a PRICE_MISMATCH. */
  priceTolerancePercent?: DecimalString;
  /** Whether the partner takes backorders; when present it wins over the ERP customer's setting. */
  allowBackorders?: boolean;
}

/**
 * An order as stored when it arrived. A partner's order carries the partner's terms as they were
 * when it arrived: stored in the same statement as the order and its job (the worker may take the
 * job up at once), kept through holds and replays, and never set by a caller (the public order
 * endpoint refuses properties it does not know).
 */
export type ReceivedOrder = ChannelSalesOrder & { partnerTerms?: PartnerTerms };

/** The terms an order of this partner is placed with. */
export function termsOfPartner(partner: Pick<PartnerRow, 'priceTolerancePercent' | 'allowBackorders'>): PartnerTerms {
  const terms: PartnerTerms = { priceTolerancePercent: partner.priceTolerancePercent.toString() };
  if (partner.allowBackorders !== null) terms.allowBackorders = partner.allowBackorders;
  return terms;
}

/** The partner terms an order arrived with (none for an order that came from no partner). */
export function partnerTermsOf(order: SalesOrderInput | ChannelSalesOrder): PartnerTerms {
  return (order as ReceivedOrder).partnerTerms ?? {};
}

/**
 * Whether `theirs` is within `tolerancePercent` of `ours`, either way: |theirs − ours| × 100 ≤
 * ours × tolerance, in scaled integers (never floating point). No tolerance means equal only.
 */
export function withinTolerance(
  theirs: DecimalString,
  ours: DecimalString,
  tolerancePercent: DecimalString | undefined,
): boolean {
  const difference = parseDecimal(theirs) - parseDecimal(ours);
  const magnitude = difference < 0n ? -difference : difference;
  // Both sides carry the decimal scale twice: (scaled difference × 100 × scale) against (scaled ours × scaled percent).
  return magnitude * 100n * parseDecimal('1') <= parseDecimal(ours) * parseDecimal(tolerancePercent ?? '0');
}
