import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';

let crossdock: TestPlatform;
let auth: string;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  auth = `Bearer ${crossdock.token({ subject: 'integration-team', scopes: ['system:read', 'system:write'] })}`;
});
afterAll(() => crossdock.close());

const shipTo = {
  name: 'Acme Hardware — Store 112',
  line1: '2400 Elm St',
  city: 'Dallas',
  region: 'TX',
  postalCode: '75226',
  country: 'US',
};
const post = (path: string, body: object) => crossdock.http.post(path).set('Authorization', auth).send(body);

describe('reservations a sales order has taken over', () => {
  it('move onto the order, are listed no more under their reference, and cannot be released but by cancelling the order', async () => {
    const reference = randomUUID();
    const held = await post('/system/v1/reservations', {
      sku: 'HXB-004',
      warehouseId: 'WH-DAL',
      quantity: 5,
      reference,
      reservationKey: `${reference}/1`,
    }).expect(201);
    const again = await post('/system/v1/reservations', {
      sku: 'HXB-004',
      warehouseId: 'WH-DAL',
      quantity: 5,
      reference,
      reservationKey: `${reference}/1`,
    }).expect(201);
    expect(again.body.id).toBe(held.body.id);
    const listed = await crossdock.http
      .get('/system/v1/reservations')
      .query({ reference, status: 'active' })
      .set('Authorization', auth)
      .expect(200);
    expect(listed.body.map((reservation: { id: string }) => reservation.id)).toEqual([held.body.id]);

    const order = await post('/system/v1/sales-orders', {
      orderKey: reference,
      customerId: 'C-1001',
      shipTo,
      lines: [
        {
          lineNumber: 1,
          sku: 'HXB-004',
          quantity: 5,
          uom: 'EA',
          unitPrice: '0.2200',
          priceRule: 'price-list:PL-ACME-2026',
          reservationIds: [held.body.id],
        },
      ],
    }).expect(201);
    expect(order.body.lines[0].reservations).toEqual([{ warehouseId: 'WH-DAL', quantity: 5 }]);
    const afterAdoption = await crossdock.http
      .get('/system/v1/reservations')
      .query({ reference, status: 'active' })
      .set('Authorization', auth)
      .expect(200);
    expect(afterAdoption.body).toEqual([]);

    const refused = await post(`/system/v1/reservations/${held.body.id}/release`, {}).expect(409);
    expect(refused.body.type).toBe('urn:crossdock:problem:reservation-belongs-to-order');
    await post(`/system/v1/sales-orders/${order.body.id}/cancel`, { reason: 'customer changed their mind' }).expect(
      200,
    );
    const released = await crossdock.http
      .get(`/system/v1/reservations/${held.body.id}`)
      .set('Authorization', auth)
      .expect(200);
    expect(released.body.status).toBe('released');
  });
});
