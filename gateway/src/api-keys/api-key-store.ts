import type { ApiKeyRecord } from './api-key';

/**
 * Where API key hashes live. The gateway only looks keys up; `crossdock api-key` writes them. The
 * file implementation (api-key-file.ts) is the default; a database-backed one fits the same port.
 */
export interface ApiKeyStore {
  /** The record with this id, revoked or not; undefined when there is none. */
  find(id: string): Promise<ApiKeyRecord | undefined>;
}
