/**
 * What the X12 end-to-end tests share: the codec's public samples, a trading partner's VAN posting
 * interchanges through the gateway, and the same reader Crossdock uses to read back what it
 * answers. Not a test file.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseInterchange, type Interchange } from '../../process-apis/src/channels/x12/parse-interchange';
import {
  interchangeOf,
  purchaseOrderBody,
  type TestInterchangeOptions,
} from '../../process-apis/src/channels/x12/x12-test-documents';
import type { Segment } from '../../process-apis/src/channels/x12/x12-segments';
import { channelsApi } from './channels';
import { REPO_ROOT, type TestPlatform } from './test-platform';

export const X12_SAMPLES = {
  /** ISA 12/4405197800 → 01/999999999, 004010VICS, PO 08292233294: six lines (CB, PR, VN ids), ship-to Solon OH. */
  nodeX12: 'x12-850_nodex12_850.edi',
  /** ISA ZZ/AMERCHANT → 14/ANOTHERMERCH, 005010, PO 365465413: two lines (VC, SK ids), ship-to Phoenix AZ. */
  stedi: 'x12-850_stedi-bootstrap_input.edi',
} as const;

export function x12Sample(file: string): string {
  return readFileSync(path.join(REPO_ROOT, 'process-apis/src/channels/x12/fixtures', file), 'latin1');
}

/** The segments of an interchange's first group's sets with this id, in order. */
export function segments(interchange: Interchange, id: string): Segment[] {
  return interchange.groups
    .flatMap((group) => group.transactionSets.flatMap((set) => set.segments))
    .filter((segment) => segment.id === id);
}

/** An element of a segment (1-based, as X12 counts), as text. */
export const element = (segment: Segment | undefined, position: number): string | undefined =>
  segment?.elements[position - 1];

export { parseInterchange };

/** The platform as a partner's VAN gateway (a token with process:write) and the integration staff use it for X12. */
export function x12Api(crossdock: TestPlatform) {
  const channels = channelsApi(crossdock);
  const van = `Bearer ${crossdock.token({ subject: 'van-gateway', scopes: ['process:write'] })}`;
  return {
    ...channels,
    /** Posts an interchange as its VAN does; the answer's text is the 997. */
    postInterchange: (body: string | Buffer, contentType = 'application/edi-x12') =>
      crossdock.http
        .post('/process/v1/inbound/x12')
        .set('Authorization', van)
        .set('Content-Type', contentType)
        .buffer(true)
        .parse(asText)
        .send(typeof body === 'string' ? body : body.toString('latin1')),
    /** Posts an interchange byte for byte (bytes that are no UTF-8 included); the answer's text is the 997. */
    postBytes: (body: Buffer) =>
      crossdock.http
        .post('/process/v1/inbound/x12')
        .set('Authorization', van)
        .set('Content-Type', 'application/edi-x12')
        .buffer(true)
        .parse(asText)
        .send(body),
    /** A GET whose body is kept as text (an X12 document). */
    getText: (url: string) => channels.get(url).buffer(true).parse(asText),
    /** An X12 partner for `customerId`, recognised by the ISA sender given. */
    async createX12Partner(
      sender: { qualifier: string; id: string },
      rules: object,
      extra: Record<string, unknown> = {},
    ): Promise<string> {
      return channels.createPartner(
        {
          channel: 'x12',
          identifiers: {
            x12: {
              senderQualifier: sender.qualifier,
              senderId: sender.id,
              receiverQualifier: 'ZZ',
              receiverId: 'CROSSDOCK',
            },
          },
          ...extra,
        },
        rules,
      );
    },
  };
}

// supertest's parser that gets the response stream (not the one that gets a string).
type StreamParser = Extract<
  Parameters<ReturnType<TestPlatform['http']['get']>['parse']>[0],
  (response: never, callback: never) => void
>;

/** Keeps the body as text, byte for byte (latin1), whatever its content type. */
const asText: StreamParser = (response, done) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks).toString('latin1')));
};

/** A sender id no other test uses, at most `width` characters (ISA06 is 15 wide). */
export const aSenderId = (width: number) => `S${randomUUID().replace(/-/g, '').toUpperCase()}`.slice(0, width);

/**
 * An 850 interchange from ZZ/`senderId` to ZZ/CROSSDOCK with one PO (ship-to a Dallas store) and
 * `lines` as written ("PO1*1*10*EA*5.00**VP*SKU*BP*PART"), every count and control number right.
 */
export function purchaseOrderInterchange(
  senderId: string,
  poNumber: string,
  lines: string[],
  options: TestInterchangeOptions = {},
): string {
  return interchangeOf([{ controlNumber: '0001', body: purchaseOrderBody({ poNumber, lines }) }], options).replace(
    '*BUYERCO        *',
    `*${senderId.padEnd(15)}*`,
  );
}

/**
 * An interchange from ZZ/`senderId` to ZZ/CROSSDOCK that only acknowledges: `sets` 997s or 999s in one
 * FA group (each set's body from AK1 to AK9), or, with `ta1`, TA1 segments and no group at all.
 */
export function acknowledgementInterchange(
  senderId: string,
  sets: { code: '997' | '999'; body: string[] }[],
  ta1: string[] = [],
): string {
  // An interchange control number of its own: a sender never reuses one (TA1 025).
  const icn = String(100_000_000 + Math.floor(Math.random() * 899_999_999)).slice(0, 9);
  if (sets.length === 0) {
    const isa = interchangeOf([], { interchangeControlNumber: icn })
      .split('~')[0]!
      .replace('*BUYERCO        *', `*${senderId.padEnd(15)}*`);
    return [isa, ...ta1, `IEA*0*${icn}`].map((segment) => `${segment}~`).join('\n');
  }
  const acknowledgements = sets.map((set, index) => ({
    code: set.code,
    controlNumber: String(index + 1).padStart(4, '0'),
    body: set.body,
  }));
  return interchangeOf(acknowledgements, { functionalId: 'FA', interchangeControlNumber: icn }).replace(
    '*BUYERCO        *',
    `*${senderId.padEnd(15)}*`,
  );
}
