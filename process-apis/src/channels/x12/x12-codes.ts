/**
 * The standard X12 codes Crossdock's acknowledgements use, named. Values are exactly as the standard
 * writes them (element 718, 716, 720, 723 and the TA1 note codes of element I18).
 */

/** AK501 / AK901: what became of a transaction set or a functional group. */
export type AcknowledgementCode = 'A' | 'E' | 'P' | 'R';

/** AK502–AK506 (element 718): why a transaction set is in error. */
export const SET_ERROR = {
  notSupported: '1',
  trailerMissing: '2',
  controlNumberMismatch: '3',
  segmentCountMismatch: '4',
  segmentsInError: '5',
  invalidIdentifier: '6',
  invalidControlNumber: '7',
  duplicateControlNumber: '23',
} as const;
export type SetErrorCode = (typeof SET_ERROR)[keyof typeof SET_ERROR];

/** AK905–AK909 (element 716): why a functional group is in error. */
export const GROUP_ERROR = {
  notSupported: '1',
  versionNotSupported: '2',
  trailerMissing: '3',
  controlNumberMismatch: '4',
  setCountMismatch: '5',
  invalidControlNumber: '6',
  duplicateControlNumber: '19',
} as const;
export type GroupErrorCode = (typeof GROUP_ERROR)[keyof typeof GROUP_ERROR];

/** AK304 (element 720): what is wrong with a segment. */
export const SEGMENT_ERROR = {
  unrecognizedSegmentId: '1',
  unexpectedSegment: '2',
  mandatorySegmentMissing: '3',
  segmentExceedsMaximumUse: '5',
  hasElementErrors: '8',
} as const;
export type SegmentErrorCode = (typeof SEGMENT_ERROR)[keyof typeof SEGMENT_ERROR];

/** AK403 (element 723): what is wrong with a data element. */
export const ELEMENT_ERROR = {
  mandatoryMissing: '1',
  conditionalMissing: '2',
  invalidCharacter: '6',
  invalidCodeValue: '7',
  invalidDate: '8',
} as const;
export type ElementErrorCode = (typeof ELEMENT_ERROR)[keyof typeof ELEMENT_ERROR];

/** TA105 (element I18): what is wrong with the interchange envelope itself. */
export const INTERCHANGE_NOTE = {
  none: '000',
  controlNumberMismatch: '001',
  segmentTerminatorInvalid: '004',
  invalidSenderQualifier: '005',
  invalidSenderId: '006',
  invalidReceiverQualifier: '007',
  invalidReceiverId: '008',
  invalidDate: '014',
  invalidTime: '015',
  invalidAcknowledgementRequested: '019',
  invalidTestIndicator: '020',
  invalidGroupCount: '021',
  invalidContent: '024',
  duplicateControlNumber: '025',
  invalidElementSeparator: '026',
  invalidComponentSeparator: '027',
} as const;
export type InterchangeNoteCode = (typeof INTERCHANGE_NOTE)[keyof typeof INTERCHANGE_NOTE];
