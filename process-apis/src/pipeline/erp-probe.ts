import type { UpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import type { ErpProbe } from './erp-watch';

/**
 * Asks the system tier's `/health`, which answers only when its ERP does (it pings the ERP): up or
 * degraded means the ERP answers; a 503, an error or no answer means it does not.
 */
export const systemTierProbe =
  (client: UpstreamClient): ErpProbe =>
  () =>
    client.get('/health').then(
      () => true,
      () => false,
    );
