import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { openErpDatabase } from '../../database';
import { describeErpContract } from '../contract/erp-contract';
import { createReferenceErp } from './reference-erp';

// The same contract the Odoo adapter passes (odoo-erp.contract.test.ts), on the built-in ERP.
describeErpContract('the reference ERP', async () => {
  const db = await openErpDatabase(await createTestDatabase('reference_contract', 'demoErp'));
  const erp = createReferenceErp(db);
  return {
    erp,
    fixtures: {
      customerId: 'C-1001',
      unknownCustomerId: 'C-9999',
      stockedSku: 'HXB-004',
      unknownSku: 'NO-SUCH-SKU',
      warehouseId: 'WH-DAL',
      unknownSalesOrderId: 'SO-999999',
      shipTo: {
        name: 'Acme Hardware — Store 112',
        line1: '2400 Elm St',
        city: 'Dallas',
        region: 'TX',
        postalCode: '75226',
        country: 'US',
      },
    },
    close: () => erp.close(),
  };
});
