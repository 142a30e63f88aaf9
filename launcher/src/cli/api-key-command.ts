import { parseArgs } from 'node:util';
import { generateApiKey } from '@crossdock/gateway/api-keys/api-key';
import { readApiKeyFile, writeApiKeyFile } from '@crossdock/gateway/api-keys/api-key-file';
import type { GatewayFile } from '@crossdock/gateway/config/gateway-config';
import { parseOptions, UsageError } from './usage-error';

export const API_KEY_USAGE = `crossdock api-key create --consumer <id>   a new key for an API-key consumer of gateway.yaml, shown once
  crossdock api-key list                      the keys' ids, consumers and dates (never the keys)
  crossdock api-key revoke --id <key id>      the key is refused from the next second on`;

/** What `crossdock api-key` prints: the lines for standard output and for standard error. */
export interface ApiKeyCommandOutput {
  stdout: string;
  stderr: string;
}

/**
 * `crossdock api-key`: keys for gateway.yaml's API-key consumers (marketplace partners). Only the
 * key's SHA-256 is written, to the file gateway.yaml names (apiKeys.file); the key itself is
 * printed once, alone on standard output, so it can be piped to a secret store.
 */
export async function apiKeyCommand(args: string[], gateway: GatewayFile, now: Date): Promise<ApiKeyCommandOutput> {
  const [action, ...rest] = args;
  const { values } = parseOptions(() =>
    parseArgs({ args: rest, options: { consumer: { type: 'string' }, id: { type: 'string' } }, strict: true }),
  );
  const file = gateway.apiKeys.file;
  switch (action) {
    case 'create': {
      const consumer = gateway.consumers.find((candidate) => candidate.id === values.consumer);
      if (!values.consumer) throw new UsageError('--consumer is required.');
      if (!consumer?.apiKey) {
        const keyed = gateway.consumers.filter((candidate) => candidate.apiKey).map((candidate) => candidate.id);
        throw new UsageError(
          `"${values.consumer}" is not an API-key consumer in gateway.yaml. API-key consumers: ${keyed.join(', ') || 'none'}.`,
        );
      }
      const { key, record } = generateApiKey(consumer.id, now);
      await writeApiKeyFile(file, [...(await readApiKeyFile(file)), record]);
      return {
        stdout: `${key}\n`,
        stderr: `API key ${record.id} created for ${consumer.id}; its hash is in ${file}. This is the only time the key is shown.\n`,
      };
    }
    case 'list': {
      const lines = (await readApiKeyFile(file)).map(
        (record) =>
          `${record.id}  ${record.consumer}  created ${record.createdAt}${record.revokedAt ? `  revoked ${record.revokedAt}` : ''}`,
      );
      return {
        stdout: lines.length > 0 ? `${lines.join('\n')}\n` : '',
        stderr: lines.length > 0 ? '' : `No API keys in ${file}.\n`,
      };
    }
    case 'revoke': {
      if (!values.id) throw new UsageError('--id is required.');
      const records = await readApiKeyFile(file);
      const record = records.find((candidate) => candidate.id === values.id);
      if (!record) throw new UsageError(`No API key ${values.id} in ${file}.`);
      if (!record.revokedAt)
        await writeApiKeyFile(
          file,
          records.map((candidate) =>
            candidate === record ? { ...candidate, revokedAt: now.toISOString() } : candidate,
          ),
        );
      return { stdout: '', stderr: `API key ${record.id} of ${record.consumer} is revoked.\n` };
    }
    default:
      throw new UsageError(`Usage: ${API_KEY_USAGE}`);
  }
}
