import { READ_MESSAGES, SYNTAX_ERROR, type SyntaxFinding } from './edifact-codes';
import { invalidCharacterIn } from './edifact-characters';
import { componentOf, type EdifactSegment } from './edifact-segments';

/** One message (UNH to UNT). It is rejected when `findings` is not empty. */
export interface EdifactMessage {
  /** UNH 0062, the message reference number. */
  reference: string;
  /** UNH S009: 0065 type, 0052 version, 0054 release, 0051 agency. */
  type: string;
  version: string;
  release: string;
  agency: string;
  /** UNH to UNT, both included (as UNT counts). */
  segments: EdifactSegment[];
  findings: SyntaxFinding[];
}

/** A message from its UNH to its UNT (or, with no UNT, to the next envelope segment). */
export function messageFrom(segments: EdifactSegment[], start: number, characterSet: string): EdifactMessage {
  const unh = segments[start]!;
  let end = start + 1;
  while (end < segments.length && !['UNT', 'UNH', 'UNE', 'UNZ', 'UNG'].includes(segments[end]!.tag)) end += 1;
  const closed = segments[end]?.tag === 'UNT';
  const body = segments.slice(start, closed ? end + 1 : end).map((segment, index) => ({
    ...segment,
    position: index + 1,
  }));
  const message: EdifactMessage = {
    reference: componentOf(unh, 1),
    type: componentOf(unh, 2, 1),
    version: componentOf(unh, 2, 2),
    release: componentOf(unh, 2, 3),
    agency: componentOf(unh, 2, 4),
    segments: body,
    findings: [],
  };
  checkMessageEnvelope(message, closed ? body[body.length - 1] : undefined, characterSet);
  return message;
}

function checkMessageEnvelope(message: EdifactMessage, unt: EdifactSegment | undefined, characterSet: string) {
  const add = (
    code: keyof typeof SYNTAX_ERROR,
    segmentTag: string,
    element: number,
    detail: string,
    component?: number,
  ) =>
    message.findings.push({
      code: SYNTAX_ERROR[code],
      segmentTag,
      segmentPosition: segmentTag === 'UNH' ? 1 : message.segments.length,
      element,
      ...(component ? { component } : {}),
      detail,
    });
  if (!message.reference) add('missing', 'UNH', 1, 'UNH has no message reference number (0062).');
  const releases = READ_MESSAGES[message.type];
  // A CONTRL's few segments (UCI, UCF, UCM, UCS, UCD) mean the same in every version (D:3, 2:2, 4:1...).
  if (message.type === 'CONTRL') {
    if (message.agency !== 'UN')
      add('valueNotSupported', 'UNH', 2, `CONTRL of agency ${message.agency || '(none)'} is not read: UN's is.`, 4);
  } else if (!releases)
    add(
      'valueNotSupported',
      'UNH',
      2,
      `Message type ${message.type || '(none)'} is not read: ORDERS (and CONTRL) are.`,
      1,
    );
  else if (message.version !== 'D' || !releases.includes(message.release) || message.agency !== 'UN')
    add(
      'valueNotSupported',
      'UNH',
      2,
      `${message.type} ${message.version}:${message.release}:${message.agency} is not read: directories D.96A to D.01B of UN are.`,
      3,
    );
  if (!unt) {
    message.findings.push({
      code: SYNTAX_ERROR.missing,
      segmentTag: 'UNT',
      detail: `Message ${message.reference} has no trailer (UNT).`,
    });
    return;
  }
  if (componentOf(unt, 1) !== String(message.segments.length))
    add(
      'controlCountMismatch',
      'UNT',
      1,
      `UNT counts ${componentOf(unt, 1) || 'nothing'} segments, message ${message.reference} has ${message.segments.length}.`,
    );
  if (componentOf(unt, 2) !== message.reference)
    add(
      'referencesDoNotMatch',
      'UNT',
      2,
      `UNT names message ${componentOf(unt, 2) || '(none)'}, UNH ${message.reference}.`,
    );
  for (const segment of message.segments) {
    const at = invalidCharacterIn(segment, characterSet);
    if (at) {
      message.findings.push({
        code: SYNTAX_ERROR.invalidCharacters,
        segmentTag: segment.tag,
        segmentPosition: segment.position,
        ...at,
      });
      break;
    }
  }
}
