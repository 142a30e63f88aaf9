import type { Invoice } from '@crossdock/shared-contracts/contracts/model/invoice';
import { describe, expect, it } from 'vitest';
import { parseInterchange } from './parse-interchange';
import { write810, type InvoiceDocumentInput } from './write-810';
import { testEnvelope } from './x12-test-documents';
import type { Segment } from './x12-segments';

const envelope = testEnvelope({
  usage: 'T',
  controlNumbers: { interchange: 999_999_999, groups: [1] },
  at: new Date('2026-12-02T08:00:00Z'),
});

/** INV-000017 for the Dallas shipment: amounts as the reference ERP writes them (4-decimal prices, 2-decimal amounts). */
const invoice: Invoice = {
  id: 'INV-000017',
  orderId: 'SO-000042',
  customerId: 'C-1001',
  currency: 'USD',
  invoiceDate: '2026-12-02',
  dueDate: '2027-01-01',
  lines: [
    {
      lineNumber: 1,
      orderLineNumber: 1,
      sku: 'GLV-002',
      description: 'Nitrile gloves, case of 12',
      quantity: 2,
      uom: 'CS',
      unitPrice: '33.0000',
      amount: '66.00',
    },
    {
      lineNumber: 2,
      orderLineNumber: 2,
      sku: 'HXB-004',
      quantity: 450,
      uom: 'EA',
      unitPrice: '0.1900',
      amount: '85.50',
    },
    {
      lineNumber: 3,
      orderLineNumber: 4,
      sku: 'CBL-010',
      quantity: 12.5,
      uom: 'FT',
      unitPrice: '0.8100',
      amount: '10.13',
    },
  ],
  subtotal: '161.63',
  tax: '13.33',
  freight: '12.00',
  total: '186.96',
  balanceDue: '186.96',
};

const input: InvoiceDocumentInput = {
  invoice,
  purchaseOrderNumber: 'PO-7781',
  purchaseOrderDate: '2026-11-27',
  billTo: {
    ids: [{ qualifier: '91', id: 'C-1001' }],
    address: {
      name: 'Acme Hardware Inc.',
      line1: '1 Main St',
      city: 'Dallas',
      region: 'TX',
      postalCode: '75201',
      country: 'US',
    },
  },
  remitTo: {
    ids: [],
    address: {
      name: 'Crossdock Distribution',
      line1: 'PO Box 100',
      city: 'Dallas',
      region: 'TX',
      postalCode: '75202',
      country: 'US',
    },
  },
  lineReferences: [
    { orderLineNumber: 1, sourceLineId: '1', customerPartNumber: '88-GLOVE' },
    { orderLineNumber: 2, sourceLineId: '2', gtin: '0012345678905' },
  ],
};

const asText = (segment: Segment) => `${segment.id}*${segment.elements.join('*')}`;

describe('an 810 written by Crossdock', () => {
  const written = write810(input, envelope);
  const interchange = parseInterchange(written.text);
  const set = interchange.groups[0]!.transactionSets[0]!;
  const text = set.segments.map(asText);

  it('parses back with the same reader, its envelope whole, at the highest interchange control number', () => {
    expect(interchange.notes).toEqual([]);
    expect(interchange.header).toMatchObject({ controlNumber: '999999999', usage: 'T' });
    expect(interchange.groups[0]).toMatchObject({
      functionalId: 'IN',
      controlNumber: '1',
      errors: [],
      trailer: { setCount: '1', controlNumber: '1' },
    });
    expect(set).toMatchObject({
      code: '810',
      errors: [],
      trailer: { segmentCount: String(set.segments.length), controlNumber: '0001' },
    });
  });

  it('writes BIG, the order reference, the parties and the terms (net due date and days)', () => {
    expect(text.slice(1, 4)).toEqual(['BIG*20261202*INV-000017*20261127*PO-7781', 'CUR*SE*USD', 'REF*VN*SO-000042']);
    expect(text).toContain('N1*RE*Crossdock Distribution');
    expect(text).toContain('N1*BT*Acme Hardware Inc.*91*C-1001');
    expect(text).toContain('ITD*05*3****20270101*30');
  });

  it('bills each line with the buyer’s line id and part numbers where the order had them', () => {
    expect(text.filter((segment) => segment.startsWith('IT1') || segment.startsWith('PID'))).toEqual([
      'IT1*1*2*CS*33**VP*GLV-002*BP*88-GLOVE',
      'PID*F****Nitrile gloves, case of 12',
      'IT1*2*450*EA*0.19**VP*HXB-004*EN*0012345678905',
      'IT1*3*12.5*FT*0.81**VP*CBL-010',
    ]);
  });

  it('gives the total in implied-decimal cents in TDS, tax in TXI, freight in cents in SAC, and the line count in CTT', () => {
    expect(text.slice(-5, -1)).toEqual(['TDS*18696', 'TXI*ST*13.33', 'SAC*C*D240***1200', 'CTT*3']);
  });

  it('adds amounts as decimals: ten lines of 0.10 make exactly 1.00, not 0.9999999999999999', () => {
    const dimes = Array.from({ length: 10 }, (_, index) => ({
      lineNumber: index + 1,
      sku: 'WSH-001',
      quantity: 1,
      uom: 'EA',
      unitPrice: '0.1000',
      amount: '0.10',
    }));
    const cheap = write810(
      {
        ...input,
        invoice: { ...invoice, lines: dimes, subtotal: '1.00', tax: '0.00', freight: '0.00', total: '1.00' },
      },
      envelope,
    );
    const segments = parseInterchange(cheap.text).groups[0]!.transactionSets[0]!.segments.map(asText);

    expect(segments).toContain('TDS*100');
    expect(segments.some((segment) => segment.startsWith('TXI') || segment.startsWith('SAC'))).toBe(false);
    expect(segments).toContain('CTT*10');
  });

  it('refuses an invoice whose total is not its lines plus tax plus freight', () => {
    expect(() => write810({ ...input, invoice: { ...invoice, total: '186.95' } }, envelope)).toThrow(
      /says its total is 186.95, but its lines, tax and freight add up to 186.9600/,
    );
  });
});
