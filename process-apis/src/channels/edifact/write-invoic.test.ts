import type { Invoice } from '@crossdock/shared-contracts/contracts/model/invoice';
import { describe, expect, it } from 'vitest';
import { OUTBOUND_ENVELOPE as ENVELOPE, segmentsReadBack } from './edifact-test-documents';
import { writeInvoic } from './write-invoic';

const invoice: Invoice = {
  id: 'INV-000007',
  orderId: 'SO-000042',
  customerId: 'C-1001',
  currency: 'EUR',
  invoiceDate: '2026-12-08',
  dueDate: '2027-01-07',
  lines: [
    {
      lineNumber: 1,
      orderLineNumber: 1,
      sku: 'HX-2201',
      quantity: 12,
      uom: 'PCE',
      unitPrice: '5.2500',
      amount: '63.00',
    },
    { lineNumber: 2, orderLineNumber: 2, sku: 'BRK-0077', quantity: 3, uom: 'EA', unitPrice: '0.1000', amount: '0.30' },
  ],
  subtotal: '63.30',
  tax: '12.03',
  freight: '7.10',
  total: '82.43',
  balanceDue: '82.43',
};

describe('writeInvoic', () => {
  it('writes a D.96A invoice with exact decimal amounts, the buyer’s item ids and totals after UNS, and it reads back', () => {
    const written = writeInvoic(
      {
        invoice,
        orderNumber: 'PO-7781',
        buyer: { id: { id: '5412345000013', agency: '9' }, address: { name: 'Acme ?Hardware' } },
        supplier: { id: { id: 'CROSSDOCK' } },
        items: new Map([
          [1, { gtin: '4000862141404', sku: 'HX-2201' }],
          [2, { customerPartNumber: 'BRK-77', sku: 'BRK-0077' }],
        ]),
        release: '96A',
      },
      ENVELOPE,
    );

    expect(written.text).toContain("NAD+BY+5412345000013::9++Acme ??Hardware'");
    expect(segmentsReadBack(written.text)).toEqual([
      'UNH+1+INVOIC:D:96A:UN',
      'BGM+380+INV-000007+9',
      'DTM+137:20261208:102',
      'RFF+ON:PO-7781',
      'NAD+BY+5412345000013::9++Acme ?Hardware',
      'NAD+SU+CROSSDOCK::',
      'CUX+2:EUR:4',
      'PAT+1',
      'DTM+13:20270107:102',
      'LIN+1++4000862141404:EN',
      'PIA+1+HX-2201:SA',
      'QTY+47:12:PCE',
      'MOA+203:63.00',
      'PRI+AAA:5.2500',
      'LIN+2++BRK-77:BP',
      'PIA+1+BRK-0077:SA',
      'QTY+47:3:EA',
      'MOA+203:0.30',
      'PRI+AAA:0.1000',
      'UNS+S',
      'MOA+79:63.30',
      'MOA+176:12.03',
      'MOA+77:82.43',
      'MOA+86:82.43',
      'ALC+C++++FC',
      'MOA+8:7.10',
      'UNT+27+1',
    ]);
  });

  it('leaves out tax and freight that are zero, and writes D.01B when asked', () => {
    const written = writeInvoic(
      {
        invoice: { ...invoice, tax: '0.00', freight: '0', total: '63.30' },
        orderNumber: 'PO-1',
        items: new Map(),
        release: '01B',
      },
      ENVELOPE,
    );
    const segments = segmentsReadBack(written.text);
    expect(segments[0]).toBe('UNH+1+INVOIC:D:01B:UN');
    expect(segments.slice(segments.indexOf('UNS+S'))).toEqual([
      'UNS+S',
      'MOA+79:63.30',
      'MOA+77:63.30',
      'MOA+86:63.30',
      'UNT+20+1',
    ]);
    expect(segments).toContain('LIN+1++HX-2201:SA');
  });
});
