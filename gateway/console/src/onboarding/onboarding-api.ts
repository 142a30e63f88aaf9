import type { SampleDryRunResult } from '@crossdock/shared-contracts/contracts/api/process-mappings';
import type { Api } from '../api/client';

export type { SampleDryRunResult };

/** The formats a partner can be onboarded with here, each with the identifiers its documents are recognised by. */
export type PartnerFormat = 'x12' | 'edifact' | 'ubl' | 'shopify';
export type TransportKind = 'van' | 'as2' | 'sftp' | 'api' | 'webhook';

/** The form's values, all text as the inputs hold them; only the current format's and transport's are sent. */
export type PartnerForm = Record<string, string> & {
  id: string;
  name: string;
  customerId: string;
  format: PartnerFormat;
  transport: TransportKind;
  mappingName: string;
  mappingVersion: string;
};

export interface Field {
  key: string;
  label: string;
  placeholder?: string;
  /** Sent only when filled in. */
  optional?: boolean;
}

export const FORMATS: Record<PartnerFormat, { title: string; sample: string; accept: string; fields: Field[] }> = {
  x12: {
    title: 'X12 850',
    sample: 'Sample interchange (X12 850)',
    accept: '.x12,.edi,.txt',
    fields: [
      { key: 'senderQualifier', label: 'ISA05 sender qualifier', placeholder: '12' },
      { key: 'senderId', label: 'ISA06 sender id' },
      { key: 'receiverQualifier', label: 'ISA07 receiver qualifier', placeholder: '01' },
      { key: 'receiverId', label: 'ISA08 receiver id' },
      { key: 'applicationSenderCode', label: 'GS02 application sender', placeholder: 'as ISA06', optional: true },
      { key: 'applicationReceiverCode', label: 'GS03 application receiver', placeholder: 'as ISA08', optional: true },
    ],
  },
  edifact: {
    title: 'EDIFACT ORDERS',
    sample: 'Sample interchange (EDIFACT ORDERS)',
    accept: '.edi,.edifact,.txt',
    fields: [
      { key: 'unbSenderId', label: 'UNB sender id', placeholder: '5412345000013' },
      { key: 'unbSenderQualifier', label: 'UNB sender qualifier', placeholder: '14', optional: true },
      { key: 'unbRecipientId', label: 'UNB recipient id (us)', placeholder: 'CROSSDOCK' },
      { key: 'unbRecipientQualifier', label: 'UNB recipient qualifier', placeholder: 'ZZZ', optional: true },
    ],
  },
  ubl: {
    title: 'UBL 2.1 Order',
    sample: 'Sample UBL Order (XML)',
    accept: '.xml',
    fields: [
      { key: 'endpointScheme', label: 'Buyer EndpointID scheme', placeholder: '0088' },
      { key: 'endpointId', label: 'Buyer EndpointID', placeholder: '7300010000001' },
    ],
  },
  shopify: {
    title: 'Shopify',
    sample: 'Sample order (Shopify JSON)',
    accept: '.json',
    fields: [{ key: 'shopDomain', label: 'Shop domain', placeholder: 'acme-store.myshopify.com' }],
  },
};

export const TRANSPORTS: Record<TransportKind, { title: string; fields: Field[] }> = {
  van: {
    title: 'VAN',
    fields: [
      { key: 'vanProvider', label: 'VAN', placeholder: 'OpenText' },
      { key: 'vanMailbox', label: 'Mailbox', placeholder: 'ACME01' },
    ],
  },
  as2: {
    title: 'AS2',
    fields: [
      { key: 'as2From', label: 'AS2-From (theirs)' },
      { key: 'as2To', label: 'AS2-To (ours)', placeholder: 'CROSSDOCK' },
    ],
  },
  sftp: {
    title: 'SFTP',
    fields: [
      { key: 'sftpHost', label: 'SFTP host' },
      { key: 'sftpUsername', label: 'SFTP user' },
    ],
  },
  api: { title: 'API (they post to us)', fields: [] },
  webhook: { title: 'Signed webhook', fields: [] },
};

const filled = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

function identifiersOf(form: PartnerForm) {
  switch (form.format) {
    case 'x12':
      return {
        x12: {
          senderQualifier: form.senderQualifier,
          senderId: form.senderId,
          receiverQualifier: form.receiverQualifier,
          receiverId: form.receiverId,
          applicationSenderCode: filled(form.applicationSenderCode),
          applicationReceiverCode: filled(form.applicationReceiverCode),
        },
      };
    case 'edifact':
      return {
        edifact: {
          senderId: form.unbSenderId,
          senderQualifier: filled(form.unbSenderQualifier),
          recipientId: form.unbRecipientId,
          recipientQualifier: filled(form.unbRecipientQualifier),
        },
      };
    case 'ubl':
      return { peppolEndpoint: { schemeId: form.endpointScheme, id: form.endpointId } };
    case 'shopify':
      return { shopDomain: form.shopDomain };
  }
}

function transportOf(form: PartnerForm) {
  switch (form.transport) {
    case 'van':
      return { kind: 'van', provider: form.vanProvider, mailbox: form.vanMailbox };
    case 'as2':
      return { kind: 'as2', as2From: form.as2From, as2To: form.as2To };
    case 'sftp':
      return { kind: 'sftp', host: form.sftpHost, username: form.sftpUsername };
    default:
      return { kind: form.transport };
  }
}

/** The partner as POST /process/v1/partners takes it (and PUT, without the id). */
export const partnerInput = (form: PartnerForm, active: boolean) => ({
  name: form.name,
  channel: form.format,
  customerId: form.customerId,
  active,
  identifiers: identifiersOf(form),
  transport: transportOf(form),
  mapping: { name: form.mappingName, version: Number(form.mappingVersion) },
});

/** Tries the sample on the partner: the orders it would make and the acknowledgement it would get; nothing kept. */
export const dryRunSample = (api: Api, partnerId: string, document: string) =>
  api.post<SampleDryRunResult>(`/process/v1/partners/${encodeURIComponent(partnerId)}/dry-run`, { document });
