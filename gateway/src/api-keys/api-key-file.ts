import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { z } from 'zod';
import { ConfigurationError } from '@crossdock/shared-contracts/platform/config/env';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import type { ApiKeyRecord } from './api-key';
import type { ApiKeyStore } from './api-key-store';

// A key added or revoked with the CLI is seen this soon, without restarting the gateway.
const RECHECK_INTERVAL_MS = 1000;

const HEADER = `# Crossdock API keys: SHA-256 hashes only. Each key was shown once, when it was created.
# Written by \`crossdock api-key create --consumer <id>\`; \`crossdock api-key revoke --id <id>\` revokes one.
# Keep this file out of version control and readable only by the gateway.
`;

const keyFileSchema = z.object({
  keys: z
    .array(
      z.object({
        id: z.string().regex(/^[0-9a-f]{12}$/),
        consumer: z.string().min(1),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        createdAt: z.string(),
        revokedAt: z.string().optional(),
      }),
    )
    .default([]),
});

/** Every record in the key file; an absent file holds no keys. */
export async function readApiKeyFile(file: string): Promise<ApiKeyRecord[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new ConfigurationError(`Cannot read the API key file ${file}: ${coerceError(error).message}`);
  }
  const parsed = keyFileSchema.safeParse(parseYaml(text) ?? {});
  if (!parsed.success)
    throw new ConfigurationError(
      `The API key file ${file} is not valid: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  return parsed.data.keys;
}

/** Replaces the file's records, atomically (a reader sees the old file or the new, never half). */
export async function writeApiKeyFile(file: string, keys: ApiKeyRecord[]): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${HEADER}${stringifyYaml({ keys })}`, { encoding: 'utf8', mode: 0o600 });
  await rename(temporary, file);
}

/** The gateway's view of the key file: read at start, read again when the file changes. */
export function createFileApiKeyStore(file: string, clock: Clock, logger: Logger): ApiKeyStore {
  let byId = new Map<string, ApiKeyRecord>();
  let seen = '';
  let checkedAtMs = Number.NEGATIVE_INFINITY;

  async function refresh(): Promise<void> {
    const nowMs = clock.now().getTime();
    if (nowMs - checkedAtMs < RECHECK_INTERVAL_MS && nowMs >= checkedAtMs) return;
    checkedAtMs = nowMs;
    const version = await stat(file).then(
      (info) => `${info.mtimeMs}:${info.size}:${info.ino}`,
      () => 'absent',
    );
    if (version === seen) return;
    try {
      byId = new Map((await readApiKeyFile(file)).map((record) => [record.id, record]));
      seen = version;
    } catch (error) {
      // Keep the keys that worked until the file is fixed, rather than locking every partner out.
      logger.error('API key file not read; the keys read before stay in force', {
        file,
        error: coerceError(error).message,
      });
    }
  }

  return {
    async find(id) {
      await refresh();
      return byId.get(id);
    },
  };
}
