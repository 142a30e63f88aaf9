/**
 * How the partner's documents travel, as recorded for the people running the link: Crossdock itself
 * takes documents over HTTP (`api`, `webhook`); an AS2, SFTP or VAN link ends at the distributor's
 * gateway, which posts them on. Secrets (an SFTP password or private key) are write-only.
 */
export type PartnerTransport = As2Transport | SftpTransport | VanTransport | ApiTransport | WebhookTransport;

export interface As2Transport {
  kind: 'as2';
  /** The partner's AS2-From id. @example "ACMEHW" */
  as2From: string;
  /** Ours, as the partner addresses us (AS2-To). @example "CROSSDOCK" */
  as2To: string;
  /** Where our gateway sends the partner's MDNs and documents. @example "https://as2.acme.example/as2" */
  url?: string;
  /** How the partner wants its MDN. */
  mdn?: 'sync' | 'async' | 'none';
  /** SHA-256 fingerprint of the partner's certificate (public: no secret). */
  certificateFingerprint?: string;
}

export interface SftpTransport {
  kind: 'sftp';
  /** @example "sftp.acme.example" */
  host: string;
  /** 1 to 65535 (checked with the rest of the partner, so every bad field is named at once). @example 22 */
  port?: number;
  /** @example "crossdock" */
  username: string;
  /** The folder the partner's documents are picked up from. @example "/outbox" */
  inboundPath?: string;
  /** The folder our documents are put in. @example "/inbox" */
  outboundPath?: string;
  /** Write-only; never shown or logged. */
  password?: string;
  /** Write-only (PEM or OpenSSH); never shown or logged. */
  privateKey?: string;
  /** SHA-256 fingerprint of the server's host key. */
  hostKeyFingerprint?: string;
}

export interface VanTransport {
  kind: 'van';
  /** @example "OpenText" */
  provider: string;
  /** The partner's mailbox at the VAN. @example "ACMEHW01" */
  mailbox: string;
}

/** The partner (or its translator) posts documents to Crossdock's inbound endpoint with a token. */
export interface ApiTransport {
  kind: 'api';
  /** Who holds the token, for the people running the link. @example "Acme's translator" */
  contact?: string;
}

/** A web shop sends signed webhooks (see webhookSecrets). */
export interface WebhookTransport {
  kind: 'webhook';
  /** The topics subscribed to. @example ["orders/create"] */
  topics?: string[];
}

/** A transport as shown: secrets only say whether they are set. */
export type PartnerTransportView =
  | As2Transport
  | (Omit<SftpTransport, 'password' | 'privateKey'> & { passwordSet: boolean; privateKeySet: boolean })
  | VanTransport
  | ApiTransport
  | WebhookTransport;
