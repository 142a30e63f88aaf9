/**
 * Test support for the alerts' own tests (not a test file): a real SMTP server that keeps what it
 * is sent, and orders of a trading partner stored as the pipeline leaves them (received, some held),
 * at known times.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { ProcessDatabase } from '../database';

export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
}

export interface TestSmtpServer {
  /** smtp://user:password@127.0.0.1:<port> (the server takes any login). */
  url: string;
  received: ReceivedMail[];
  close(): Promise<void>;
}

/** A real SMTP server (the `smtp-server` package) on a free port, without TLS, keeping each message parsed. */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    logger: false,
    onAuth: (_auth, _session, done) => done(null, { user: 'alerts' }),
    onData(stream, session, done) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: mail.subject ?? '',
            text: (mail.text ?? '').trim(),
          });
          done();
        })
        .catch((error: Error) => done(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://alerts:s3cret-password@127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A trading partner (with the mapping it needs), as the partners API stores it. */
export async function storePartner(db: ProcessDatabase, id: string, name: string, channel: string): Promise<void> {
  const mapping = { name: `mapping-${id}`, version: 1 };
  await db.mappingVersion.create({
    data: { ...mapping, description: 'test', rules: {}, createdBy: 'test' },
  });
  await db.tradingPartner.create({
    data: { id, name, channel, customerId: 'C-1001', mappingName: mapping.name, mappingVersion: mapping.version },
  });
}

/**
 * An order the partner sent, received at `at` (its inbound document too, which is how an order is
 * known to be the partner's), held for `holdReason` when given; answers its id and its hold's.
 */
export async function storePartnerOrder(
  db: ProcessDatabase,
  partner: { id: string; channel: string },
  at: Date,
  holdReason?: string,
): Promise<{ orderId: string; holdId?: string }> {
  const orderId = randomUUID();
  const documentId = randomUUID();
  await db.order.create({
    data: {
      id: orderId,
      channel: partner.channel,
      sourceOrderId: orderId,
      customerId: 'C-1001',
      status: holdReason ? 'HELD' : 'SUBMITTED',
      received: {},
      correlationId: `corr-${orderId}`,
      createdBy: 'test',
      createdAt: at,
    },
  });
  await db.inboundDocument.create({
    data: {
      id: documentId,
      channel: partner.channel,
      kind: 'order',
      partnerId: partner.id,
      status: 'processed',
      sha256: documentId,
      correlationId: `corr-${orderId}`,
      receivedAt: at,
      orders: {
        create: {
          orderId,
          partnerId: partner.id,
          sourceOrderId: orderId,
          mappingName: `mapping-${partner.id}`,
          mappingVersion: 1,
          createdAt: at,
        },
      },
    },
  });
  if (!holdReason) return { orderId };
  const holdId = randomUUID();
  await db.hold.create({
    data: { id: holdId, orderId, reasonCode: holdReason, detail: 'test', createdAt: at },
  });
  return { orderId, holdId };
}
