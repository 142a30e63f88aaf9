import { describe, expect, it } from 'vitest';
import { interchangeOf, messageOf, ordersBody } from './edifact-test-documents';
import { readEdifactInterchange } from './read-inbound-interchange';
import { writeContrl } from './write-contrl';

/**
 * CONTRLs as a partner's translator writes them, from the syntax (ISO 9735-1 and the CONTRL message of
 * directory D.3): UCI 0020 (our UNB 0020), S002 (us, the sender of what it reports on), S003 (them),
 * 0083 (4 rejected, 7 acknowledged, 8 received), then 0085, 0135 and S011 when an error is reported;
 * per message a UCM (0062, S009, 0083, 0085, 0135, S011), its UCS (0096 segment position, 0085) and UCD
 * (0085, S011 element:component); a group's UCF (0048, S006, S007, 0083, 0085...).
 */
const PARTIES = 'CROSSDOCK:ZZZ+BUYERCO:ZZZ';
const contrl = (identifier: string, body: string[], reference = '1') =>
  readEdifactInterchange(interchangeOf([messageOf(reference, identifier, body)]));

describe('readContrlMessage', () => {
  it('reads a UCI 7 acceptance of a whole interchange (D.3), and answers no CONTRL finding about it', () => {
    const inbound = contrl('CONTRL:D:3:UN', [`UCI+17+${PARTIES}+7`]);
    expect(inbound.reports[0]!.findings).toEqual([]);
    expect(inbound.orders).toEqual([]);
    expect(inbound.contrls).toEqual([
      { messageReference: '1', interchangeReference: '17', action: '7', errors: [], messages: [] },
    ]);
  });

  it('reads a UCI 4 rejection with its syntax error, the service segment and the data element it names', () => {
    const [read] = contrl('CONTRL:D:3:UN', [`UCI+18+${PARTIES}+4+29+UNZ+1`]).contrls;
    expect(read).toMatchObject({
      interchangeReference: '18',
      action: '4',
      errors: [{ where: 'UCI', code: '29', at: 'UNZ 1' }],
    });
  });

  it('reads a UCM 4 per message with its UCS and UCD errors, the acknowledged messages beside it', () => {
    const [read] = contrl('CONTRL:D:3:UN', [
      `UCI+19+${PARTIES}+7`,
      'UCM+1+ORDRSP:D:96A:UN+4',
      'UCS+5+13',
      'UCS+7',
      'UCD+12+2:1',
      'UCM+2+ORDRSP:D:96A:UN+7',
    ]).contrls;
    expect(read!.messages).toEqual([
      {
        reference: '1',
        type: 'ORDRSP',
        action: '4',
        errors: [
          { where: 'UCS 5', code: '13' },
          { where: 'UCS 7 UCD 2.1', code: '12' },
        ],
      },
      { reference: '2', type: 'ORDRSP', action: '7', errors: [] },
    ]);
  });

  it('reads a UCM that reports its own error (an UNT count) and a group level UCF before its messages', () => {
    const [read] = contrl('CONTRL:D:3:UN', [
      `UCI+20+${PARTIES}+7`,
      'UCF+G1+CROSSDOCK+BUYERCO+4+28+UNE+2',
      'UCM+1+INVOIC:D:96A:UN+4+29+UNT+1',
    ]).contrls;
    expect(read!.errors).toEqual([{ where: 'UCF G1', code: '28', at: 'UNE 2' }]);
    expect(read!.messages).toEqual([
      { reference: '1', type: 'INVOIC', action: '4', errors: [{ where: 'UCM 1', code: '29', at: 'UNT 1' }] },
    ]);
  });

  it('reads a syntax version 4 CONTRL (CONTRL:4:1:UN) saying the interchange was received (UCI 8)', () => {
    const inbound = readEdifactInterchange(
      interchangeOf([messageOf('C1', 'CONTRL:4:1:UN', [`UCI+21+${PARTIES}+8`])], { syntax: 'UNOC:4' }),
    );
    expect(inbound.interchange.findings).toEqual([]);
    expect(inbound.contrls).toMatchObject([{ messageReference: 'C1', interchangeReference: '21', action: '8' }]);
  });

  it('reads back what the CONTRL writer of Crossdock says of a message rejected for a bad quantity (UCM 4, UCS, UCD)', () => {
    const badQuantity = messageOf('7', 'ORDERS:D:96A:UN', ordersBody('PO-Q', [], ['LIN+1++Y:SA', 'QTY+21:x']));
    const { interchange, reports } = readEdifactInterchange(interchangeOf([badQuantity], { reference: 'R-77' }));
    const written = writeContrl(interchange, reports, {
      controlReference: '5',
      at: new Date('2026-12-07T18:05:00Z'),
      from: { id: 'CROSSDOCK', qualifier: 'ZZZ' },
    });
    const [read] = readEdifactInterchange(written.text).contrls;
    expect(read).toMatchObject({ interchangeReference: 'R-77', action: '7' });
    expect(read!.messages).toEqual([
      {
        reference: '7',
        type: 'ORDERS',
        action: '4',
        errors: [
          { where: expect.stringMatching(/^UCS \d+ UCD 1\.2$/), code: '12' },
          { where: expect.stringMatching(/^UCS \d+$/), code: '13' },
        ],
      },
    ]);
  });

  it('keeps a CONTRL without a UCI readable, naming no interchange, and refuses one of another agency', () => {
    expect(contrl('CONTRL:D:3:UN', ['UCM+1+ORDRSP:D:96A:UN+7']).contrls[0]).toMatchObject({
      interchangeReference: '',
      action: '',
    });
    const foreign = contrl('CONTRL:D:3:EX', [`UCI+22+${PARTIES}+7`]);
    expect(foreign.contrls).toEqual([]);
    expect(foreign.reports[0]!.findings).toEqual([expect.objectContaining({ code: '14', segmentTag: 'UNH' })]);
  });
});
