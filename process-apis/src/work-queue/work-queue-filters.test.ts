/**
 * The work queue's lists and bulk previews against a real database, on holds and dead letters
 * written as the pipeline leaves them: which tab each one is on, and what each filter finds.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '@crossdock/shared-contracts/context/request-context';
import { ValidationError } from '@crossdock/shared-contracts/errors/errors';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProcessDatabase, type ProcessDatabase } from '../database';
import { replayDeadLetters } from '../dead-letters/replay-dead-letters';
import { listDeadLetters } from '../dead-letters/list-dead-letters';
import { releaseHolds } from '../holds/bulk-release';
import { listHolds } from '../holds/list-holds';
import type { ProcessServices } from '../process-services';

const NOW = new Date('2026-12-07T12:00:00.000Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const SUPPORT: Principal = { subject: 'support-anna', scopes: ['process:read', 'process:write'] };

let db: ProcessDatabase;
// What the list and the dry runs use of the services: the database and the clock.
let services: ProcessServices;
const ids: Record<string, string> = {};

interface Seed {
  name: string;
  channel: string;
  customerId: string;
  purchaseOrderNumber?: string;
  status: string;
  partnerId?: string;
}

async function seedOrder(seed: Seed): Promise<string> {
  const id = randomUUID();
  ids[seed.name] = id;
  await db.order.create({
    data: {
      id,
      channel: seed.channel,
      sourceOrderId: `SRC-${seed.name}-${id.slice(0, 8)}`,
      customerId: seed.customerId,
      purchaseOrderNumber: seed.purchaseOrderNumber,
      status: seed.status,
      received: { channel: seed.channel, lines: [] },
      correlationId: 'seed',
      createdBy: 'seed',
    },
  });
  if (seed.partnerId) {
    const documentId = randomUUID();
    await db.inboundDocument.create({
      data: {
        id: documentId,
        channel: seed.channel,
        kind: 'x12-interchange',
        partnerId: seed.partnerId,
        status: 'processed',
        sha256: 'x',
        correlationId: 'seed',
      },
    });
    await db.inboundDocumentOrder.create({
      data: {
        documentId,
        orderId: id,
        partnerId: seed.partnerId,
        sourceOrderId: 'PO',
        mappingName: 'm',
        mappingVersion: 1,
      },
    });
  }
  return id;
}

async function seedHold(seed: Seed, hold: { reasonCode: string; detail: string; status: string; ageMinutes: number }) {
  const orderId = await seedOrder(seed);
  const { ageMinutes, ...rest } = hold;
  await db.hold.create({
    data: { id: `hold-${seed.name}`, orderId, ...rest, step: 'validate', createdAt: minutesAgo(ageMinutes) },
  });
}

async function seedDeadLetter(seed: Seed, letter: { lastError: string; replayed: boolean; ageMinutes: number }) {
  const orderId = await seedOrder(seed);
  await db.deadLetter.create({
    data: {
      id: `letter-${seed.name}`,
      orderId,
      step: 'submit',
      lastError: letter.lastError,
      attempts: 4,
      createdAt: minutesAgo(letter.ageMinutes),
      replayedAt: letter.replayed ? minutesAgo(1) : null,
      replayedBy: letter.replayed ? 'someone' : null,
    },
  });
}

beforeAll(async () => {
  db = await openProcessDatabase(await createTestDatabase('work_queue_filters'));
  services = { db, clock: { now: () => NOW } } as unknown as ProcessServices;
  const held = { status: 'HELD' };
  await seedHold(
    {
      name: 'A',
      channel: 'x12',
      customerId: 'C-1001',
      purchaseOrderNumber: 'PO-Alpha-1',
      partnerId: 'acme-edi',
      ...held,
    },
    { reasonCode: 'UNKNOWN_ITEM', detail: 'Item ZZ-9 is not known to the ERP.', status: 'open', ageMinutes: 180 },
  );
  await seedHold(
    { name: 'B', channel: 'shopify', customerId: 'C-1002', purchaseOrderNumber: 'WEB-77', ...held },
    {
      reasonCode: 'CREDIT_LIMIT',
      detail: 'The order takes the customer over its credit limit.',
      status: 'open',
      ageMinutes: 10,
    },
  );
  await seedHold(
    { name: 'C', channel: 'api', customerId: 'C-1001', status: 'VALIDATED' },
    { reasonCode: 'PRICE_MISMATCH', detail: 'Price differs.', status: 'released', ageMinutes: 50 },
  );
  await seedHold(
    { name: 'D', channel: 'api', customerId: 'C-1001', status: 'SUBMITTED' },
    { reasonCode: 'CREDIT_LIMIT', detail: 'Over the limit.', status: 'overridden', ageMinutes: 120 },
  );
  await seedHold(
    { name: 'E', channel: 'api', customerId: 'C-1002', status: 'REJECTED' },
    { reasonCode: 'UNKNOWN_ITEM', detail: 'Item QQ-1 is not known.', status: 'rejected', ageMinutes: 300 },
  );
  const erpDown = 'The ERP is down during salesOrders.create.';
  await seedDeadLetter(
    { name: 'F', channel: 'x12', customerId: 'C-1001', status: 'FAILED', partnerId: 'acme-edi' },
    { lastError: erpDown, replayed: false, ageMinutes: 120 },
  );
  await seedDeadLetter(
    { name: 'G', channel: 'api', customerId: 'C-1002', status: 'PLANNED' },
    { lastError: erpDown, replayed: true, ageMinutes: 90 },
  );
  await seedDeadLetter(
    { name: 'H', channel: 'api', customerId: 'C-1002', status: 'SUBMITTED' },
    { lastError: 'Timed out.', replayed: true, ageMinutes: 60 },
  );
  await seedDeadLetter(
    { name: 'I', channel: 'api', customerId: 'C-1002', status: 'CANCELLED' },
    { lastError: 'Timed out.', replayed: false, ageMinutes: 30 },
  );
});
afterAll(async () => {
  await db?.$disconnect();
});

const holdNames = async (filter: Parameters<typeof listHolds>[2], principal: Principal = SUPPORT) =>
  (await listHolds(db, principal, filter, NOW)).items.map((hold) => hold.id.replace('hold-', ''));
const letterNames = async (filter: Parameters<typeof listDeadLetters>[2]) =>
  (await listDeadLetters(db, SUPPORT, filter, NOW)).items.map((letter) => letter.id.replace('letter-', ''));

describe('the hold queue', () => {
  it('puts each hold on one tab: open, retrying (let go, the order back on the pipeline) or resolved', async () => {
    expect(await holdNames({ tab: 'open' })).toEqual(['B', 'A']);
    expect(await holdNames({ tab: 'retrying' })).toEqual(['C']);
    expect(await holdNames({ tab: 'resolved' })).toEqual(['D', 'E']);
  });

  it('finds holds by channel, partner, customer and age', async () => {
    expect(await holdNames({ channel: 'x12' })).toEqual(['A']);
    expect(await holdNames({ partnerId: 'acme-edi' })).toEqual(['A']);
    expect(await holdNames({ partnerId: 'nobody' })).toEqual([]);
    expect(await holdNames({ customerId: 'C-1002' })).toEqual(['B', 'E']);
    expect(await holdNames({ minAgeMinutes: 60 })).toEqual(['D', 'A', 'E']);
    expect(await holdNames({ olderThan: minutesAgo(240) })).toEqual(['E']);
    // Both given: the earlier of the two bounds.
    expect(await holdNames({ olderThan: minutesAgo(100), minAgeMinutes: 150 })).toEqual(['A', 'E']);
  });

  it('searches the order number, PO number, customer and the hold’s detail in any letter case', async () => {
    expect(await holdNames({ q: 'alpha' })).toEqual(['A']);
    expect(await holdNames({ q: 'web-77' })).toEqual(['B']);
    expect(await holdNames({ q: 'credit LIMIT' })).toEqual(['B']);
    expect(await holdNames({ q: 'not known' })).toEqual(['A', 'E']);
    expect(await holdNames({ q: `  ${ids.C!}  ` })).toEqual(['C']);
    expect(await holdNames({ q: 'SRC-D-' })).toEqual(['D']);
    expect(await holdNames({ q: 'not known', tab: 'open', customerId: 'C-1001' })).toEqual(['A']);
  });

  it('shows a customer-scoped caller only its own customer’s holds, whatever it asks for', async () => {
    const portal: Principal = { subject: 'buyer', scopes: ['process:read'], customerId: 'C-1002' };
    expect(await holdNames({ customerId: 'C-1001' }, portal)).toEqual(['B', 'E']);
  });

  it('pages a filtered list with its cursor, newest first, none skipped or repeated', async () => {
    const first = await listHolds(db, SUPPORT, { customerId: 'C-1001', limit: 2 }, NOW);
    expect(first.items.map((hold) => hold.id)).toEqual(['hold-C', 'hold-D']);
    const second = await listHolds(db, SUPPORT, { customerId: 'C-1001', limit: 2, cursor: first.nextCursor }, NOW);
    expect(second.items.map((hold) => hold.id)).toEqual(['hold-A']);
    expect(second.nextCursor).toBeUndefined();
  });

  it('shows where each held order came from', async () => {
    const [hold] = (await listHolds(db, SUPPORT, { q: 'alpha' }, NOW)).items;
    expect(hold).toMatchObject({ channel: 'x12', purchaseOrderNumber: 'PO-Alpha-1', customerId: 'C-1001' });
  });
});

describe('the dead-letter queue', () => {
  it('puts each dead letter on one tab; one whose order was cancelled is resolved, not open', async () => {
    expect(await letterNames({ tab: 'open' })).toEqual(['F']);
    expect(await letterNames({ tab: 'retrying' })).toEqual(['G']);
    expect(await letterNames({ tab: 'resolved' })).toEqual(['I', 'H']);
  });

  it('finds dead letters by partner, channel, age and the last error’s text', async () => {
    expect(await letterNames({ partnerId: 'acme-edi' })).toEqual(['F']);
    expect(await letterNames({ channel: 'api', customerId: 'C-1002' })).toEqual(['I', 'H', 'G']);
    expect(await letterNames({ minAgeMinutes: 61 })).toEqual(['G', 'F']);
    expect(await letterNames({ q: 'SALESORDERS.create' })).toEqual(['G', 'F']);
  });
});

describe('a bulk action’s dry run', () => {
  it('counts the open holds that match and shows them oldest first, changing nothing', async () => {
    const preview = await releaseHolds(services, SUPPORT, { dryRun: true });
    expect(preview).toMatchObject({ dryRun: true, matched: 2, released: 0, orderIds: [] });
    expect(preview.sample.map((hold) => hold.id)).toEqual(['hold-A', 'hold-B']);
    expect((await releaseHolds(services, SUPPORT, { dryRun: true, reasonCode: 'CREDIT_LIMIT' })).matched).toBe(1);
    expect((await releaseHolds(services, SUPPORT, { dryRun: true, partnerId: 'acme-edi' })).matched).toBe(1);
    expect(await holdNames({ tab: 'open' })).toEqual(['B', 'A']);
  });

  it('refuses to act without a comment, before touching anything', async () => {
    await expect(releaseHolds(services, SUPPORT, { reasonCode: 'CREDIT_LIMIT', comment: '  ' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(replayDeadLetters(services, SUPPORT, {})).rejects.toBeInstanceOf(ValidationError);
    expect(await holdNames({ tab: 'open' })).toEqual(['B', 'A']);
    expect(await letterNames({ tab: 'open' })).toEqual(['F']);
  });

  it('counts only the dead letters a replay would take: not replayed, the order still failed', async () => {
    const preview = await replayDeadLetters(services, SUPPORT, { dryRun: true });
    expect(preview).toMatchObject({ dryRun: true, matched: 1, replayed: 0 });
    expect(preview.sample.map((letter) => letter.id)).toEqual(['letter-F']);
    expect((await replayDeadLetters(services, SUPPORT, { dryRun: true, channel: 'api' })).matched).toBe(0);
  });
});
