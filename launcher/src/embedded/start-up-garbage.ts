import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How long after start-up the second collection runs: the first relays and polls have allocated by then. */
const SECOND_COLLECTION_MS = 15_000;

/**
 * Start-up (migrations, seeding the demo data, compiling every module, Prisma's query compiler) leaves tens of
 * MiB of garbage in each thread's heap, and a platform at rest allocates too little for V8 to ever run the full
 * collection that would give it back: it stayed as resident memory (measured in docs/performance.md). One full
 * collection in this thread now and one a little later returns it. V8 exposes its collector only behind a flag;
 * set at run time, it is read when a context is made, so the collector is taken from a fresh context (as
 * jest's leak detector does).
 */
export function collectStartUpGarbage(): void {
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  collect();
  setTimeout(collect, SECOND_COLLECTION_MS).unref();
}
