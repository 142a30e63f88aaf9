import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import { Writable } from 'node:stream';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import { generateApiKey } from './api-key';
import { createFileApiKeyStore, readApiKeyFile, writeApiKeyFile } from './api-key-file';

const quiet = createLogger({ service: 'test', stream: new Writable({ write: (_chunk, _encoding, done) => done() }) });

let directory: string;
let file: string;
let nowMs: number;
const clock: Clock = { now: () => new Date(nowMs) };

beforeEach(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'crossdock-api-keys-'));
  file = path.join(directory, 'api-keys.yaml');
  nowMs = Date.parse('2026-11-28T09:00:00.000Z');
});
afterEach(() => rm(directory, { recursive: true, force: true }));

describe('the API key file', () => {
  it('holds no keys while it does not exist', async () => {
    expect(await readApiKeyFile(file)).toEqual([]);
    expect(await createFileApiKeyStore(file, clock, quiet).find('0123456789ab')).toBeUndefined();
  });

  it('is written readable by its owner only, and read back as written', async () => {
    const { record } = generateApiKey('northwind-market', clock.now());
    await writeApiKeyFile(file, [record]);

    expect(await readApiKeyFile(file)).toEqual([record]);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('is read again when it changes, once its check interval has passed: no restart needed', async () => {
    const store = createFileApiKeyStore(file, clock, quiet);
    const { record } = generateApiKey('northwind-market', clock.now());
    expect(await store.find(record.id)).toBeUndefined();

    await writeApiKeyFile(file, [record]);
    expect(await store.find(record.id)).toBeUndefined();
    nowMs += 1000;

    expect(await store.find(record.id)).toEqual(record);
  });

  it('keeps the keys it had when the file is broken, and says so', async () => {
    const store = createFileApiKeyStore(file, clock, quiet);
    const { record } = generateApiKey('northwind-market', clock.now());
    await writeApiKeyFile(file, [record]);
    expect(await store.find(record.id)).toEqual(record);

    await writeFile(file, 'keys: [ { id: nonsense } ]\n');
    nowMs += 1000;

    expect(await store.find(record.id)).toEqual(record);
    await expect(readApiKeyFile(file)).rejects.toThrow(/is not valid/);
  });
});
