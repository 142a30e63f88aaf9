/** Test support for odoo-test-server.ts: Odoo's exceptions and how its JSON-2 dispatcher answers them. */
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import type { Response } from 'express';
import { OdooValueError } from './odoo-test-models';

/** An exception as Odoo's JSON-2 dispatcher answers it. */
export class OdooFault extends Error {
  constructor(
    readonly status: number,
    readonly exception: string,
    message: string,
    readonly args: unknown[] = [message],
  ) {
    super(message);
  }
}

export const werkzeug = (status: number, name: string, message: string) =>
  new OdooFault(status, `werkzeug.exceptions.${name}`, message, [message, status]);

export const userError = (message: string) => new OdooFault(422, 'odoo.exceptions.UserError', message);

export const validationError = (message: string) => new OdooFault(422, 'odoo.exceptions.ValidationError', message);

export function sendFault(response: Response, error: unknown): void {
  const fault =
    error instanceof OdooFault
      ? error
      : error instanceof OdooValueError
        ? new OdooFault(500, 'builtins.ValueError', error.message)
        : new OdooFault(500, 'builtins.Exception', coerceError(error).message);
  response.status(fault.status).json({
    name: fault.exception,
    message: fault.message,
    arguments: fault.args,
    context: {},
    debug: `Traceback (most recent call last):\n  File "odoo-test-server", in dispatch\n${fault.exception}: ${fault.message}\n`,
  });
}
