/**
 * The entry of a worker thread that runs one tier (system-apis or process-apis) for the embedded
 * platform, so the platform uses more than one core. The tier is configured from `workerData`
 * exactly as it would be in its own process; it tells the main thread where it listens, and closes
 * when asked.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Writable } from 'node:stream';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import { startTracing } from '@crossdock/shared-contracts/platform/observability/tracing';
import type { RunningServer } from '@crossdock/shared-contracts/platform/http/listen';
import type { TierThreadData } from './start-tier-thread';
import { collectStartUpGarbage } from './start-up-garbage';

const data = workerData as TierThreadData;
const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
const logger = createLogger({
  service: `${data.tier}-apis`,
  level: data.logLevel,
  stream: data.quiet ? discard : undefined,
});
// A worker thread has OpenTelemetry's globals of its own: the tier's spans are set up here.
const tracing = startTracing({ serviceName: `crossdock-${data.tier}-apis`, otlpEndpoint: data.otlpEndpoint });
// Only this thread's tier is loaded: the other tier's code would be memory spent for nothing.
const server: RunningServer =
  data.tier === 'system'
    ? await (await import('@crossdock/system-apis/server')).startSystemApi(data.system!, logger)
    : await (await import('@crossdock/process-apis/server')).startProcessApi(data.process!, logger);
parentPort!.postMessage({ url: server.url, port: server.port });
collectStartUpGarbage();
parentPort!.once('message', async () => {
  await server.close().catch(() => undefined);
  await tracing.shutdown().catch(() => undefined);
  process.exit(0);
});
