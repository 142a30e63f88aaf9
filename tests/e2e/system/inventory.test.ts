/**
 * Stock through the gateway: positions per warehouse, movements with their reason, actor and
 * correlation id, adjustments that may not go below what is promised, and reservations that never
 * promise more than is there — also when fifty arrive at once.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import {
  expectProblem,
  INTEGRATION_TEAM,
  newItem,
  positionOf,
  systemClient,
  type Position,
  type SystemClient,
} from './system-api';

let crossdock: TestPlatform;
let api: SystemClient;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = systemClient(crossdock);
});
afterAll(() => crossdock.close());

interface Movement {
  id: string;
  sku: string;
  warehouseId: string;
  kind: string;
  quantity: number;
  reason: string;
  actor: string;
  correlationId: string;
  onHandAfter: number;
  allocatedAfter: number;
}

async function movementsOf(sku: string, warehouseId: string, limit = 200): Promise<Movement[]> {
  return (await api.get('/inventory/movements').query({ sku, warehouseId, limit }).expect(200)).body.items;
}

function reserve(sku: string, warehouseId: string, quantity: number, reference = `test-${randomUUID()}`) {
  return api.post('/reservations', { sku, warehouseId, quantity, reference });
}

describe('warehouses and positions', () => {
  it('lists the three distribution centres with their time zones', async () => {
    const answer = await api.get('/warehouses').expect(200);

    expect(
      answer.body.map((warehouse: { id: string; timeZone: string }) => [warehouse.id, warehouse.timeZone]),
    ).toEqual([
      ['WH-ATL', 'America/New_York'],
      ['WH-DAL', 'America/Chicago'],
      ['WH-PHX', 'America/Phoenix'],
    ]);
  });

  it('shows an item’s stock in every warehouse that holds it, available being on hand less allocated', async () => {
    await reserve('HXB-004', 'WH-DAL', 50).expect(201);

    const answer = await api.get('/inventory').query({ sku: 'HXB-004' }).expect(200);

    const positions: Position[] = answer.body.items;
    expect(positions.map((position) => position.warehouseId)).toEqual(['WH-ATL', 'WH-DAL']);
    expect(positions.find((position) => position.warehouseId === 'WH-DAL')).toMatchObject({
      uom: 'EA',
      onHand: 650,
      allocated: 50,
      available: 600,
    });
    expect(positions.find((position) => position.warehouseId === 'WH-ATL')).toMatchObject({
      uom: 'EA',
      onHand: 360,
      allocated: 0,
      available: 360,
    });
    for (const position of positions) expect(position.available).toBe(position.onHand - position.allocated);
  });
});

describe('stock movements', () => {
  it('raises on hand with a receipt, recorded with its reason, the actor and the caller’s correlation id', async () => {
    const correlationId = `po-4471-receipt-${randomUUID()}`;
    const before = await positionOf(api, 'HXB-006', 'WH-ATL');

    const receipt = await api
      .post('/inventory/movements', {
        sku: 'HXB-006',
        warehouseId: 'WH-ATL',
        kind: 'receipt',
        quantity: 40,
        reason: 'PO-4471 received at dock 3',
        reference: 'PO-4471',
      })
      .set('X-Correlation-Id', correlationId)
      .expect(201);

    const expected = {
      sku: 'HXB-006',
      warehouseId: 'WH-ATL',
      kind: 'receipt',
      quantity: 40,
      reason: 'PO-4471 received at dock 3',
      reference: 'PO-4471',
      actor: INTEGRATION_TEAM,
      correlationId,
      onHandAfter: before.onHand + 40,
    };
    expect(receipt.headers['x-correlation-id']).toBe(correlationId);
    expect(receipt.body).toMatchObject(expected);
    expect((await positionOf(api, 'HXB-006', 'WH-ATL')).onHand).toBe(before.onHand + 40);
    const [newest] = await movementsOf('HXB-006', 'WH-ATL');
    expect(newest).toEqual(receipt.body);
  });

  it('refuses an adjustment that would leave less on hand than is allocated with 422 INSUFFICIENT_STOCK, changing nothing', async () => {
    await reserve('HXB-007', 'WH-DAL', 1000).expect(201);
    const before = await positionOf(api, 'HXB-007', 'WH-DAL');
    const movementsBefore = await movementsOf('HXB-007', 'WH-DAL');
    expect(before).toMatchObject({ onHand: 1100, allocated: 1000, available: 100 });

    const shrinkage = await api.post('/inventory/movements', {
      sku: 'HXB-007',
      warehouseId: 'WH-DAL',
      kind: 'adjustment',
      quantity: -101,
      reason: 'cycle count 2026-11, aisle 14',
    });

    expectProblem(shrinkage, 422, 'INSUFFICIENT_STOCK');
    expect(await positionOf(api, 'HXB-007', 'WH-DAL')).toEqual(before);
    expect(await movementsOf('HXB-007', 'WH-DAL')).toEqual(movementsBefore);
    // Down to exactly what is allocated is allowed.
    await api
      .post('/inventory/movements', {
        sku: 'HXB-007',
        warehouseId: 'WH-DAL',
        kind: 'adjustment',
        quantity: -100,
        reason: 'cycle count 2026-11, aisle 14',
      })
      .expect(201);
    expect(await positionOf(api, 'HXB-007', 'WH-DAL')).toMatchObject({ onHand: 1000, allocated: 1000, available: 0 });
  });

  it('refuses movements of an unknown item (422 UNKNOWN_ITEM) or into an unknown warehouse (404)', async () => {
    expectProblem(
      await api.post('/inventory/movements', {
        sku: 'NO-SUCH-SKU',
        warehouseId: 'WH-DAL',
        kind: 'receipt',
        quantity: 1,
        reason: 'misdelivered',
      }),
      422,
      'UNKNOWN_ITEM',
    );
    expectProblem(
      await api.post('/inventory/movements', {
        sku: 'HXB-001',
        warehouseId: 'WH-NOWHERE',
        kind: 'receipt',
        quantity: 1,
        reason: 'misdelivered',
      }),
      404,
    );
    expectProblem(
      await api.post('/inventory/movements', {
        sku: 'HXB-001',
        warehouseId: 'WH-DAL',
        kind: 'receipt',
        quantity: 0,
        reason: 'nothing came',
      }),
      400,
    );
  });
});

describe('reservations', () => {
  it('holds exactly the 20 in stock when 50 ask for one each at the same moment, and never goes below zero', async () => {
    const sku = `RACE-${randomUUID().slice(0, 8)}`;
    await api.post('/items', newItem(sku)).expect(201);
    await api
      .post('/inventory/movements', {
        sku,
        warehouseId: 'WH-DAL',
        kind: 'receipt',
        quantity: 20,
        reason: 'first delivery',
      })
      .expect(201);
    expect(await positionOf(api, sku, 'WH-DAL')).toMatchObject({ onHand: 20, allocated: 0, available: 20 });

    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) => reserve(sku, 'WH-DAL', 1, `web-order-${index}`)),
    );

    const held = answers.filter((answer) => answer.status === 201);
    const refused = answers.filter((answer) => answer.status === 422);
    expect({ held: held.length, refused: refused.length }).toEqual({ held: 20, refused: 30 });
    for (const answer of refused) expectProblem(answer, 422, 'INSUFFICIENT_STOCK');
    expect(new Set(held.map((answer) => answer.body.id)).size).toBe(20);
    expect(await positionOf(api, sku, 'WH-DAL')).toMatchObject({ onHand: 20, allocated: 20, available: 0 });
    // Each hold was taken in turn: the allocations recorded run 1..20, none beyond what was on hand.
    const holds = (await movementsOf(sku, 'WH-DAL')).filter((movement) => movement.kind === 'reservation');
    expect(holds.map((movement) => movement.allocatedAfter).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, index) => index + 1),
    );
    expect(holds.every((movement) => movement.onHandAfter - movement.allocatedAfter >= 0)).toBe(true);
  });

  it('gives a reservation’s stock back once, however often it is released', async () => {
    const before = await positionOf(api, 'HXB-008', 'WH-DAL');
    const reservation = (await reserve('HXB-008', 'WH-DAL', 30).expect(201)).body;
    expect(reservation).toMatchObject({ sku: 'HXB-008', warehouseId: 'WH-DAL', quantity: 30, status: 'active' });
    expect((await positionOf(api, 'HXB-008', 'WH-DAL')).allocated).toBe(before.allocated + 30);

    const first = await api.post(`/reservations/${reservation.id}/release`).expect(200);
    const second = await api.post(`/reservations/${reservation.id}/release`).expect(200);

    expect(first.body.status).toBe('released');
    expect(second.body.status).toBe('released');
    expect(await positionOf(api, 'HXB-008', 'WH-DAL')).toMatchObject({
      onHand: before.onHand,
      allocated: before.allocated,
      available: before.available,
    });
    expect((await api.get(`/reservations/${reservation.id}`).expect(200)).body.status).toBe('released');
    const releases = (await movementsOf('HXB-008', 'WH-DAL')).filter((movement) => movement.kind === 'release');
    expect(releases).toHaveLength(1);
  });

  it('refuses to hold more than is available with 422 INSUFFICIENT_STOCK, and answers 404 for an unknown reservation', async () => {
    const position = await positionOf(api, 'HXB-002', 'WH-DAL');

    expectProblem(await reserve('HXB-002', 'WH-DAL', position.available + 1), 422, 'INSUFFICIENT_STOCK');
    expect(await positionOf(api, 'HXB-002', 'WH-DAL')).toEqual(position);
    expectProblem(await api.get(`/reservations/${randomUUID()}`), 404);
    expectProblem(await api.post(`/reservations/${randomUUID()}/release`), 404);
  });
});
