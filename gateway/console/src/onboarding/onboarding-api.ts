import { ApiProblem, problemOf, type Api } from '../api/client';
import type { Session } from '../session/session';

export interface X12PartnerForm {
  id: string;
  name: string;
  customerId: string;
  senderQualifier: string;
  senderId: string;
  receiverQualifier: string;
  receiverId: string;
  mappingName: string;
  mappingVersion: string;
}

export interface DryRunResult {
  documentId: string;
  orders: {
    sourceOrderId: string;
    order?: { customerId: string; lines: { lineNumber: number; sku: string; quantity: number; uom?: string }[] };
    problems?: { field: string; message: string }[];
  }[];
}

export const partnerInput = (form: X12PartnerForm, active: boolean) => ({
  name: form.name,
  channel: 'x12',
  customerId: form.customerId,
  active,
  identifiers: {
    x12: {
      senderQualifier: form.senderQualifier,
      senderId: form.senderId,
      receiverQualifier: form.receiverQualifier,
      receiverId: form.receiverId,
    },
  },
  mapping: { name: form.mappingName, version: Number(form.mappingVersion) },
});

/**
 * Keeps the sample interchange and dry-runs the partner's mapping version on it. The partner is not
 * live yet, so the X12 endpoint keeps the document without placing anything and names it in its
 * refusal; the dry run then maps it with the partner's data.
 */
export async function dryRunSample(
  api: Api,
  session: Session,
  form: X12PartnerForm,
  sample: string,
): Promise<DryRunResult> {
  const response = await fetch('/process/v1/inbound/x12', {
    method: 'POST',
    headers: { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/edi-x12' },
    body: sample,
  });
  const problem = response.ok ? undefined : await problemOf(response);
  const documentId = problem?.detail?.match(/kept as inbound document (\S+?)\.?(\s|$)/)?.[1];
  if (!documentId)
    throw (
      problem ??
      new ApiProblem(
        409,
        'The partner is already live',
        'The sample was taken in as a real order: the partner is live.',
      )
    );
  return api.post<DryRunResult>(
    `/process/v1/mappings/${encodeURIComponent(form.mappingName)}/versions/${Number(form.mappingVersion)}/dry-run`,
    { documentId, partnerId: form.id },
  );
}
