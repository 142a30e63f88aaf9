import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { z } from 'zod';
import { ConfigurationError } from '@crossdock/shared-contracts/platform/config/env';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';

/**
 * The files the CLI writes and the gateway reads (API key hashes, console users): YAML, readable by
 * their owner only, replaced atomically, and re-read by the gateway when they change.
 */

// A change made with the CLI is seen this soon, without restarting the gateway.
const RECHECK_INTERVAL_MS = 1000;

/** The file as `schema` reads it; an absent file is `{}`. `what` names it in errors ("API key file"). */
export async function readPrivateYamlFile<T>(file: string, schema: z.ZodType<T>, what: string): Promise<T> {
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new ConfigurationError(`Cannot read the ${what} ${file}: ${coerceError(error).message}`);
  }
  const parsed = schema.safeParse(parseYaml(text) ?? {});
  if (!parsed.success)
    throw new ConfigurationError(
      `The ${what} ${file} is not valid: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  return parsed.data;
}

/** Replaces the file (mode 0600), atomically: a reader sees the old file or the new, never half. */
export async function writePrivateYamlFile(file: string, header: string, content: unknown): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${header}${stringifyYaml(content)}`, { encoding: 'utf8', mode: 0o600 });
  await rename(temporary, file);
}

/**
 * The gateway's view of such a file: `read` at first use, again when the file changed (checked at
 * most once a second). A file broken by hand keeps what was read before, and the error is logged.
 */
export function reloadingFile<T>(
  file: string,
  read: (file: string) => Promise<T>,
  empty: T,
  clock: Clock,
  logger: Logger,
): () => Promise<T> {
  let current = empty;
  let seen = '';
  let checkedAtMs = Number.NEGATIVE_INFINITY;
  return async () => {
    const nowMs = clock.now().getTime();
    if (nowMs - checkedAtMs < RECHECK_INTERVAL_MS && nowMs >= checkedAtMs) return current;
    checkedAtMs = nowMs;
    const version = await stat(file).then(
      (info) => `${info.mtimeMs}:${info.size}:${info.ino}`,
      () => 'absent',
    );
    if (version === seen) return current;
    try {
      current = await read(file);
      seen = version;
    } catch (error) {
      // Keep what worked until the file is fixed, rather than locking everyone out.
      logger.error('File not read; what was read before stays in force', { file, error: coerceError(error).message });
    }
    return current;
  };
}
