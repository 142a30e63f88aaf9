import { createPostgresControlNumbers } from '../channels/x12/postgres-control-numbers';
import type { ProcessServices } from '../process-services';
import type { WebhookDependencies } from '../channels/receive-signed-webhook';
import type { IngestDependencies } from './ingest-document';

/** What ingesting needs, from the services every controller gets. */
export function ingestDependencies(services: ProcessServices): IngestDependencies {
  return {
    db: services.db,
    clock: services.clock,
    logger: services.logger,
    wakePipeline: () => services.worker.wake(),
    controlNumbers: createPostgresControlNumbers(services.db),
  };
}

/** What taking in a signed webhook needs: ingesting, and the partner directory. */
export function webhookDependencies(services: ProcessServices): WebhookDependencies {
  return { ...ingestDependencies(services), partners: services.partners };
}
