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
    // As the partner: its customer's orders only, and the timeline names who cancelled.
    cancelOrder: (orderId, reason, partner) =>
      cancelOrder(
        services,
        { subject: `partner:${partner.id}`, scopes: [], customerId: partner.customerId },
        orderId,
        reason,
      ),
  };
}
