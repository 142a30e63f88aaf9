import { ApiProblem, problemOf } from '../api/client';

/**
 * Who is signed in: the bearer token pasted on the sign-in page or given for a name and password, kept in this tab's sessionStorage
 * (never in a URL, gone when the tab closes), with the subject and scopes the gateway read from it.
 * The APIs check the token on every call; the scopes only decide which views the console offers.
 */
export interface Session {
  token: string;
  subject: string;
  scopes: string[];
}

const STORAGE_KEY = 'crossdock.console.token';

/** Asks the gateway who the token is: refused tokens (bad, expired, another platform's) never sign in. */
export async function sessionOf(token: string): Promise<Session> {
  const trimmed = token.trim();
  if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(trimmed))
    throw new ApiProblem(400, 'That is not a token', 'A token is three parts separated by dots, with no spaces.');
  const response = await fetch('/console/session', { headers: { Authorization: `Bearer ${trimmed}` } });
  if (!response.ok) throw await problemOf(response);
  const { subject, scopes } = (await response.json()) as { subject: string; scopes: string[] };
  return { token: trimmed, subject, scopes };
}

/**
 * Signs in with a name and password given by `crossdock user add`: the gateway answers a short-lived
 * token with the user's scopes, and from then on the console is exactly as with a pasted token.
 */
export async function signInWithPassword(user: string, password: string): Promise<Session> {
  const response = await fetch('/console/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
    body: JSON.stringify({ user: user.trim(), password }),
  });
  if (!response.ok) throw await problemOf(response);
  const { token, subject, scopes } = (await response.json()) as Session;
  return { token, subject, scopes };
}

export const storedToken = () => sessionStorage.getItem(STORAGE_KEY) ?? undefined;

export function keepSession(session: Session): void {
  sessionStorage.setItem(STORAGE_KEY, session.token);
}

export function forgetSession(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}

export const hasScope = (session: Session, scope: string) => session.scopes.includes(scope);
