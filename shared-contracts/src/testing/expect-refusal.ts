import { expect } from 'vitest';
import { BusinessRuleError } from '../contracts/errors/errors';

/** Awaits `request`, expects it to be refused by a business rule, and hands back the refusal. */
export async function expectBusinessRefusal(request: Promise<unknown>): Promise<BusinessRuleError> {
  const error = await request.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(BusinessRuleError);
  return error as BusinessRuleError;
}
