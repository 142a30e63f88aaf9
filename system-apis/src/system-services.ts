import type { ErpAdapter } from './erp/ports/erp-adapter';

/** What system-apis' controllers are given (through the IoC module): the ERP behind its port. */
export interface SystemServices {
  erp: ErpAdapter;
}
