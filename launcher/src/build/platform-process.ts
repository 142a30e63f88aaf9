import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** The whole platform started as a user starts it (`crossdock start`), in a process of its own. */
export interface PlatformProcess {
  /** The gateway, as the start-up banner printed it. */
  readonly url: string;
  readonly child: ChildProcess;
  /** SIGTERM, as Ctrl-C or an orchestrator stops it; resolves with the exit code, the data directory removed. */
  stop(): Promise<number | null>;
}

export interface PlatformProcessOptions {
  /** The repository the platform runs from (its gateway.yaml, its files). */
  root: string;
  /** The command and its arguments before `start`, e.g. `[process.execPath, 'launcher/dist/main.js']`. */
  command: readonly string[];
  env?: Record<string, string>;
  /** How long start-up may take, initialising a fresh embedded PostgreSQL included (60 s by default). */
  timeoutMs?: number;
}

/**
 * Starts `crossdock start` on the embedded default with a fresh data directory of its own and the gateway on a
 * free port, and resolves once the start-up banner names the gateway. Log lines are discarded: the benchmark
 * and the build's test look at what the platform answers and what it costs, not at what it says.
 */
export async function startPlatformProcess(options: PlatformProcessOptions): Promise<PlatformProcess> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'crossdock-process-'));
  // Run as root, the embedded PostgreSQL runs as the postgres user, who must pass through (mkdtemp makes 0700).
  await chmod(dataDir, 0o711);
  const [program, ...args] = options.command;
  const child = spawn(program!, [...args, 'start'], {
    cwd: options.root,
    env: {
      PATH: process.env.PATH ?? '',
      ...(process.env.HOME ? { HOME: process.env.HOME } : {}),
      LOG_LEVEL: 'warn',
      ...options.env,
      PORT: '0',
      CROSSDOCK_DATA_DIR: path.join(dataDir, 'data'),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const code = await exited;
    await rm(dataDir, { recursive: true, force: true });
    return code;
  };
  try {
    const url = await gatewayUrl(child, options.timeoutMs ?? 60_000);
    return { url, child, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function gatewayUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`No start-up banner in ${timeoutMs} ms:\n${stderr}`)), timeoutMs);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-20_000);
      const url = /gateway\s+(http:\/\/\S+)/.exec(stderr)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`crossdock start exited (${code ?? signal}) before it was running:\n${stderr}`));
    });
  });
}
