import type { UpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import type { ErpProbe } from './pipeline-deps';

/**
 * Asks the system tier's `/health`, which answers only when its ERP does (it pings the ERP): up or
 * degraded means the ERP answers; a 503, an error or no answer means it does not. One answer
 * serves every caller for `reuseMs`: a batch of orders failing at once asks once.
 */
export function systemTierProbe(client: UpstreamClient, reuseMs: number): ErpProbe {
  let last: { at: number; answer: Promise<boolean> } | undefined;
  return () => {
    const now = performance.now();
    if (!last || now - last.at >= reuseMs)
      last = {
        at: now,
        answer: client.get('/health').then(
          () => true,
          () => false,
        ),
      };
    return last.answer;
  };
}
