import { UnreadableDocumentError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { SYNTAX_ERROR, type SyntaxFinding } from './edifact-codes';
import { componentOf, splitInterchange, type EdifactSegment, type ServiceCharacters } from './edifact-segments';
import { decodeInterchange, invalidCharacterIn } from './edifact-characters';
import { messageFrom, type EdifactMessage } from './message-envelope';

export type { EdifactMessage } from './message-envelope';

/** A party of the interchange (UNB S002 / S003): its identification and the code qualifier (0007), '' when none. */
export interface EdifactParty {
  id: string;
  qualifier: string;
}

export interface EdifactInterchange {
  characters: ServiceCharacters;
  /** UNB S001: the syntax identifier (UNOA, UNOC, UNOW...) and version (1 to 4). */
  syntax: { identifier: string; version: string };
  sender: EdifactParty;
  recipient: EdifactParty;
  /** UNB S004, as sent. */
  preparedAt: { date: string; time: string };
  /** UNB 0020, the interchange control reference. */
  controlReference: string;
  /** UNB 0031 = 1: the sender asks for a CONTRL. */
  acknowledgementRequested: boolean;
  /** UNB 0035 = 1: a test interchange. */
  test: boolean;
  messages: EdifactMessage[];
  /** Errors of the envelope: any rejects the whole interchange. */
  findings: SyntaxFinding[];
}

/**
 * Reads an interchange's envelope (UNA, UNB, UNG/UNE, UNH/UNT, UNZ) by the syntax rules of ISO 9735:
 * control counts and references are checked, and every fault is a finding with its 0085 code for
 * the CONTRL. Messages are kept as segments, for their reader.
 *
 * @throws UnreadableDocumentError when the body is no interchange (no UNA/UNB, a bad UNA, no sender
 * in UNB): there is no one to answer with a CONTRL.
 */
export function parseEdifactInterchange(raw: string | Uint8Array): EdifactInterchange {
  const decoded = decodeInterchange(raw);
  const { characters, segments } = splitInterchange(decoded.text);
  const unb = segments[0]!;
  const interchange = envelopeOf(unb, characters);
  if (decoded.problem) interchange.findings.push(decoded.problem);
  const envelopeCharacter = segments.map((segment) => characterFinding(segment, interchange)).find(Boolean);
  const walked = walk(segments.slice(1), interchange);
  const unz = walked.trailer;
  if (!unz) {
    interchange.findings.push(finding('missing', 'UNZ', 'The interchange has no trailer (UNZ): it was cut off.'));
  } else {
    const expected = walked.groups > 0 ? walked.groups : interchange.messages.length;
    if (componentOf(unz, 1) !== String(expected))
      interchange.findings.push({
        ...finding('controlCountMismatch', 'UNZ', ''),
        element: 1,
        detail: `UNZ counts ${componentOf(unz, 1) || 'nothing'}, but the interchange holds ${expected} ${walked.groups > 0 ? 'group(s)' : 'message(s)'}.`,
      });
    if (componentOf(unz, 2) !== interchange.controlReference)
      interchange.findings.push({
        ...finding('referencesDoNotMatch', 'UNZ', ''),
        element: 2,
        detail: `UNZ names interchange ${componentOf(unz, 2) || '(none)'}, UNB ${interchange.controlReference}.`,
      });
  }
  if (interchange.messages.length === 0)
    interchange.findings.push(finding('lowerLevelEmpty', 'UNB', 'The interchange holds no message.'));
  if (envelopeCharacter) interchange.findings.push(envelopeCharacter);
  return interchange;
}

function finding(code: keyof typeof SYNTAX_ERROR, segmentTag: string, detail: string): SyntaxFinding {
  return { code: SYNTAX_ERROR[code], segmentTag, detail };
}

/** UNB: who sent it to whom, when, under which reference; what it lacks is a finding. */
function envelopeOf(unb: EdifactSegment, characters: ServiceCharacters): EdifactInterchange {
  const sender = { id: componentOf(unb, 2, 1).trim(), qualifier: componentOf(unb, 2, 2).trim() };
  if (!sender.id)
    throw new UnreadableDocumentError('The interchange header (UNB) names no sender (S002, 0004).', [
      { field: 'UNB.S002', message: 'the interchange sender identification is missing' },
    ]);
  const interchange: EdifactInterchange = {
    characters,
    syntax: { identifier: componentOf(unb, 1, 1), version: componentOf(unb, 1, 2) },
    sender,
    recipient: { id: componentOf(unb, 3, 1).trim(), qualifier: componentOf(unb, 3, 2).trim() },
    preparedAt: { date: componentOf(unb, 4, 1), time: componentOf(unb, 4, 2) },
    controlReference: componentOf(unb, 5),
    acknowledgementRequested: componentOf(unb, 9) === '1',
    test: componentOf(unb, 11) === '1',
    messages: [],
    findings: [],
  };
  const required: [number, number, string][] = [
    [1, 1, 'the syntax identifier (0001)'],
    [1, 2, 'the syntax version (0002)'],
    [3, 1, 'the recipient (0010)'],
    [4, 1, 'the date of preparation (0017)'],
    [4, 2, 'the time of preparation (0019)'],
    [5, 1, 'the interchange control reference (0020)'],
  ];
  for (const [element, component, what] of required) {
    if (!componentOf(unb, element, component))
      interchange.findings.push({ ...finding('missing', 'UNB', `UNB lacks ${what}.`), element, component });
  }
  const { identifier, version } = interchange.syntax;
  if (identifier && !/^UNO[A-KWXY]$/.test(identifier))
    interchange.findings.push({
      ...finding('valueNotSupported', 'UNB', `Syntax identifier ${identifier} is not one Crossdock reads.`),
      element: 1,
      component: 1,
    });
  if (version && !/^[1-4]$/.test(version))
    interchange.findings.push({
      ...finding('syntaxVersionNotSupported', 'UNB', `Syntax version ${version} is not read: versions 1 to 4 are.`),
      element: 1,
      component: 2,
    });
  return interchange;
}

/** A character not allowed by the interchange's character set, in an envelope segment (in a message, its reader says so). */
function characterFinding(segment: EdifactSegment, interchange: EdifactInterchange): SyntaxFinding | undefined {
  if (!['UNB', 'UNG', 'UNE', 'UNZ'].includes(segment.tag)) return undefined;
  const at = invalidCharacterIn(segment, interchange.syntax.identifier);
  return (
    at && { ...finding('invalidCharacters', segment.tag, at.detail), element: at.element, component: at.component }
  );
}

/** Walks the segments after UNB: groups, messages, the trailer, and anything out of place. */
function walk(
  segments: EdifactSegment[],
  interchange: EdifactInterchange,
): { trailer?: EdifactSegment; groups: number } {
  let groups = 0;
  let openGroup: { segment: EdifactSegment; messages: number } | undefined;
  let trailer: EdifactSegment | undefined;
  let index = 0;
  while (index < segments.length) {
    const segment = segments[index]!;
    if (trailer) {
      interchange.findings.push(finding('invalidOccurrenceOutside', segment.tag, `${segment.tag} follows UNZ.`));
      break;
    }
    if (segment.tag === 'UNH') {
      const message = messageFrom(segments, index, interchange.syntax.identifier);
      interchange.messages.push(message);
      if (openGroup) openGroup.messages += 1;
      else if (groups > 0)
        interchange.findings.push(finding('groupsAndMessagesMixed', 'UNH', 'A message outside a group.'));
      index += message.segments.length;
      continue;
    }
    if (segment.tag === 'UNG') {
      if (interchange.messages.length > 0 && groups === 0)
        interchange.findings.push(finding('groupsAndMessagesMixed', 'UNG', 'A group after messages outside groups.'));
      groups += 1;
      openGroup = { segment, messages: 0 };
    } else if (segment.tag === 'UNE' && openGroup) {
      checkGroupTrailer(openGroup, segment, interchange);
      openGroup = undefined;
    } else if (segment.tag === 'UNZ') trailer = segment;
    else
      interchange.findings.push(
        finding('invalidOccurrenceOutside', segment.tag, `${segment.tag} stands outside any message.`),
      );
    index += 1;
  }
  if (openGroup) interchange.findings.push(finding('missing', 'UNE', 'A functional group has no trailer (UNE).'));
  return { trailer, groups };
}

function checkGroupTrailer(
  group: { segment: EdifactSegment; messages: number },
  une: EdifactSegment,
  interchange: EdifactInterchange,
): void {
  const reference = componentOf(group.segment, 5);
  if (componentOf(une, 1) !== String(group.messages))
    interchange.findings.push({
      ...finding('controlCountMismatch', 'UNE', ''),
      element: 1,
      detail: `UNE of group ${reference} counts ${componentOf(une, 1) || 'nothing'}, the group holds ${group.messages} message(s).`,
    });
  if (componentOf(une, 2) !== reference)
    interchange.findings.push({
      ...finding('referencesDoNotMatch', 'UNE', ''),
      element: 2,
      detail: `UNE names group ${componentOf(une, 2) || '(none)'}, UNG ${reference}.`,
    });
}
