import { BusinessRuleError } from '@crossdock/shared-contracts/errors/errors';
import { uomFactor } from '@crossdock/shared-contracts/model/item';
import { multiplyByQuantity } from '@crossdock/shared-contracts/money/decimal';
import type { PriceRequestLine, PriceResolution, PriceResolutionRequest, ResolvedPrice, UnpricedLine } from '@crossdock/shared-contracts/contracts/system-pricing';
import type { ErpDatabase } from '../../database';
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
  const customer = await db.customer.findUnique({ where: { id: request.customerId } });
  if (!customer) throw new BusinessRuleError('UNKNOWN_CUSTOMER', `Customer ${request.customerId} is not known to the ERP.`);
  const listIds = [...new Set([customer.priceListId, STANDARD_PRICE_LIST_ID].filter((id): id is string => Boolean(id)))];
  const skus = [...new Set(request.lines.map((line) => line.sku))];
  const date = new Date(request.date ?? new Date().toISOString().slice(0, 10));
  const [itemRows, entries] = await Promise.all([
    db.item.findMany({ where: { sku: { in: skus } }, include: { uoms: true } }),
    db.priceListEntry.findMany({
      where: { priceListId: { in: listIds }, sku: { in: skus }, effectiveFrom: { lte: date }, OR: [{ effectiveTo: null }, { effectiveTo: { gte: date } }] },
    }),
  ]);
  const items = new Map(itemRows.map((row) => [row.sku, toItem(row)]));
  if (!request.skipUnpriced) {
    const prices = request.lines.map((line) => priceLine(line, items.get(line.sku), listIds, entries, customer.currency));
    return { customerId: customer.id, currency: customer.currency, prices };
  }
  const prices: ResolvedPrice[] = [];
  const unpriced: UnpricedLine[] = [];
  for (const line of request.lines) {
    try {
      prices.push(priceLine(line, items.get(line.sku), listIds, entries, customer.currency));
    } catch (error) {
      if (!(error instanceof BusinessRuleError)) throw error;
      unpriced.push({ sku: line.sku, quantity: line.quantity, uom: line.uom, reasonCode: error.reasonCode ?? 'NO_PRICE', detail: error.message });
    }
  }
  return { customerId: customer.id, currency: customer.currency, prices, unpriced };
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
