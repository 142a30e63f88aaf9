import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProcessDatabase, type ProcessDatabase } from '../database';
import { addMappingVersion } from './mapping-versions';
import { envelopeFor } from '../channels/edi/partner-envelope';
import { databasePartnerDirectory, type PartnerDirectory } from './partner-directory';
import { createPartner } from './save-partner';

let db: ProcessDatabase;
let partners: PartnerDirectory;
const mapping = { name: 'as-sent', version: 1 };

beforeAll(async () => {
  db = await openProcessDatabase(await createTestDatabase('partner_directory'));
  partners = databasePartnerDirectory(db);
  await addMappingVersion(
    db,
    'as-sent',
    {
      description: 'as sent',
      rules: { productIds: [{ qualifier: 'VP', lookup: 'as-sku' }], customer: { from: 'partner' }, prices: 'keep' },
    },
    'test',
  );
  await createPartner(db, {
    id: 'acme-edi',
    name: 'Acme EDI',
    channel: 'x12',
    customerId: 'C-1001',
    identifiers: {
      x12: { senderQualifier: 'ZZ', senderId: 'ACMEHARDWARE', receiverQualifier: 'ZZ', receiverId: 'CROSSDOCK' },
    },
    mapping,
  });
  await createPartner(db, {
    id: 'acme-woo',
    name: 'Acme Woo',
    channel: 'woocommerce',
    customerId: 'C-1001',
    identifiers: { shopDomain: 'https://Shop.Acme.example/' },
    mapping,
  });
  await createPartner(db, {
    id: 'dormant',
    name: 'Dormant',
    channel: 'amazon',
    customerId: 'C-1002',
    active: false,
    identifiers: { sellerId: 'A2DORMANT' },
    mapping,
  });
});
afterAll(async () => {
  await db?.$disconnect();
});

describe('finding the partner a document comes from', () => {
  it('by the X12 interchange sender, padded as ISA06 is or not', async () => {
    expect((await partners.findPartner({ kind: 'x12', qualifier: 'ZZ', id: 'ACMEHARDWARE   ' }))?.id).toBe('acme-edi');
    expect(await partners.findPartner({ kind: 'x12', qualifier: '01', id: 'ACMEHARDWARE' })).toBeUndefined();
  });

  it('by GS02 under a shared ISA sender, a GS03 given checked; the ISA sender’s own partner takes the other groups', async () => {
    await createPartner(db, {
      id: 'acme-east',
      name: 'Acme East',
      channel: 'x12',
      customerId: 'C-1001',
      identifiers: {
        x12: {
          senderQualifier: 'ZZ',
          senderId: 'ACMEHARDWARE',
          receiverQualifier: 'ZZ',
          receiverId: 'CROSSDOCK',
          applicationSenderCode: 'ACME-EAST',
          applicationReceiverCode: 'XDOCK-EAST',
        },
      },
      mapping,
    });
    const group = (applicationSender: string, applicationReceiver: string) =>
      partners.findPartner({
        kind: 'x12',
        qualifier: 'ZZ',
        id: 'ACMEHARDWARE',
        applicationSender,
        applicationReceiver,
      });

    const east = await group('ACME-EAST', 'XDOCK-EAST');
    expect(east?.id).toBe('acme-east');
    expect((await group('ACME-WEST', 'CROSSDOCK'))?.id).toBe('acme-edi');
    expect((await group('ACMEHARDWARE', 'CROSSDOCK'))?.id).toBe('acme-edi');
    // The east division's GS02 sent to an application code of ours it does not use: no partner's.
    expect(await group('ACME-EAST', 'CROSSDOCK')).toBeUndefined();
    // What Crossdock writes the east division carries its application codes, the other way round.
    const envelope = envelopeFor(east!, { interchange: 1, groups: [1] }, new Date('2026-12-07T12:00:00Z'));
    expect(envelope).toMatchObject({ applicationSender: 'XDOCK-EAST', applicationReceiver: 'ACME-EAST' });
  });

  it('by the shop’s domain, from a host name or a site URL in any letter case', async () => {
    expect((await partners.findPartner({ kind: 'shop-domain', domain: 'shop.acme.example' }))?.id).toBe('acme-woo');
    expect((await partners.findPartner({ kind: 'shop-domain', domain: 'https://SHOP.acme.example/wp' }))?.id).toBe(
      'acme-woo',
    );
  });

  it('not at all when the partner is switched off', async () => {
    expect(await partners.findPartner({ kind: 'seller-id', id: 'A2DORMANT' })).toBeUndefined();
  });
});
