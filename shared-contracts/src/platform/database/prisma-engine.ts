import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The schema engine that ships in the repository (WebAssembly from npm): see prisma-schema-engine.mjs. */
export const PRISMA_SCHEMA_ENGINE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'prisma-schema-engine.mjs');

/**
 * The environment to run the Prisma CLI in: with the repository's own schema engine, so that nothing is
 * downloaded from outside the npm registry. An engine the caller chose (PRISMA_SCHEMA_ENGINE_BINARY set,
 * e.g. Prisma's native one on a machine that has it) is kept.
 */
export function prismaCliEnvironment(base: NodeJS.ProcessEnv, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, PRISMA_HIDE_UPDATE_MESSAGE: '1', ...extra };
  env.PRISMA_SCHEMA_ENGINE_BINARY ||= PRISMA_SCHEMA_ENGINE;
  return env;
}
