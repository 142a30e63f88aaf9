import { describe, expect, it } from 'vitest';
import { parseInterchange } from './parse-interchange';
import { write856, type ShipNoticeInput } from './write-856';
import { segmentsWithId, testEnvelope } from './x12-test-documents';
import type { Segment } from './x12-segments';

const envelope = testEnvelope({
  version: '005010',
  receiver: { qualifier: '01', id: '123456789' },
  applicationReceiver: 'ACMEAP',
  controlNumbers: { interchange: 4711, groups: [4711] },
  at: new Date('2026-12-01T16:30:00Z'),
});

/** Shipment SH-000042 of Acme's PO-7781 from Dallas: two cartons, the bolts split across them, 12.5 feet of cable. */
const notice: ShipNoticeInput = {
  shipmentId: 'SH-000042',
  shippedAt: '2026-12-01T15:45:00Z',
  carrier: 'UPSN',
  trackingNumber: '1Z999AA10123456784',
  billOfLading: 'BOL-88121',
  grossWeightKg: '18.250',
  purchaseOrderNumber: 'PO-7781',
  purchaseOrderDate: '2026-11-27',
  erpOrderId: 'SO-000042',
  shipFrom: {
    ids: [],
    address: {
      name: 'Crossdock Dallas DC',
      line1: '100 Logistics Way',
      city: 'Dallas',
      region: 'TX',
      postalCode: '75201',
      country: 'US',
    },
  },
  shipTo: {
    ids: [{ qualifier: '92', id: '0112' }],
    address: {
      name: 'Acme Hardware Store 112',
      line1: '2400 Elm St',
      city: 'Dallas',
      region: 'TX',
      postalCode: '75226',
      country: 'US',
    },
  },
  packages: [
    {
      marking: '00012345600000000017',
      lines: [
        {
          orderLineNumber: 1,
          sourceLineId: '1',
          sku: 'GLV-002',
          customerPartNumber: '88-GLOVE',
          quantity: 2,
          uom: 'CS',
          orderedQuantity: 2,
        },
        { orderLineNumber: 2, sourceLineId: '2', sku: 'HXB-004', gtin: '012345678905', quantity: 300, uom: 'EA' },
      ],
    },
    {
      marking: '00012345600000000024',
      lines: [
        { orderLineNumber: 2, sourceLineId: '2', sku: 'HXB-004', gtin: '012345678905', quantity: 150, uom: 'EA' },
        { orderLineNumber: 4, sku: 'CBL-010', quantity: 12.5, uom: 'FT', lotNumber: 'LOT-7' },
      ],
    },
  ],
};

const asText = (segment: Segment) => `${segment.id}*${segment.elements.join('*')}`;

describe('an 856 written by Crossdock', () => {
  const written = write856(notice, envelope);
  const interchange = parseInterchange(written.text);
  const set = interchange.groups[0]!.transactionSets[0]!;

  it('parses back with the same reader, its envelope whole and every count right', () => {
    expect(interchange.notes).toEqual([]);
    expect(interchange.header).toMatchObject({
      controlNumber: '000004711',
      receiverQualifier: '01',
      receiverId: '123456789',
      version: '00501',
    });
    expect(interchange.trailer).toEqual({ groupCount: '1', controlNumber: '000004711' });
    expect(interchange.groups[0]).toMatchObject({
      functionalId: 'SH',
      applicationReceiver: 'ACMEAP',
      controlNumber: '4711',
      version: '005010',
      errors: [],
    });
    expect(set).toMatchObject({
      code: '856',
      controlNumber: '0001',
      errors: [],
      trailer: { segmentCount: String(set.segments.length) },
    });
  });

  it('numbers the HL hierarchy shipment, order, pack, item, each level naming its parent', () => {
    expect(segmentsWithId(set.segments, 'HL').map(asText)).toEqual([
      'HL*1**S',
      'HL*2*1*O',
      'HL*3*2*P',
      'HL*4*3*I',
      'HL*5*3*I',
      'HL*6*2*P',
      'HL*7*6*I',
      'HL*8*6*I',
    ]);
  });

  it('counts the HL segments in CTT01 and sums the quantities shipped in CTT02, decimals included', () => {
    expect(segmentsWithId(set.segments, 'CTT').map(asText)).toEqual(['CTT*8*464.5']);
  });

  it('says how, when and with whom it left at shipment level, and which PO it fills at order level', () => {
    const text = set.segments.map(asText);
    expect(text[1]).toBe('BSN*00*SH-000042*20261201*1545*0001');
    expect(text.slice(3, 8)).toEqual([
      'TD1*CTN25*2****G*18.25*KG',
      'TD5**2*UPSN',
      'REF*BM*BOL-88121',
      'REF*CN*1Z999AA10123456784',
      'DTM*011*20261201',
    ]);
    expect(text).toContain('N1*ST*Acme Hardware Store 112*92*0112');
    expect(text).toContain('N1*SF*Crossdock Dallas DC');
    expect(text).toContain('PRF*PO-7781***20261127');
    expect(text).toContain('REF*VN*SO-000042');
  });

  it('labels each pack and echoes each line with the buyer’s line id and part numbers', () => {
    const items = set.segments.filter((segment) => ['MAN', 'LIN', 'SN1'].includes(segment.id)).map(asText);
    expect(items).toEqual([
      'MAN*GM*00012345600000000017',
      'LIN*1*VP*GLV-002*BP*88-GLOVE',
      'SN1*1*2*CS**2*CS',
      'LIN*2*VP*HXB-004*UP*012345678905',
      'SN1*2*300*EA',
      'MAN*GM*00012345600000000024',
      'LIN*2*VP*HXB-004*UP*012345678905',
      'SN1*2*150*EA',
      'LIN*4*VP*CBL-010*LT*LOT-7',
      'SN1*4*12.5*FT',
    ]);
  });

  it('refuses a notice without packages, a package without lines, and a shipping time that is not one', () => {
    expect(() => write856({ ...notice, packages: [] }, envelope)).toThrow(/at least one line/);
    expect(() => write856({ ...notice, packages: [{ lines: [] }] }, envelope)).toThrow(
      /Package 1 needs at least one line/,
    );
    expect(() => write856({ ...notice, shippedAt: 'yesterday' }, envelope)).toThrow(/shippedAt "yesterday"/);
  });
});
