import { z } from 'zod';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import { readPrivateYamlFile, reloadingFile, writePrivateYamlFile } from '../files/private-yaml-file';
import type { ApiKeyRecord } from './api-key';
import type { ApiKeyStore } from './api-key-store';

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
  return (await readPrivateYamlFile(file, keyFileSchema, 'API key file')).keys;
}

/** Replaces the file's records, atomically (a reader sees the old file or the new, never half). */
export async function writeApiKeyFile(file: string, keys: ApiKeyRecord[]): Promise<void> {
  await writePrivateYamlFile(file, HEADER, { keys });
}

/** The gateway's view of the key file: read at start, read again when the file changes. */
export function createFileApiKeyStore(file: string, clock: Clock, logger: Logger): ApiKeyStore {
  const current = reloadingFile(
    file,
    async (path) => new Map((await readApiKeyFile(path)).map((record) => [record.id, record])),
    new Map<string, ApiKeyRecord>(),
    clock,
    logger,
  );
  return { find: async (id) => (await current()).get(id) };
}
