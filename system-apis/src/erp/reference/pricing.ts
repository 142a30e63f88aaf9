import { BusinessRuleError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { uomFactor } from '@crossdock/shared-contracts/contracts/model/item';
import { multiplyByQuantity } from '@crossdock/shared-contracts/contracts/money/decimal';
import type {
  PriceRequestLine,
  PriceResolution,
  PriceResolutionRequest,
  ResolvedPrice,
  UnpricedLine,
} from '@crossdock/shared-contracts/contracts/api/system-pricing';
import type { ErpDatabase } from '../../database';
import type { ItemOutcome } from '../ports/common';
import { loadPricingData, type PricedItem, type PriceRow } from './pricing-data';

/** The list every customer falls back to when its contract list has no price for an item. */
export const STANDARD_PRICE_LIST_ID = 'PL-STANDARD';

/**
 * The customer's price for each line: its contract price list first, then the standard list; within
 * a list, the largest quantity break the line reaches, in the line's unit or converted from the base
 * unit. Each answer names the rule that gave it, so a price can always be explained.
 */
export async function resolvePrices(db: ErpDatabase, request: PriceResolutionRequest): Promise<PriceResolution> {
  const [outcome] = await resolveManyPrices(db, [request]);
  if (!outcome || outcome.value === undefined) throw outcome?.error;
  return outcome.value;
}

/**
 * Prices many requests (a batch of orders), reading the data once per customer and date for all
 * of that customer's requests; each is answered, or refused on its own, exactly as alone.
 */
export async function resolveManyPrices(
  db: ErpDatabase,
  requests: readonly PriceResolutionRequest[],
): Promise<ItemOutcome<PriceResolution>[]> {
  const dateOf = (request: PriceResolutionRequest) => request.date ?? new Date().toISOString().slice(0, 10);
  const groups = new Map<string, PriceResolutionRequest[]>();
  for (const request of requests) {
    const key = `${request.customerId}|${dateOf(request)}`;
    groups.set(key, [...(groups.get(key) ?? []), request]);
  }
  const answers = new Map<PriceResolutionRequest, ItemOutcome<PriceResolution>>();
  // The customers' data is read side by side (the pool bounds how many at once), not one after another.
  const loaded = await Promise.all(
    [...groups.values()].map(async (group) => {
      const skus = [...new Set(group.flatMap((request) => request.lines.map((line) => line.sku)))];
      return {
        group,
        data: await loadPricingData(db, group[0]!.customerId, skus, dateOf(group[0]!), STANDARD_PRICE_LIST_ID),
      };
    }),
  );
  for (const { group, data } of loaded) {
    for (const request of group) {
      try {
        answers.set(request, { value: priceRequest(request, data) });
      } catch (error) {
        answers.set(request, { error });
      }
    }
  }
  return requests.map((request) => answers.get(request)!);
}

/** One request priced from the data read for its customer and date. */
function priceRequest(
  request: PriceResolutionRequest,
  { customer, items, entries }: Awaited<ReturnType<typeof loadPricingData>>,
): PriceResolution {
  if (!customer)
    throw new BusinessRuleError('UNKNOWN_CUSTOMER', `Customer ${request.customerId} is not known to the ERP.`);
  const listIds = [
    ...new Set([customer.priceListId, STANDARD_PRICE_LIST_ID].filter((id): id is string => Boolean(id))),
  ];
  const entriesBySku = new Map<string, PriceRow[]>();
  for (const entry of entries) entriesBySku.set(entry.sku, [...(entriesBySku.get(entry.sku) ?? []), entry]);
  const price = (line: PriceRequestLine) =>
    priceLine(line, items.get(line.sku), listIds, entriesBySku.get(line.sku) ?? [], customer.currency);
  if (!request.skipUnpriced) {
    return { customerId: customer.id, currency: customer.currency, prices: request.lines.map(price) };
  }
  const prices: ResolvedPrice[] = [];
  const unpriced: UnpricedLine[] = [];
  for (const line of request.lines) {
    try {
      prices.push(price(line));
    } catch (error) {
      if (!(error instanceof BusinessRuleError)) throw error;
      unpriced.push({
        sku: line.sku,
        quantity: line.quantity,
        uom: line.uom,
        reasonCode: error.reasonCode ?? 'NO_PRICE',
        detail: error.message,
      });
    }
  }
  return { customerId: customer.id, currency: customer.currency, prices, unpriced };
}

/** One line's price from the item's entries: the contract list first, then the standard list. */
function priceLine(
  line: PriceRequestLine,
  item: PricedItem | undefined,
  listIds: string[],
  entries: PriceRow[],
  currency: string,
): ResolvedPrice {
  if (!item) throw new BusinessRuleError('UNKNOWN_ITEM', `Item ${line.sku} is not known to the ERP.`);
  const uom = line.uom ?? item.baseUom;
  const factor = uomFactor(item, uom);
  if (factor === undefined)
    throw new BusinessRuleError('UOM_NOT_CONVERTIBLE', `Item ${line.sku} is not sold in ${uom}.`);
  const baseQuantity = line.quantity * factor;
  for (const listId of listIds) {
    const candidates = entries.filter((entry) => entry.priceListId === listId);
    const inUnit = bestBreak(
      candidates.filter((entry) => entry.uom === uom),
      line.quantity,
    );
    if (inUnit) return answer(line, uom, inUnit.unitPrice, listId, inUnit, currency);
    const inBase = bestBreak(
      candidates.filter((entry) => entry.uom === item.baseUom),
      baseQuantity,
    );
    if (inBase)
      return answer(line, uom, multiplyByQuantity(inBase.unitPrice, factor), listId, inBase, currency, item.baseUom);
  }
  throw new BusinessRuleError('NO_PRICE', `No price list of customer gives a price for ${line.sku} in ${uom}.`);
}

/** The largest break the quantity reaches; of two entries for one break, the one that started last. */
function bestBreak(entries: PriceRow[], quantity: number): PriceRow | undefined {
  return entries
    .filter((entry) => entry.minQuantity <= quantity)
    .sort((a, b) => b.minQuantity - a.minQuantity || b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
}

function answer(
  line: PriceRequestLine,
  uom: string,
  unitPrice: string,
  listId: string,
  entry: PriceRow,
  currency: string,
  convertedFrom?: string,
): ResolvedPrice {
  let rule = `price-list:${listId}`;
  if (entry.minQuantity > 1) rule += ` break>=${entry.minQuantity} ${entry.uom}`;
  if (convertedFrom) rule += ` (per ${convertedFrom}, converted to ${uom})`;
  return { sku: line.sku, quantity: line.quantity, uom, unitPrice, currency, priceListId: listId, rule };
}
