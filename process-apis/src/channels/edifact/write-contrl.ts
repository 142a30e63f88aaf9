import type { WrittenInterchange } from '../x12/write-interchange';
import { ACTION, type ActionCode, type SyntaxFinding } from './edifact-codes';
import type { EdifactInterchange, EdifactMessage, EdifactParty } from './parse-interchange';
import { party, writeEdifactInterchange, type SegmentToWrite } from './write-interchange';

/** What the CONTRL says of each message: acknowledged, or rejected for these findings. */
export interface MessageReport {
  message: EdifactMessage;
  findings: SyntaxFinding[];
}

export interface ContrlEnvelope {
  /** Our UNB 0020 for the CONTRL's interchange. */
  controlReference: string;
  at: Date;
  /** Who we are to the partner (its recipient id): the CONTRL's sender, whatever the interchange's UNB S003 said. */
  from: EdifactParty;
}

/** The action on the interchange as a whole: rejected (4) when its envelope has a finding, else acknowledged (7). */
export function interchangeAction(interchange: EdifactInterchange): ActionCode {
  return interchange.findings.length ? ACTION.rejected : ACTION.acknowledged;
}

/**
 * A CONTRL (syntax and service report, ISO 9735 part 4) answering an interchange: UCI with action 4
 * and the first envelope error's 0085 code when the envelope is at fault (nothing in it is taken),
 * else UCI 7 and one UCM per message, 7 or 4 with the error (UCS/UCD for a segment or element of
 * the message). Written back from the interchange's recipient to its sender, in its syntax
 * identifier and version, with the default service characters and a UNA.
 */
export function writeContrl(
  interchange: EdifactInterchange,
  reports: readonly MessageReport[],
  envelope: ContrlEnvelope,
): WrittenInterchange {
  const action = interchangeAction(interchange);
  const syntax = {
    identifier: /^UNO[A-KWXY]$/.test(interchange.syntax.identifier) ? interchange.syntax.identifier : 'UNOC',
    version: /^[1-4]$/.test(interchange.syntax.version) ? interchange.syntax.version : '3',
  };
  const body: SegmentToWrite[] = [
    [
      ['UCI'],
      [interchange.controlReference],
      party(interchange.sender),
      party(interchange.recipient),
      [action],
      ...errorPosition(interchange.findings[0]),
    ],
  ];
  for (const report of reports) {
    if (action === ACTION.rejected && report.findings.length === 0) continue;
    body.push(...messageResponse(report));
  }
  return writeEdifactInterchange(
    {
      syntax,
      from: envelope.from,
      to: interchange.sender,
      controlReference: envelope.controlReference,
      at: envelope.at,
    },
    {
      reference: '1',
      identifier: syntax.version === '4' ? ['CONTRL', '4', '1', 'UN'] : ['CONTRL', 'D', '3', 'UN'],
      body,
    },
  );
}

/** 0085, 0135 and S011 of a UCI or UCM: the error, the service segment at fault, the element (and component). */
function errorPosition(finding: SyntaxFinding | undefined): string[][] {
  if (!finding) return [];
  const service = /^UN[A-Z]$/.test(finding.segmentTag);
  if (!service) return [[finding.code]];
  const element = finding.element
    ? [[String(finding.element), ...(finding.component ? [String(finding.component)] : [])]]
    : [];
  return [[finding.code], [finding.segmentTag], ...element];
}

/** UCM for one message, with a UCS (and UCD) per error inside its body. */
function messageResponse(report: MessageReport): SegmentToWrite[] {
  const { message, findings } = report;
  const identifier = [message.type, message.version, message.release, message.agency];
  const envelopeError = findings.find((finding) => /^UN[A-Z]$/.test(finding.segmentTag));
  const action = findings.length ? ACTION.rejected : ACTION.acknowledged;
  const segments: SegmentToWrite[] = [
    [['UCM'], [message.reference], identifier, [action], ...errorPosition(envelopeError ?? firstUnplaced(findings))],
  ];
  for (const finding of findings) {
    if (finding === envelopeError || finding.segmentPosition === undefined) continue;
    if (!finding.element) segments.push([['UCS'], [String(finding.segmentPosition)], [finding.code]]);
    else
      segments.push(
        [['UCS'], [String(finding.segmentPosition)]],
        [['UCD'], [finding.code], [String(finding.element), ...(finding.component ? [String(finding.component)] : [])]],
      );
  }
  return segments;
}

/** A finding with no segment position (a segment missing altogether) is told on the UCM itself. */
function firstUnplaced(findings: readonly SyntaxFinding[]): SyntaxFinding | undefined {
  return findings.find((finding) => finding.segmentPosition === undefined);
}
