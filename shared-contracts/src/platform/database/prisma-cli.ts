/**
 * Runs the Prisma CLI for the package in the current directory against a throwaway embedded
 * PostgreSQL, so `migrate diff`, `migrate dev --create-only` and friends work without a server of
 * your own:  pnpm --filter @crossdock/system-apis prisma migrate diff ...
 *
 * A developer tool, not part of the running platform. It runs with the repository's own schema engine
 * (prisma-engine.ts), so nothing is downloaded from outside the npm registry.
 */
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedCluster } from './embedded-cluster';
import { prismaCliEnvironment } from './prisma-engine';

async function main(): Promise<number> {
  const cluster = await startEmbeddedCluster({
    dataDir: await mkdtemp(path.join(os.tmpdir(), 'crossdock-prisma-')),
    ephemeral: true,
  });
  try {
    await cluster.ensureDatabase('prisma_cli');
    const env = prismaCliEnvironment(process.env, { PRISMA_CLI_DATABASE_URL: cluster.urlFor('prisma_cli') });
    return await new Promise<number>((resolve) => {
      const child = spawn('prisma', process.argv.slice(2), { stdio: 'inherit', env, shell: false });
      child.on('exit', (code) => resolve(code ?? 1));
    });
  } finally {
    await cluster.stop();
  }
}

process.exitCode = await main();
