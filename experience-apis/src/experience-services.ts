import type { PartnerDirectory } from './marketplace/partners/partner-directory';
import type { ProcessOrdersApi } from './upstreams/process-orders-api';
import type { ProcessReturnsApi } from './upstreams/process-returns-api';
import type { SystemCatalogueApi } from './upstreams/system-catalogue-api';
import type { SystemCustomersApi } from './upstreams/system-customers-api';
import type { SystemFulfilmentApi } from './upstreams/system-fulfilment-api';

/**
 * Everything the experience APIs' controllers are given: the tiers below, the partner directory,
 * and the date. No state of its own: every answer is composed from the process and system APIs.
 */
export interface ExperienceServices {
  processOrders: ProcessOrdersApi;
  processReturns: ProcessReturnsApi;
  systemCustomers: SystemCustomersApi;
  systemCatalogue: SystemCatalogueApi;
  systemFulfilment: SystemFulfilmentApi;
  partners: PartnerDirectory;
  /** Today's date, YYYY-MM-DD (UTC), for promised dates. */
  today(): string;
}
