import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { RunningServer } from '@crossdock/shared-contracts/platform/http/listen';
import type { ProcessApiConfig } from '@crossdock/process-apis/config';
import type { SystemApiConfig } from '@crossdock/system-apis/config';

/** What a tier thread needs: plain data, copied into the thread. */
export interface TierThreadData {
  tier: 'system' | 'process';
  system?: SystemApiConfig;
  process?: ProcessApiConfig;
  logLevel?: string;
  /** Discard the tier's log lines (benchmarks). */
  quiet?: boolean;
  /** Where the thread's spans go (OTEL_EXPORTER_OTLP_ENDPOINT). */
  otlpEndpoint?: string;
}

// From the sources, the thread starts on a file that first registers the TypeScript loader; from the build
// (launcher/dist, see launcher/build.mjs), on the thread's own bundle.
const THREAD_ENTRY = import.meta.url.endsWith('.ts') ? './tier-thread-boot.mjs' : './tier-thread.js';

/**
 * Starts a tier in a worker thread of this process: its own event loop, on its own core when one
 * is free, reached over loopback HTTP as ever. When the thread dies, `onCrash` is told: the
 * platform then stops as a whole rather than run on without a tier (all its state is in the
 * database; a restart picks everything up).
 */
export async function startTierInThread(data: TierThreadData, onCrash: (error: Error) => void): Promise<RunningServer> {
  const worker = new Worker(new URL(THREAD_ENTRY, import.meta.url), { workerData: data });
  let closing = false;
  const started = new Promise<{ url: string; port: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`The ${data.tier} tier's thread exited (${code}) before it listened.`)),
    );
  });
  const listening = await started;
  worker.on('error', (error) => onCrash(error));
  worker.on('exit', (code) => {
    if (!closing) onCrash(new Error(`The ${data.tier} tier's thread exited (${code}).`));
  });
  return {
    ...listening,
    close: async () => {
      closing = true;
      const exited = once(worker, 'exit');
      worker.postMessage('close');
      await exited;
    },
  };
}
