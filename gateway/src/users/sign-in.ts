import { signToken, type TokenSettings } from '@crossdock/shared-contracts/platform/auth/tokens';
import { TooManyRequestsError, UnauthenticatedError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import type { RateLimiter, RateLimitPolicy } from '../rate-limit/rate-limiter';
import { passwordMatches } from './password';
import type { UserStore } from './user-file';

/**
 * Guessing is slowed twice over: from one address (whatever names it tries), and at one name (from
 * however many addresses). Every attempt counts, so the answer is the same for a name that exists
 * and one that does not.
 */
export const SIGN_IN_LIMITS = {
  perAddress: { name: 'sign-in-address', requests: 10, windowSeconds: 60 },
  perUser: { name: 'sign-in-user', requests: 20, windowSeconds: 900 },
} satisfies Record<string, RateLimitPolicy>;

const REFUSED = 'The user name or password was refused.';

/** The token a signed-in user is given: a platform token like `crossdock token` makes, for the user's scopes. */
export interface SignedIn {
  token: string;
  subject: string;
  scopes: string[];
  /** ISO 8601. */
  expiresAt: string;
}

export interface SignInOptions {
  users: UserStore;
  tokens: TokenSettings;
  /** How long a signed-in console's token lasts; the user signs in again after it. */
  sessionSeconds: number;
  limiter: RateLimiter;
  clock: Clock;
}

/** Checks a user's name and password; 401 (the same for an unknown name) or 429 when guessing is suspected. */
export function signInService(options: SignInOptions) {
  async function within(policy: RateLimitPolicy, key: string, now: Date): Promise<void> {
    const decision = await options.limiter.take(key, policy, now);
    if (!decision.allowed)
      throw new TooManyRequestsError(
        `Too many sign-in attempts; try again in ${decision.resetSeconds} seconds.`,
        decision.resetSeconds,
      );
  }

  return async function signIn(name: string, password: string, address: string): Promise<SignedIn> {
    const now = options.clock.now();
    const userName = name.trim().toLowerCase();
    await within(SIGN_IN_LIMITS.perAddress, address, now);
    await within(SIGN_IN_LIMITS.perUser, userName, now);
    const user = await options.users.find(userName);
    if (!(await passwordMatches(password, user?.passwordHash)) || !user) throw new UnauthenticatedError(REFUSED);
    const { scopes, customerId, customerIds } = user;
    const token = signToken(options.tokens, {
      subject: user.name,
      scopes,
      customerId,
      customerIds,
      expiresInSeconds: options.sessionSeconds,
    });
    return {
      token,
      subject: user.name,
      scopes,
      expiresAt: new Date(now.getTime() + options.sessionSeconds * 1000).toISOString(),
    };
  };
}
