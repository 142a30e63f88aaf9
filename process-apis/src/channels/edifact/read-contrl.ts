import { componentOf, type EdifactSegment } from './edifact-segments';
import type { EdifactMessage } from './message-envelope';

/** A syntax error a partner reports (0085), where it is: the level's own, a segment's (UCS) or an element's (UCD). */
export interface ReportedError {
  /** The level reporting it: `UCI`, `UCF <group>`, `UCM <ref>`, `UCS <segment position>`, `UCS <position> UCD <element>.<component>`. */
  where: string;
  /** Syntax error, coded (0085). */
  code: string;
  /** The service segment (0135) or data element (S011) it names, as sent. */
  at?: string;
}

/** A message of ours the CONTRL reports on (UCM): its reference, what was done with it, and the errors found in it. */
export interface ReportedMessage {
  /** UCM 0062: the UNH reference of our message. */
  reference: string;
  /** UCM S009 0065: the message type (ORDRSP, DESADV, INVOIC...). */
  type: string;
  /** UCM 0083: 4 rejected, 7 acknowledged. */
  action: string;
  errors: ReportedError[];
}

/** What a partner's CONTRL says about an interchange of ours. */
export interface ReceivedContrl {
  /** The CONTRL's own UNH reference. */
  messageReference: string;
  /** UCI 0020: our UNB 0020, the interchange it reports on; '' when the CONTRL has no UCI. */
  interchangeReference: string;
  /** UCI 0083: 4 rejected, 7 acknowledged (and what it does not name as rejected), 8 received only. */
  action: string;
  /** The UCI's error (0085) and the UCF errors of groups. */
  errors: ReportedError[];
  messages: ReportedMessage[];
}

/** The service message that reports on the syntax of an interchange (CONTRL, ISO 9735 part 1 and the D.3 message). */
export const CONTRL = 'CONTRL';

/**
 * Reads a CONTRL message by the segments of its D.3 structure: UCI (the interchange reported on, the
 * action, its error), then per message reported on a UCM with its UCS/UCD errors (directly, or inside
 * a group's UCF). Segments it does not know are passed over: a CONTRL tells, it asks nothing.
 */
export function readContrlMessage(message: EdifactMessage): ReceivedContrl {
  const uci = message.segments.find((segment) => segment.tag === 'UCI');
  const contrl: ReceivedContrl = {
    messageReference: message.reference,
    interchangeReference: componentOf(uci, 1),
    action: componentOf(uci, 4),
    errors: levelError('UCI', uci, 5),
    messages: [],
  };
  let current: ReportedMessage | undefined;
  // A UCD belongs to the UCS before it (which carries no 0085 of its own when the error is in an element).
  let segmentPosition = '';
  for (const segment of message.segments) {
    if (segment.tag === 'UCF') {
      current = undefined;
      contrl.errors.push(...levelError(`UCF ${componentOf(segment, 1)}`, segment, 5));
    } else if (segment.tag === 'UCM') {
      current = {
        reference: componentOf(segment, 1),
        type: componentOf(segment, 2, 1),
        action: componentOf(segment, 3),
        errors: levelError(`UCM ${componentOf(segment, 1)}`, segment, 4),
      };
      contrl.messages.push(current);
    } else if (segment.tag === 'UCS' && current) {
      segmentPosition = componentOf(segment, 1);
      current.errors.push(...positioned(`UCS ${segmentPosition}`, componentOf(segment, 2)));
    } else if (segment.tag === 'UCD' && current) {
      const element = [componentOf(segment, 2, 1), componentOf(segment, 2, 2)].filter(Boolean).join('.');
      current.errors.push(...positioned(`UCS ${segmentPosition} UCD ${element}`, componentOf(segment, 1)));
    }
  }
  return contrl;
}

/** A level's own error: 0085 at `codeAt`, then the service segment tag (0135) and data element (S011) it names. */
function levelError(where: string, segment: EdifactSegment | undefined, codeAt: number): ReportedError[] {
  const code = componentOf(segment, codeAt);
  if (!code) return [];
  const tag = componentOf(segment, codeAt + 1);
  const element = [componentOf(segment, codeAt + 2, 1), componentOf(segment, codeAt + 2, 2)].filter(Boolean).join('.');
  const at = [tag, element].filter(Boolean).join(' ');
  return [{ where, code, ...(at ? { at } : {}) }];
}

function positioned(where: string, code: string): ReportedError[] {
  return code ? [{ where, code }] : [];
}
