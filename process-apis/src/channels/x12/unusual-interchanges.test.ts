/**
 * Interchanges as real partners send them when something is off: the ISA one character short or
 * long, ISA16 left empty, an unusual terminator, control bytes and bytes that are no UTF-8, the same
 * order twice. Each gets a precise answer (TA1 note, AK4 code, or a refusal naming the field).
 */
import { describe, expect, it } from 'vitest';
import { write997 } from './acknowledge-997';
import { parseInterchange } from './parse-interchange';
import { readInboundInterchange } from './read-inbound-interchange';
import { UnreadableEnvelopeError } from './split-segments';
import { interchangeOf, purchaseOrderBody, segmentLines } from './x12-test-documents';

const valid = interchangeOf([{ controlNumber: '0001', body: purchaseOrderBody() }]);
const isaOf = (text: string) => text.slice(0, text.indexOf('~') + 1);

function answer(raw: string | Buffer) {
  const inbound = readInboundInterchange(raw);
  const written = write997(inbound.interchange, inbound.acknowledgement, {
    controlNumbers: { interchange: 7, groups: [8] },
    at: new Date('2026-11-28T14:05:00Z'),
  });
  return { inbound, written, lines: segmentLines(written.text) };
}

describe('the ISA is 106 characters; one more or one less is read, and said', () => {
  it('has the test document at exactly 106 characters, read without a warning', () => {
    expect(isaOf(valid)).toHaveLength(106);
    expect(parseInterchange(valid).warnings).toEqual([]);
  });

  it.each([
    [
      '105 (ISA06 one short)',
      valid.replace('*BUYERCO        *', '*BUYERCO       *'),
      105,
      /ISA06 is 14 characters wide, not 15/,
    ],
    [
      '107 (ISA13 one long)',
      valid.replace('*000000101*0*P', '*0000000101*0*P').replace('IEA*1*000000101', 'IEA*1*0000000101'),
      107,
      /ISA13 is 10 characters wide, not 9/,
    ],
  ])('reads an ISA of %s and warns which field is off', (_what, text, length, field) => {
    expect(isaOf(text)).toHaveLength(length);
    const interchange = (() => {
      try {
        return parseInterchange(text);
      } catch (error) {
        return error as Error;
      }
    })();
    if (length === 107) {
      // A ten-digit ISA13 is no control number: the width warning is moot, the interchange cannot be read.
      expect(interchange).toBeInstanceOf(Error);
      return;
    }
    expect(interchange).not.toBeInstanceOf(Error);
    const read = interchange as ReturnType<typeof parseInterchange>;
    expect(read.warnings).toEqual([
      expect.stringMatching(new RegExp(`is ${length} characters long, not 106 .*${field.source}`)),
    ]);
    expect(readInboundInterchange(text).purchaseOrders).toHaveLength(1);
  });

  it('reads a 107-character ISA whose sender id is one wide, and warns', () => {
    const text = valid.replace('*BUYERCO        *', '*BUYERCO         *');
    expect(isaOf(text)).toHaveLength(107);
    expect(parseInterchange(text).warnings).toEqual([
      expect.stringMatching(/107 characters long, not 106 \(ISA06 is 16 characters wide, not 15\)/),
    ]);
  });
});

describe('ISA16 left empty is refused naming ISA16 (TA1 note 027), not misread', () => {
  it.each([
    ['terminator straight after', valid.replace('*P*>~\n', '*P*~')],
    ['terminator and a line break after', valid.replace('*P*>~\n', '*P*~\n')],
    ['terminator and CR/LF after', valid.replace('*P*>~\n', '*P*~\r\n')],
  ])('refuses an ISA without ISA16, %s', (_what, text) => {
    const read = () => parseInterchange(text);
    expect(read).toThrow(UnreadableEnvelopeError);
    expect(read).toThrow(/ISA16, the component separator, is empty/);
    try {
      read();
    } catch (error) {
      expect(error).toMatchObject({
        status: 400,
        field: 'ISA16',
        note: '027',
        fieldErrors: [{ field: 'ISA16', message: 'TA1 note 027' }],
      });
    }
  });
});

describe('any legal segment terminator', () => {
  it.each(['$', '!', '\n', '\u001c', "'"])('reads the order with %j as the terminator', (terminator) => {
    const text = valid.replaceAll('~\n', terminator).replace(/~$/, terminator);
    const { inbound, lines } = answer(text);
    expect(inbound.purchaseOrders.map((order) => [order.draft.sourceOrderId, order.draft.lines.length])).toEqual([
      ['PO-7781', 2],
    ]);
    expect(lines.find((line) => line.startsWith('AK9'))).toBe('AK9*A*1*1*1');
  });
});

describe('the same order twice in one interchange', () => {
  it('accepts the repeat with its PO number noted (AK5 E, AK4 3/324/7) and marks it a repeat of the first', () => {
    const body = purchaseOrderBody({ poNumber: 'PO-TWICE' });
    const text = interchangeOf([
      { controlNumber: '0001', body },
      { controlNumber: '0002', body },
    ])
      .replaceAll('~\n', '$')
      .replace(/~$/, '$');
    const { inbound, lines } = answer(text);
    expect(lines.filter((line) => /^AK[2-5]/.test(line))).toEqual([
      'AK2*850*0001',
      'AK5*A',
      'AK2*850*0002',
      'AK3*BEG*2**8',
      'AK4*3*324*7*PO-TWICE',
      'AK5*E*5',
    ]);
    expect(inbound.purchaseOrders.map((order) => order.repeats)).toEqual([undefined, '0001']);
  });
});

describe('bytes no element may hold', () => {
  const withN3 = (bytes: number[]) => {
    const [before, after] = valid.split('2400 ELM ST');
    return Buffer.concat([Buffer.from(`${before}2400 ELM`), Buffer.from(bytes), Buffer.from(` ST${after}`)]);
  };

  it.each([
    ['0xFF 0xFE', [0xff, 0xfe]],
    ['a lone 0xC3', [0xc3]],
    ['a NUL', [0x00]],
    ['a bell', [0x07]],
  ])('rejects an N3 holding %s: AK3 N3, AK4 1 code 6 without the data, AK5 R, no order', (_what, bytes) => {
    const { inbound, lines } = answer(withN3(bytes));
    expect(inbound.purchaseOrders).toEqual([]);
    expect(lines.filter((line) => /^AK[3-5]/.test(line))).toEqual(['AK3*N3*6*N1*8', 'AK4*1**6', 'AK5*R*5']);
    expect(lines.join('')).not.toMatch(/[\u0000-\u001f\u007f-\uffff]/);
  });

  it('notes a sender id holding a NUL (TA1 E 006) and writes no NUL back', () => {
    const text = valid.replace('*BUYERCO        *', '*BUYER\u0000CO       *');
    const { inbound, written } = answer(text);
    expect(inbound.interchange.notes).toEqual(['006']);
    expect(written.text).not.toContain('\u0000');
    expect(segmentLines(written.text)[1]).toBe('TA1*000000101*261128*0930*E*006');
  });

  it('notes an ISA09 that is no date (TA1 E 014), echoing it when it is six digits and writing zeros when not', () => {
    const thirteenthMonth = answer(valid.replace('*261128*0930*', '*261328*0930*'));
    expect(thirteenthMonth.inbound.interchange.notes).toEqual(['014']);
    expect(thirteenthMonth.lines[1]).toBe('TA1*000000101*261328*0930*E*014');
    expect(answer(valid.replace('*261128*', '*2611\u00008*')).lines[1]).toBe('TA1*000000101*000000*0930*E*014');
  });
});
