import { randomUUID } from 'node:crypto';
import {
  BusinessRuleError,
  ErpCapabilityMissingError,
  NotFoundError,
  UpstreamProblemError,
  UpstreamUnavailableError,
} from '@crossdock/shared-contracts/contracts/errors/errors';
import { createUpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';

/** The adapter's name, in errors and logs. */
export const ODOO_ADAPTER = 'odoo';

/**
 * Reason code when Odoo refuses a write with a UserError or ValidationError (HTTP 422). Odoo's
 * message cannot be told apart from the status here (see `odooErrorFor`), so the code is generic.
 */
export const ERP_REJECTED = 'ERP_REJECTED';

export interface OdooConnectionOptions {
  /** Where the Odoo server answers, e.g. `https://mycompany.odoo.com`; `/json/2/...` is added. */
  baseUrl: string;
  /** Sent as `X-Odoo-Database`; needed when one Odoo server hosts several databases. */
  database: string;
  /** An Odoo user API key (Preferences → Account Security); keys expire after three months at most. */
  apiKey: string;
  /** Per attempt. Default: the client kit's. */
  timeoutMs?: number;
  /** How long an open circuit to Odoo fails fast before a trial call. Default: the client kit's. */
  breakerResetMs?: number;
  logger: Logger;
  /** Waits between retries; tests pass one that returns at once. */
  sleep?: (ms: number) => Promise<void>;
}

/** One call of a model method: its named parameters, the records it runs on, and whether it writes. */
export interface OdooCall {
  model: string;
  method: string;
  /** The recordset the method runs on; absent for `@api.model` methods (search_read, create). */
  ids?: number[];
  /** The method's parameters by name: `domain`, `fields`, `vals_list`, ... (JSON-2 has no positional ones). */
  params?: Record<string, unknown>;
  context?: Record<string, unknown>;
  /** True for a method that changes nothing, so an attempt that timed out may be sent again. */
  readOnly: boolean;
}

export interface OdooJson2 {
  call<T>(call: OdooCall): Promise<T>;
  shutdown(): void;
}

// English names, so unit names ("Units", "kg") match the codes in odoo-values.ts whatever the
// API user's own language is.
const BASE_CONTEXT = { lang: 'en_US' };

/**
 * Odoo's external JSON-2 API (Odoo 19+): every call is `POST /json/2/<model>/<method>` with the
 * method's named arguments as a JSON object, the API key as a bearer token and the database in
 * `X-Odoo-Database`. Each call is its own transaction in Odoo. Every call goes through the
 * project's one HTTP client kit (timeouts, retries with backoff, circuit breaker).
 */
export function createOdooJson2(options: OdooConnectionOptions): OdooJson2 {
  const client = createUpstreamClient({
    name: ODOO_ADAPTER,
    baseUrl: options.baseUrl,
    timeoutMs: options.timeoutMs,
    breaker: { resetTimeoutMs: options.breakerResetMs },
    logger: options.logger,
    sleep: options.sleep,
  });
  // Our own Authorization on every call also keeps the kit from passing the Crossdock caller's
  // token on to Odoo.
  const headers = {
    authorization: `bearer ${options.apiKey}`,
    'x-odoo-database': options.database,
    'user-agent': 'crossdock-system-apis',
  };

  return {
    async call<T>(call: OdooCall): Promise<T> {
      const path = `/json/2/${encodeURIComponent(call.model)}/${encodeURIComponent(call.method)}`;
      const body = {
        ...call.params,
        ...(call.ids ? { ids: call.ids } : {}),
        context: { ...BASE_CONTEXT, ...call.context },
      };
      // Every JSON-2 call is a POST, which the kit never sends twice unless it carries an
      // Idempotency-Key. A read is safe to repeat, so it gets a fresh key (Odoo ignores the
      // header); a write gets none, because a create that timed out may well have happened.
      const callHeaders = call.readOnly ? { ...headers, 'idempotency-key': randomUUID() } : headers;
      try {
        const response = await client.post<T>(path, { body, headers: callHeaders });
        return response.data;
      } catch (error: unknown) {
        throw odooErrorFor(call, options.database, error);
      }
    },
    shutdown: () => client.shutdown(),
  };
}

/**
 * Turns Odoo's HTTP error into Crossdock's error hierarchy; the one place that does.
 *
 * Odoo sets the status from the exception (odoo/exceptions.py `http_status`): UserError and
 * ValidationError 422, AccessError 403, MissingError 404, LockError 409; a bad API key is 401, an
 * unknown model or method 404. The body (`{name, message, arguments, context, debug}`) is not a
 * problem document, and the client kit keeps only the status of such a body, so the status is all
 * there is to go on. 5xx and timeouts are already UpstreamUnavailableError (transient) from the kit.
 */
export function odooErrorFor(call: OdooCall, database: string, error: unknown): unknown {
  if (!(error instanceof UpstreamProblemError)) return error;
  const what = `${call.model}/${call.method}`;
  const records = call.ids?.length ? `${call.model} ${call.ids.join(', ')}` : undefined;
  switch (error.status) {
    case 401:
      // Our configuration, not the order: transient, so the work is retried, dead-lettered and
      // replayed once someone issues a new key (Odoo keys expire after three months at most).
      return new UpstreamUnavailableError(
        ODOO_ADAPTER,
        `Odoo refused the API key for database "${database}" (401); issue a new key and replay.`,
        error,
      );
    case 403:
      if (records) return new NotFoundError(`Odoo ${records} is not visible to the API user.`);
      return new UpstreamUnavailableError(
        ODOO_ADAPTER,
        `The Odoo user behind the API key may not call ${what} (403); grant the access right and replay.`,
        error,
      );
    case 404:
      if (records) return new NotFoundError(`Odoo has no ${records}.`);
      return new ErpCapabilityMissingError(
        ODOO_ADAPTER,
        `${what} (Odoo answered 404: the app providing it is not installed in "${database}", or the database name is wrong)`,
      );
    case 409:
      return new UpstreamUnavailableError(
        ODOO_ADAPTER,
        `Odoo could not lock the records of ${what} (409): another transaction holds them.`,
        error,
      );
    case 422:
      return new BusinessRuleError(
        ERP_REJECTED,
        `Odoo refused ${what} with a UserError or ValidationError (422); Odoo's own message is in its log.`,
      );
    default:
      return error;
  }
}
