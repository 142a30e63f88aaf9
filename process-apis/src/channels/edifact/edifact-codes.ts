/** Syntax error, coded (service data element 0085, ISO 9735): the codes CONTRL reports. */
export const SYNTAX_ERROR = {
  syntaxVersionNotSupported: '2',
  recipientNotActualRecipient: '7',
  invalidValue: '12',
  missing: '13',
  valueNotSupported: '14',
  notSupportedInPosition: '15',
  unknownSender: '23',
  referencesDoNotMatch: '28',
  controlCountMismatch: '29',
  groupsAndMessagesMixed: '30',
  lowerLevelEmpty: '32',
  invalidOccurrenceOutside: '33',
  invalidCharacters: '21',
} as const;

export type SyntaxErrorCode = (typeof SYNTAX_ERROR)[keyof typeof SYNTAX_ERROR];

/** Action, coded (0083): what the receiver did with a level of the interchange. */
export const ACTION = {
  /** This level and all lower levels rejected. */
  rejected: '4',
  /** This level acknowledged, the next lower level acknowledged if not explicitly rejected. */
  acknowledged: '7',
} as const;

export type ActionCode = (typeof ACTION)[keyof typeof ACTION];

/** Where a syntax error is: the segment (tag, and position in its message), the element and component. */
export interface SyntaxFinding {
  code: SyntaxErrorCode;
  /** Service segment tag (0135) for envelope errors, or the message segment's tag. */
  segmentTag: string;
  /** Position of the segment in its message (UNH is 1), for errors inside a message. */
  segmentPosition?: number;
  /** Data element position in the segment (1-based, the tag not counted), and component position. */
  element?: number;
  component?: number;
  /** In words, for the document's outcome. */
  detail: string;
}

/** The message types Crossdock reads, by type, with the directories read (version D, these releases). */
export const READ_MESSAGES: Readonly<Record<string, readonly string[]>> = {
  ORDERS: ['96A', '96B', '97A', '97B', '98A', '98B', '99A', '99B', '00A', '00B', '01A', '01B'],
};
