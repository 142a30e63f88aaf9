/**
 * The inbound-documents core owns "a document arrived, was kept, read, mapped, became orders, was
 * acknowledged or refused"; each channel (X12, Shopify, WooCommerce, Magento, Amazon...) registers
 * itself with it through one small interface (InboundChannel). Channels import the core; the core
 * imports no channel, so adding one never touches it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../openapi/generate-contracts';
import { findImportsInto, reachesInto, typeScriptFilesUnder } from './import-boundaries';

const CORE = path.join(REPO_ROOT, 'process-apis/src/inbound-documents');
const CHANNELS = path.join(REPO_ROOT, 'process-apis/src/channels');

describe('the inbound-documents core', () => {
  it('imports nothing from process-apis/src/channels: channels register themselves with it', async () => {
    const imports = await findImportsInto(CORE, CHANNELS, REPO_ROOT);

    expect((await typeScriptFilesUnder(CORE)).length).toBeGreaterThan(0);
    expect(imports, `the core imports a channel:\n  ${imports.join('\n  ')}`).toEqual([]);
  });
});

describe('the check itself', () => {
  const coreFile = path.join(CORE, 'ingest-document.ts');

  it('sees an import of a channel, at any depth of either folder', () => {
    expect(reachesInto(coreFile, '../channels/x12/write-855', CHANNELS)).toBe(true);
    expect(reachesInto(coreFile, '../channels/read-channel-json', CHANNELS)).toBe(true);
    expect(reachesInto(path.join(CORE, 'deeper/file.ts'), '../../channels/edi/x12-channel', CHANNELS)).toBe(true);
  });

  it('lets the core import itself and the rest of process-apis, and a channel import the core', () => {
    expect(reachesInto(coreFile, './inbound-channel', CHANNELS)).toBe(false);
    expect(reachesInto(coreFile, '../partners/map-draft', CHANNELS)).toBe(false);
    // A folder whose name merely starts like it is another folder.
    expect(reachesInto(coreFile, '../channels-archive/old', CHANNELS)).toBe(false);
    expect(reachesInto(coreFile, '@crossdock/shared-contracts/contracts/errors/errors', CHANNELS)).toBe(false);
    const channelFile = path.join(CHANNELS, 'edi/x12-channel.ts');
    expect(reachesInto(channelFile, '../../inbound-documents/inbound-channel', CORE)).toBe(true);
    expect(reachesInto(channelFile, '../x12/write-855', CORE)).toBe(false);
  });
});
