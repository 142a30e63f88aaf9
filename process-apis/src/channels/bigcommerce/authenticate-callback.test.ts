import { describe, expect, it } from 'vitest';
import { authenticateCallback } from './authenticate-callback';
import { signStandardWebhook } from './standard-webhook-signature';

const BODY = Buffer.from(
  '{"scope": "store/order/created", "producer": "stores/abcde", "data": {"type": "order", "id": 250}}',
);
const SECRET = 'bc-app-client-secret-0123456789';
const NOW = new Date('2026-12-07T21:00:00Z');
const TIMESTAMP = String(NOW.getTime() / 1000);
const SIGNED = {
  'webhook-id': 'msg_1',
  'webhook-timestamp': TIMESTAMP,
  'webhook-signature': signStandardWebhook(BODY, Buffer.from(SECRET), 'msg_1', TIMESTAMP),
};
const HOOK_HEADERS = { 'X-Hook-Key': 'a-long-random-value-0123456789' };

const headers = (given: Record<string, string>) => (name: string) =>
  Object.entries(given).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
const check = (given: Record<string, string>, secrets: string[], custom?: Record<string, string>) => () =>
  authenticateCallback(BODY, headers(given), { secrets, headers: custom }, NOW);

describe('authenticating a BigCommerce callback', () => {
  it('takes a callback signed with the client secret', () => {
    expect(check(SIGNED, [SECRET])).not.toThrow();
  });

  it('takes a callback carrying the webhook’s custom headers, in any letter case, when the partner has no secret', () => {
    expect(check({ 'x-hook-key': HOOK_HEADERS['X-Hook-Key'] }, [], HOOK_HEADERS)).not.toThrow();
  });

  it('needs both when the partner has both', () => {
    expect(check({ ...SIGNED, ...HOOK_HEADERS }, [SECRET], HOOK_HEADERS)).not.toThrow();
    expect(check(SIGNED, [SECRET], HOOK_HEADERS)).toThrow(expect.objectContaining({ status: 401 }));
    expect(check(HOOK_HEADERS, [SECRET], HOOK_HEADERS)).toThrow(expect.objectContaining({ status: 401 }));
  });

  it('refuses a wrong or shortened custom header value, and everything when the partner has neither', () => {
    expect(check({ 'X-Hook-Key': 'a-long-random-value-012345678' }, [], HOOK_HEADERS)).toThrow(
      expect.objectContaining({ status: 401, message: expect.stringContaining('X-Hook-Key') }),
    );
    expect(check({ ...SIGNED, ...HOOK_HEADERS }, [])).toThrow(expect.objectContaining({ status: 401 }));
  });
});
