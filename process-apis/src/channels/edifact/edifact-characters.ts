import { SYNTAX_ERROR, type SyntaxFinding } from './edifact-codes';
import { printableCharacter, type EdifactSegment } from './edifact-segments';

/**
 * The interchange's text: UTF-8 for the syntax identifiers that say so (UNOW, UNOY), ISO 8859 (read
 * byte for byte, as latin-1) for the others. Bytes that are no UTF-8 where UTF-8 is declared are a
 * finding (0085 code 21): never read as something else without saying so.
 */
export function decodeInterchange(raw: string | Uint8Array): { text: string; problem?: SyntaxFinding } {
  if (typeof raw === 'string') return { text: raw };
  const latin = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1');
  const identifier = /UNB.(UNO[A-Z])/.exec(latin.slice(0, 400))?.[1];
  if (identifier !== 'UNOW' && identifier !== 'UNOY') return { text: latin };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(raw) };
  } catch {
    return {
      text: latin,
      problem: {
        code: SYNTAX_ERROR.invalidCharacters,
        segmentTag: 'UNB',
        element: 1,
        component: 1,
        detail: `The interchange declares ${identifier} (UTF-8) but holds bytes that are no UTF-8.`,
      },
    };
  }
}

/**
 * The first character of a segment its character set does not allow: control characters (NUL
 * included) never; beyond ASCII only in the sets that have more (UNOC and the others of ISO 8859,
 * UNOW/UNOY), and none of the C1 controls. Level A (UNOA) is held to printable ASCII, lower case
 * included, as partners' translators send it.
 */
export function invalidCharacterIn(
  segment: EdifactSegment,
  identifier: string,
): { element: number; component: number; detail: string } | undefined {
  const asciiOnly = identifier === 'UNOA' || identifier === 'UNOB';
  const notAllowed = asciiOnly ? /[^\x20-\x7e]/ : /[\x00-\x1f\x7f-\x9f]/;
  for (let element = 0; element < segment.elements.length; element += 1) {
    const components = segment.elements[element]!;
    for (let component = 0; component < components.length; component += 1) {
      const found = notAllowed.exec(components[component]!);
      if (found)
        return {
          element: element + 1,
          component: component + 1,
          detail: `${segment.tag} element ${element + 1} holds ${printableCharacter(found[0])}, not allowed in ${identifier || 'the character set'}.`,
        };
    }
  }
  return undefined;
}
