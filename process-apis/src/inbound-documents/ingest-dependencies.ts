import { cancelOrder } from '../orders/cancel-order';
import type { ProcessServices } from '../process-services';
import type { IngestDependencies } from './ingest-document';

/** What ingesting needs, from the services every controller gets. */
export function ingestDependencies(services: ProcessServices): IngestDependencies {
  return {
    db: services.db,
    clock: services.clock,
    logger: services.logger,
    wakePipeline: () => services.worker.wake(),
    channels: services.inboundChannels,
    // As the partner; the order is found among those it sent, so no customer scope is needed (a
    // mapping may order for another customer than the partner's account).
    cancelOrder: (orderId, reason, partner) =>
      cancelOrder(services, { subject: `partner:${partner.id}`, scopes: [] }, orderId, reason),
  };
}
