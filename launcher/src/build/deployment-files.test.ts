import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Environment } from '@crossdock/shared-contracts/platform/config/env';
import { loadExperienceApiConfig } from '@crossdock/experience-apis/config';
import { loadProcessApiConfig } from '@crossdock/process-apis/config';
import { loadSystemApiConfig } from '@crossdock/system-apis/config';
import { loadGatewayFile } from '@crossdock/gateway/config/gateway-config';
import { TIER_NAMES } from '../cli/start-tier-command';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

interface ComposeService {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
}
const compose = parse(read('compose.yaml'), { merge: true }) as { services: Record<string, ComposeService> };
const crossdock = Object.entries(compose.services).filter(([, service]) => service.image?.startsWith('crossdock'));

/** A service's environment as its container gets it: compose's `${NAME:-default}` taken at its default. */
function environmentOf(name: string): Environment {
  const values = compose.services[name]?.environment ?? {};
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      String(value)
        .replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')
        .replace(/\$\{[A-Z_]+:\?[^}]*\}/g, 'a-secret-given-by-the-operator-0123456789'),
    ]),
  );
}

/** Every setting the code can read: the names in the sources of the workspace and in gateway.yaml. */
function settingsRead(): Set<string> {
  const text = ['gateway.yaml', ...sourceFiles()].map(read).join('\n');
  return new Set(text.match(/\b(CROSSDOCK_[A-Z0-9_]+|LOG_LEVEL|OTEL_[A-Z_]+|PORT|HOST)\b/g));
}

function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'generated') walk(relative);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) files.push(relative);
    }
  };
  for (const pkg of ['shared-contracts', 'system-apis', 'process-apis', 'experience-apis', 'gateway', 'launcher'])
    walk(path.join(pkg, 'src'));
  return files;
}

/**
 * compose.yaml and the Dockerfile cannot run here (no containers): they are kept true by reading them against
 * the code. Each container runs a command the launcher has, with settings the tier's own loader reads as given.
 */
describe('compose.yaml', () => {
  it('runs two replicas of every tier and of the gateway, each with a start command the launcher has', () => {
    const tiers = crossdock.map(([, service]) => {
      expect(service.command?.slice(0, 2)).toEqual(['start', '--tier']);
      return service.command![2];
    });
    expect(tiers.sort()).toEqual([...TIER_NAMES].sort());
    const replicas = parse(read('compose.yaml')).services as Record<string, { deploy?: { replicas?: number } }>;
    for (const [name] of crossdock) expect(replicas[name]!.deploy?.replicas ?? 2, name).toBe(2);
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['postgres', 'rabbitmq']));
  });

  it('names only settings the code reads (and glibc its MALLOC_ARENA_MAX)', () => {
    const known = settingsRead();
    for (const [name] of crossdock)
      for (const setting of Object.keys(environmentOf(name)))
        if (setting !== 'MALLOC_ARENA_MAX') expect(known.has(setting), `${name}: ${setting}`).toBe(true);
  });

  it('gives each tier the address, port and database its loader reads', () => {
    const system = loadSystemApiConfig(environmentOf('system'));
    expect([system.host, system.port, system.databaseUrl]).toEqual([
      '0.0.0.0',
      8081,
      'postgresql://postgres:crossdock@postgres:5432/crossdock_system',
    ]);
    const processApi = loadProcessApiConfig(environmentOf('process'));
    expect([processApi.host, processApi.port, processApi.systemApiUrl]).toEqual([
      '0.0.0.0',
      8082,
      'http://system:8081',
    ]);
    expect(processApi.databaseUrl).toBe('postgresql://postgres:crossdock@postgres:5432/crossdock_process');
    const experience = loadExperienceApiConfig(environmentOf('experience'));
    expect([experience.host, experience.port, experience.processApiUrl, experience.systemApiUrl]).toEqual([
      '0.0.0.0',
      8083,
      'http://process:8082',
      'http://system:8081',
    ]);
  });

  it('points the gateway at the tiers by service name, on the address and port it publishes', async () => {
    const gateway = await loadGatewayFile(path.join(ROOT, 'gateway.yaml'), environmentOf('gateway'));
    expect(gateway.server).toMatchObject({ host: '0.0.0.0', port: 8080 });
    expect(gateway.upstreams).toEqual({
      system: 'http://system:8081',
      process: 'http://process:8082',
      experience: 'http://experience:8083',
    });
    expect(gateway.limits.connectionsPerClient).toBe(0);
    expect(gateway.apiKeys.file).toBe('/var/lib/crossdock/api-keys.yaml');
  });
});

describe('the Dockerfile', () => {
  const dockerfile = read('Dockerfile');

  it('runs the build on Node 24 as a non-root user, with a health check on the gateway', () => {
    expect(dockerfile.match(/^FROM \S+/gm)).toEqual(Array(3).fill('FROM node:24-bookworm-slim'));
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^ENTRYPOINT \["node", "launcher\/dist\/main\.js"\]$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK [\s\S]*\/health/m);
  });

  it('copies files that exist, and every package of the workspace before installing', () => {
    const copied = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((match) => match[1]!.split(' '));
    for (const file of copied.filter((file) => file !== '.'))
      expect(existsSync(path.join(ROOT, file)), file).toBe(true);
    const workspace = parse(read('pnpm-workspace.yaml')) as { packages: string[] };
    for (const pkg of workspace.packages) expect(copied).toContain(`${pkg}/package.json`);
  });
});
