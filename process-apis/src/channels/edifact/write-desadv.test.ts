import { describe, expect, it } from 'vitest';
import { OUTBOUND_ENVELOPE as ENVELOPE, segmentsReadBack } from './edifact-test-documents';
import { writeDesadv, type DespatchAdviceInput } from './write-desadv';

const despatch: DespatchAdviceInput = {
  despatchNumber: 'SHP-000042',
  despatchedAt: '2026-12-08T07:15:00Z',
  orderNumber: "PO+7781'A",
  orderedOn: '2026-12-07',
  buyer: { id: { id: '5412345000013', agency: '9' } },
  supplier: { id: { id: 'CROSSDOCK' } },
  deliveryParty: {
    id: { id: '5412345000020', agency: '9' },
    address: {
      name: "Store 112: Dock 4 + O'Hare",
      line1: '1200 Commerce St',
      city: 'Dallas',
      region: 'TX',
      postalCode: '75202',
      country: 'US',
    },
  },
  carrier: 'UPSN',
  trackingNumber: '1Z999AA10123456784',
  lines: [
    { orderLineNumber: 1, gtin: '4000862141404', sku: 'HX-2201', quantity: 12, uom: 'PCE' },
    { orderLineNumber: 2, customerPartNumber: 'BRK-77', sku: 'BRK-0077', quantity: 3 },
  ],
  release: '96A',
};

describe('writeDesadv', () => {
  it('writes a D.96A despatch advice segment by segment, names with service characters released, and it reads back', () => {
    const written = writeDesadv(despatch, ENVELOPE);

    expect(written.text).toContain(
      "NAD+DP+5412345000020::9++Store 112?: Dock 4 ?+ O?'Hare+1200 Commerce St+Dallas+TX+75202+US'",
    );
    expect(written).toMatchObject({ interchangeControlNumber: '42', transactionSetControlNumbers: ['1'] });
    expect(segmentsReadBack(written.text)).toEqual([
      'UNH+1+DESADV:D:96A:UN',
      'BGM+351+SHP-000042+9',
      'DTM+137:202612080930:203',
      'DTM+11:202612080715:203',
      "RFF+ON:PO+7781'A",
      'DTM+171:20261207:102',
      'RFF+CN:1Z999AA10123456784',
      'NAD+BY+5412345000013::9',
      'NAD+SU+CROSSDOCK::',
      "NAD+DP+5412345000020::9++Store 112: Dock 4 + O'Hare+1200 Commerce St+Dallas+TX+75202+US",
      'TDT+20++++UPSN',
      'CPS+1',
      'PAC+1',
      'LIN+1++4000862141404:EN',
      'PIA+1+HX-2201:SA',
      'QTY+12:12:PCE',
      'LIN+2++BRK-77:BP',
      'PIA+1+BRK-0077:SA',
      'QTY+12:3',
      'CNT+2:2',
      'UNT+21+1',
    ]);
  });

  it('is written in D.01B when the buyer ordered in D.01B', () => {
    const written = writeDesadv({ ...despatch, release: '01B' }, ENVELOPE);
    expect(segmentsReadBack(written.text)[0]).toBe('UNH+1+DESADV:D:01B:UN');
  });
});
