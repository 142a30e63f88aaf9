import { capturingLogger } from '@crossdock/shared-contracts/testing/test-upstream';
import { describeErpContract } from '../contract/erp-contract';
import { createOdooErp } from './odoo-erp';
import { startOdooTestServer } from './odoo-test-server';
import { ODOO_SEED } from './odoo-test-seed';

describeErpContract('odoo (JSON-2 test server)', async () => {
  const server = await startOdooTestServer();
  const erp = createOdooErp({
    baseUrl: server.baseUrl,
    database: server.database,
    apiKey: server.apiKey,
    logger: capturingLogger().logger,
    sleep: async () => {},
  });
  return {
    erp,
    fixtures: {
      customerId: `ODOO-PARTNER-${ODOO_SEED.acme}`,
      unknownCustomerId: 'ODOO-PARTNER-999999',
      stockedSku: ODOO_SEED.stockedSku,
      unknownSku: 'NO-SUCH-SKU',
      warehouseId: ODOO_SEED.dallas,
      unknownSalesOrderId: 'S99999',
      shipTo: {
        name: 'Acme Hardware — Store 112',
        line1: '4100 Main St',
        line2: 'Dock 4',
        city: 'Garland',
        region: 'TX',
        postalCode: '75040',
        country: 'US',
        contactPhone: '+1 214 555 0100',
      },
    },
    close: async () => {
      await erp.close();
      await server.close();
    },
  };
});
