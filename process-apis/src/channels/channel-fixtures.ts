import { readFileSync } from 'node:fs';

/**
 * The public sample documents (tests/fixtures/channels, see SOURCES.md there), as bytes: tests feed
 * them to the readers exactly as a channel would send them.
 */
export function channelFixture(file: string): Buffer {
  return readFileSync(new URL(`../../../tests/fixtures/channels/${file}`, import.meta.url));
}
