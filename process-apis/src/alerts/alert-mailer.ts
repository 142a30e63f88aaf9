import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import nodemailer from 'nodemailer';

/** One email about an alert. */
export interface AlertMail {
  to: string[];
  subject: string;
  text: string;
}

/** The port alert emails go out through. */
export interface AlertMailer {
  /** Resolves once the SMTP server accepted the message; throws with the server's answer when it did not. */
  send(mail: AlertMail): Promise<void>;
  close(): void;
}

/** Where an SMTP URL points, without its user or password (for logs and errors). */
export function smtpServerName(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return 'an SMTP URL that cannot be read';
  }
}

/**
 * Emails through the SMTP server at `url` (smtp:// or smtps://, user and password in the URL when
 * it asks for them), from `from`. Without a URL every email fails, visibly on its incident, and is
 * retried: configuring the URL later lets the owed ones go out.
 */
export function smtpAlertMailer(url: string | undefined, from: string, timeoutMs: number): AlertMailer {
  if (!url)
    return {
      send: () => Promise.reject(new Error('No SMTP server is configured (CROSSDOCK_ALERT_SMTP_URL).')),
      close: () => undefined,
    };
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  return {
    async send(mail) {
      try {
        await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
      } catch (error: unknown) {
        // The server's answer, never the URL (it may hold a password).
        const reason = coerceError(error).message;
        throw new Error(`${smtpServerName(url)} did not take the email: ${reason}`);
      }
    },
    close: () => transport.close(),
  };
}
