/**
 * Crossdock's tiers each as their own operating-system process, configured only by the
 * environment, as the README's "Running at scale" runs them. Node runs the TypeScript through
 * tsx's loader (`node --import tsx`), so a tier's pid is the server's own: SIGKILL kills the tier,
 * not a wrapper. Not a test file: the tests that need separate processes share it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '@crossdock/shared-contracts/platform/database/embedded-cluster';
import { REPO_ROOT, TEST_TOKENS } from './test-platform';
import { waitUntil } from './wait-until';

export type TierName = 'system' | 'process' | 'experience' | 'gateway';

/** One tier's process; `start` again after a kill brings it back on the same port and settings. */
export interface TierProcess {
  readonly tier: TierName;
  readonly url: string;
  readonly child: ChildProcess | undefined;
  /** Starts the process and resolves once it says it is listening. */
  start(): Promise<void>;
  /** SIGKILL, as a crash or a pulled plug; resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM, as an operator stops it; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** When the process ended by itself (not killed or stopped here): how, with the end of its stderr. */
  unexpectedExit(): string | undefined;
}

const PORT_VARIABLE: Record<TierName, string> = {
  system: 'CROSSDOCK_SYSTEM_API_PORT',
  process: 'CROSSDOCK_PROCESS_API_PORT',
  experience: 'CROSSDOCK_EXPERIENCE_API_PORT',
  gateway: 'PORT',
};

const exitOf = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once('exit', (code) => resolve(code)));

/** A tier process on a free port of 127.0.0.1 (not started yet). */
export async function tierProcess(tier: TierName, env: Record<string, string>): Promise<TierProcess> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  let stderr = '';
  let endedByUs = false;
  const processEnv = {
    PATH: process.env.PATH ?? '',
    CROSSDOCK_JWT_SECRET: TEST_TOKENS.secret,
    LOG_LEVEL: 'warn',
    ...env,
    [PORT_VARIABLE[tier]]: String(port),
  };
  return {
    tier,
    url: `http://127.0.0.1:${port}`,
    get child() {
      return child;
    },
    start() {
      endedByUs = false;
      stderr = '';
      const started = spawn(
        process.execPath,
        ['--import', 'tsx', 'launcher/src/cli/main.ts', 'start', '--tier', tier],
        {
          cwd: REPO_ROOT,
          env: processEnv,
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      child = started;
      return new Promise((resolve, reject) => {
        started.stderr!.on('data', (chunk: Buffer) => {
          stderr = (stderr + chunk.toString()).slice(-20_000);
          if (stderr.includes('listening on')) resolve();
        });
        started.once('exit', (code, signal) => reject(new Error(`${tier} exited (${code ?? signal}): ${stderr}`)));
      });
    },
    async kill() {
      if (!child) return;
      endedByUs = true;
      child.kill('SIGKILL');
      await exitOf(child);
    },
    async stop() {
      if (!child) return null;
      endedByUs = true;
      child.kill('SIGTERM');
      return exitOf(child);
    },
    unexpectedExit() {
      if (!child || endedByUs || (child.exitCode === null && child.signalCode === null)) return undefined;
      return `${tier} exited by itself (${child.exitCode ?? child.signalCode}): ${stderr.slice(-4000)}`;
    },
  };
}

/** The four tiers wired together by URL; the system tier's settings are `systemEnv`. */
export interface TierProcesses {
  system: TierProcess;
  process: TierProcess;
  experience: TierProcess;
  gateway: TierProcess;
  all: TierProcess[];
}

export async function startTierProcesses(settings: {
  systemEnv: Record<string, string>;
  processEnv: Record<string, string>;
  sharedEnv?: Record<string, string>;
}): Promise<TierProcesses> {
  const shared = settings.sharedEnv ?? {};
  const system = await tierProcess('system', { ...shared, ...settings.systemEnv });
  const processTier = await tierProcess('process', {
    ...shared,
    ...settings.processEnv,
    CROSSDOCK_SYSTEM_API_URL: system.url,
  });
  const experience = await tierProcess('experience', {
    ...shared,
    CROSSDOCK_PROCESS_API_URL: processTier.url,
    CROSSDOCK_SYSTEM_API_URL: system.url,
  });
  const gateway = await tierProcess('gateway', {
    ...shared,
    CROSSDOCK_SYSTEM_API_URL: system.url,
    CROSSDOCK_PROCESS_API_URL: processTier.url,
    CROSSDOCK_EXPERIENCE_API_URL: experience.url,
  });
  const all = [system, processTier, experience, gateway];
  await system.start();
  await Promise.all([processTier.start(), experience.start(), gateway.start()]);
  return { system, process: processTier, experience, gateway, all };
}

/** Waits until `url`'s /health answers 200; resolves with the time it first did. */
export async function healthyAt(url: string, timeoutMs = 60_000): Promise<number> {
  await waitUntil(
    () =>
      fetch(`${url}/health`).then(
        (answer) => answer.status,
        () => 0,
      ),
    (status) => status === 200,
    { timeoutMs, everyMs: 50, what: `${url} to report healthy` },
  );
  return Date.now();
}

/** For an afterAll: whatever still runs is killed outright. */
export async function killAll(tiers: TierProcess[]): Promise<void> {
  await Promise.all(tiers.map((tier) => tier.kill()));
}
