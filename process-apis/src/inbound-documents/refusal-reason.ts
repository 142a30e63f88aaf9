import type { RejectedOrder } from './inbound-channel';

/**
 * Why an order is refused, in words for its sender's answer (an X12 855, an EDIFACT ORDRSP, a UBL
 * OrderResponse): the problem's title, then what exactly (the detail, or the fields at fault).
 */
export function refusalReason(problem: RejectedOrder['problem']): string {
  const what = problem.errors?.length
    ? problem.errors.map((error) => `${error.field}: ${error.message}`).join('; ')
    : problem.detail;
  return what ? `${problem.title}: ${what}` : problem.title;
}
