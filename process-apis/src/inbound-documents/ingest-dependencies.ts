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
  };
}
