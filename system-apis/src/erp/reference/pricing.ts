import { BusinessRuleError } from '@crossdock/shared-contracts/errors/errors';
import { uomFactor } from '@crossdock/shared-contracts/model/item';
import { multiplyByQuantity } from '@crossdock/shared-contracts/money/decimal';
import type { PriceRequestLine, PriceResolution, PriceResolutionRequest, ResolvedPrice } from '@crossdock/shared-contracts/contracts/system-pricing';
import type { ErpDatabase } from '../../database';
import type { ItemOutcome } from '../ports/common';
import type { PriceListEntry } from '../../generated/prisma/client';
import { toItem } from './items';

/** The list every customer falls back to when its contract list has no price for an item. */
export const STANDARD_PRICE_LIST_ID = 'PL-STANDARD';

type ItemForPricing = ReturnType<typeof toItem>;

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
 * Prices many requests with three queries for all of them (customers, items, price-list entries),
 * each answered, or refused on its own, exactly as a single resolution would be.
 */
export async function resolveManyPrices(db: ErpDatabase, requests: readonly PriceResolutionRequest[]): Promise<ItemOutcome<PriceResolution>[]> {
  const customers = new Map((await db.customer.findMany({ where: { id: { in: [...new Set(requests.map((request) => request.customerId))] } } })).map((row) => [row.id, row]));
  const listIdsOf = (customerId: string) => [...new Set([customers.get(customerId)?.priceListId, STANDARD_PRICE_LIST_ID].filter((id): id is string => Boolean(id)))];
  const skus = [...new Set(requests.flatMap((request) => request.lines.map((line) => line.sku)))];
  const [itemRows, entries] = await Promise.all([
    db.item.findMany({ where: { sku: { in: skus } }, include: { uoms: true } }),
    db.priceListEntry.findMany({ where: { priceListId: { in: [...new Set(requests.flatMap((request) => listIdsOf(request.customerId)))] }, sku: { in: skus } } }),
  ]);
  const items = new Map(itemRows.map((row) => [row.sku, toItem(row)]));
  return requests.map((request) => {
    try {
      const customer = customers.get(request.customerId);
      if (!customer) throw new BusinessRuleError('UNKNOWN_CUSTOMER', `Customer ${request.customerId} is not known to the ERP.`);
      const date = new Date(request.date ?? new Date().toISOString().slice(0, 10));
      const listIds = listIdsOf(customer.id);
      const current = entries.filter((entry) => listIds.includes(entry.priceListId) && entry.effectiveFrom <= date && (entry.effectiveTo === null || entry.effectiveTo >= date));
      const prices = request.lines.map((line) => priceLine(line, items.get(line.sku), listIds, current, customer.currency));
      return { value: { customerId: customer.id, currency: customer.currency, prices } };
    } catch (error) {
      return { error };
    }
  });
}

function priceLine(line: PriceRequestLine, item: ItemForPricing | undefined, listIds: string[], entries: PriceListEntry[], currency: string): ResolvedPrice {
  if (!item) throw new BusinessRuleError('UNKNOWN_ITEM', `Item ${line.sku} is not known to the ERP.`);
  const uom = line.uom ?? item.baseUom;
  const factor = uomFactor(item, uom);
  if (factor === undefined) throw new BusinessRuleError('UOM_NOT_CONVERTIBLE', `Item ${line.sku} is not sold in ${uom}.`);
  const baseQuantity = line.quantity * factor;
  for (const listId of listIds) {
    const candidates = entries.filter((entry) => entry.priceListId === listId && entry.sku === line.sku);
    const inUnit = bestBreak(candidates.filter((entry) => entry.uom === uom), line.quantity);
    if (inUnit) return answer(line, uom, inUnit.unitPrice.toFixed(4), listId, inUnit, currency);
    const inBase = bestBreak(candidates.filter((entry) => entry.uom === item.baseUom), baseQuantity);
    if (inBase) return answer(line, uom, multiplyByQuantity(inBase.unitPrice.toFixed(4), factor), listId, inBase, currency, item.baseUom);
  }
  throw new BusinessRuleError('NO_PRICE', `No price list of customer gives a price for ${line.sku} in ${uom}.`);
}

/** The largest break the quantity reaches; of two entries for one break, the one that started last. */
function bestBreak(entries: PriceListEntry[], quantity: number): PriceListEntry | undefined {
  return entries
    .filter((entry) => entry.minQuantity <= quantity)
    .sort((a, b) => b.minQuantity - a.minQuantity || b.effectiveFrom.getTime() - a.effectiveFrom.getTime())[0];
}

function answer(line: PriceRequestLine, uom: string, unitPrice: string, listId: string, entry: PriceListEntry, currency: string, convertedFrom?: string): ResolvedPrice {
  let rule = `price-list:${listId}`;
  if (entry.minQuantity > 1) rule += ` break>=${entry.minQuantity} ${entry.uom}`;
  if (convertedFrom) rule += ` (per ${convertedFrom}, converted to ${uom})`;
  return { sku: line.sku, quantity: line.quantity, uom, unitPrice, currency, priceListId: listId, rule };
}
