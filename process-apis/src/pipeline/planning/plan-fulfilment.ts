/** A line to plan, in the item's base unit. */
export interface LineToPlan {
  lineNumber: number;
  sku: string;
  baseQuantity: number;
}

export interface WarehouseStock {
  warehouseId: string;
  available: number;
}

export interface PlannedLine extends LineToPlan {
  /** Where the line ships from: warehouse by warehouse, in the order they are used. */
  allocations: { warehouseId: string; quantity: number }[];
  /** What no warehouse can promise now. */
  backordered: number;
}

export interface FulfilmentPlan {
  lines: PlannedLine[];
  /** True when anything is backordered. */
  hasBackorders: boolean;
}

export interface PlanInput {
  lines: LineToPlan[];
  /** Available stock per sku and warehouse, as the ERP says now. */
  stock: ReadonlyMap<string, readonly WarehouseStock[]>;
  /** The customer's preferred warehouse, tried first. */
  preferredWarehouseId?: string;
  /** Warehouses near the ship-to (same region), tried next. */
  nearbyWarehouseIds: readonly string[];
}

/**
 * Plans where each line ships from: the preferred warehouse first, then nearby ones, then the rest
 * with the most stock first; a line is split across warehouses when one cannot fill it, and what
 * nobody can promise is backordered. Stock used for one line is not promised again to another.
 * A pure function: the promise is only kept once the reservations are made.
 */
export function planFulfilment(input: PlanInput): FulfilmentPlan {
  const remaining = new Map<string, Map<string, number>>();
  for (const [sku, positions] of input.stock) {
    remaining.set(sku, new Map(positions.map((position) => [position.warehouseId, Math.max(0, position.available)])));
  }
  const lines = input.lines.map((line): PlannedLine => {
    const left = remaining.get(line.sku) ?? new Map<string, number>();
    let toPlan = line.baseQuantity;
    const allocations: PlannedLine['allocations'] = [];
    for (const warehouseId of rankWarehouses(left, input)) {
      if (toPlan === 0) break;
      const take = Math.min(toPlan, left.get(warehouseId) ?? 0);
      if (take <= 0) continue;
      allocations.push({ warehouseId, quantity: take });
      left.set(warehouseId, (left.get(warehouseId) ?? 0) - take);
      toPlan -= take;
    }
    return { ...line, allocations, backordered: toPlan };
  });
  return { lines, hasBackorders: lines.some((line) => line.backordered > 0) };
}

function rankWarehouses(available: ReadonlyMap<string, number>, input: PlanInput): string[] {
  const rank = (warehouseId: string) =>
    warehouseId === input.preferredWarehouseId ? 0 : input.nearbyWarehouseIds.includes(warehouseId) ? 1 : 2;
  return [...available.keys()].sort(
    (a, b) => rank(a) - rank(b) || (available.get(b) ?? 0) - (available.get(a) ?? 0) || a.localeCompare(b),
  );
}
