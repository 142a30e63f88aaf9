/**
 * A shipment or return whose ERP document was made but whose record here failed afterwards (the
 * transaction rolled back, the RMA's authorisation failed): the same report again gets the ERP's
 * first document back, so the ERP holds one document, Crossdock records it, and the retry is not
 * refused for good as shipping or returning the goods twice.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder, pipelineApi, type PipelineApi } from '../../support/order-pipeline';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';

let crossdock: TestPlatform;
let api: PipelineApi;
let processDb: pg.Client;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = pipelineApi(crossdock);
  processDb = new pg.Client({ connectionString: crossdock.databases.process });
  await processDb.connect();
});
afterAll(async () => {
  await processDb?.end();
  await crossdock?.close();
});

/** Every shipment record written here fails until the returned function is called: the ERP has answered by then. */
async function failShipmentRecords(): Promise<() => Promise<void>> {
  await processDb.query(
    `create function fail_shipment_record() returns trigger language plpgsql as $$ begin raise exception 'the record failed after the ERP answered'; end $$`,
  );
  await processDb.query(
    'create trigger fail_shipment_record before insert on "OrderShipment" for each row execute function fail_shipment_record()',
  );
  return async () => {
    await processDb.query('drop trigger fail_shipment_record on "OrderShipment"');
    await processDb.query('drop function fail_shipment_record()');
  };
}

const erpShipmentsOf = async (salesOrderId: string) =>
  (await api.get(`/system/v1/shipments?salesOrderId=${salesOrderId}`).expect(200)).body.items as { id: string }[];

describe('retrying after the ERP answered', () => {
  it('a shipment whose record failed after the ERP made it is recorded on the retry, with the ERP’s one shipment', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 4 }, { price: '3.00' });
    const order = await api.placeAndSettle(anOrder(await api.openCustomer(), [{ sku, quantity: 4 }]));
    const report = {
      orderId: order.id,
      warehouseId: 'WH-DAL',
      carrier: 'UPSN',
      lines: [{ lineNumber: 1, quantity: 4 }],
    };

    const recordWorksAgain = await failShipmentRecords();
    await api.post('/process/v1/shipments', report).expect(500);
    await recordWorksAgain();
    expect(await erpShipmentsOf(order.erpOrderId!)).toHaveLength(1);

    const retried = await api.post('/process/v1/shipments', report);
    expect(retried.status, retried.text).toBe(201);
    const inErp = await erpShipmentsOf(order.erpOrderId!);
    expect(inErp.map((shipment) => shipment.id)).toEqual([retried.body.id]);
    await api.post(`/process/v1/shipments/${retried.body.id}/milestones`, { milestone: 'picked' }).expect(200);

    // A second shipment of the same goods is a new one: refused, the first claims them all.
    const again = await api.post('/process/v1/shipments', report).expect(422);
    expect(again.body).toMatchObject({ reasonCode: 'OVER_SHIPMENT' });
    expect(await erpShipmentsOf(order.erpOrderId!)).toHaveLength(1);
  });

  it('a return whose RMA was opened but not authorised is authorised on the retry, with the ERP’s one RMA', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 3 }, { price: '3.00' });
    const customerId = await api.openCustomer();
    const order = await api.placeAndSettle(anOrder(customerId, [{ sku, quantity: 3 }]));
    const shipment = await api
      .post('/process/v1/shipments', {
        orderId: order.id,
        warehouseId: 'WH-DAL',
        carrier: 'UPSN',
        lines: [{ lineNumber: 1, quantity: 3 }],
      })
      .expect(201);
    for (const milestone of ['picked', 'packed', 'shipped'])
      await api.post(`/process/v1/shipments/${shipment.body.id}/milestones`, { milestone }).expect(200);
    const request = { orderId: order.id, reason: 'DAMAGED', lines: [{ lineNumber: 1, quantity: 3 }] };

    crossdock.faults.failing = ['returns.authorise'];
    try {
      await api.post('/process/v1/returns', request).expect(503);
    } finally {
      crossdock.faults.failing = [];
    }
    const rmas = async () =>
      (await api.get(`/system/v1/returns?customerId=${customerId}`).expect(200)).body.items as {
        id: string;
        status: string;
      }[];
    expect(await rmas()).toEqual([expect.objectContaining({ status: 'requested' })]);

    const retried = await api.post('/process/v1/returns', request);
    expect(retried.status, retried.text).toBe(201);
    expect(retried.body).toMatchObject({ status: 'authorised', erpReturnId: (await rmas())[0]!.id });
    expect(await rmas()).toEqual([expect.objectContaining({ id: retried.body.erpReturnId, status: 'authorised' })]);
  });
});
