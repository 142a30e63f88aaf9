import type { ErpAdapter } from './erp/ports/erp-adapter';
import type { InventoryMoves } from './inventory/inventory-moves';

/** What system-apis' controllers are given (through the IoC module): the ERP behind its port, and word of its stock movements. */
export interface SystemServices {
  erp: ErpAdapter;
  /** Word of stock movements, what a long-poll of the inventory change feed waits on. */
  inventoryMoves: InventoryMoves;
}
