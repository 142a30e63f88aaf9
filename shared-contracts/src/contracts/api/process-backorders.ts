/** Stock allocated to one order's backorder of one item. */
export interface BackorderAllocation {
  orderId: string;
  customerId: string;
  sku: string;
  lines: { lineNumber: number; allocations: { warehouseId: string; quantity: number }[]; stillBackordered: number }[];
  /** Nothing of the order is backordered any more. */
  released: boolean;
}

export interface AllocateBackordersRequest {
  sku: string;
}

export interface CustomerTierRequest {
  /**
   * 1 is served first.
   * @isInt
   * @minimum 1
   * @maximum 9
   */
  tier: number;
}
