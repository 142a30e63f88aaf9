import { useEffect, useState } from 'preact/hooks';
import { ProblemMessage } from '../ui/states';
import { sessionOf, signInWithPassword, type Session } from './session';

/**
 * The sign-in page: a name and password made by `crossdock user add`, or a token made by
 * `crossdock token` (or the identity provider) pasted in. Either way the console keeps only the
 * token, in this tab, after the gateway has accepted it.
 */
export function SignIn({ onSignedIn, notice }: { onSignedIn: (session: Session) => void; notice?: string }) {
  const [busy, setBusy] = useState(false);
  // When the page can be used: the console's first-load benchmark reads this mark.
  useEffect(() => void performance.mark('console:sign-in-ready'), []);
  const attempt = (setError: (error: unknown) => void, signIn: () => Promise<Session>) => async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    setBusy(true);
    try {
      onSignedIn(await signIn());
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="sign-in">
      <h1>Crossdock console</h1>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <PasswordForm busy={busy} attempt={attempt} />
      <TokenForm busy={busy} attempt={attempt} />
    </main>
  );
}

type Attempt = (setError: (error: unknown) => void, signIn: () => Promise<Session>) => (event: Event) => Promise<void>;

function PasswordForm({ busy, attempt }: { busy: boolean; attempt: Attempt }) {
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  return (
    <form onSubmit={attempt(setError, () => signInWithPassword(user, password))}>
      <h2>Sign in with your user name</h2>
      <label for="user">User name</label>
      <input
        id="user"
        name="username"
        autocomplete="username"
        required
        spellcheck={false}
        value={user}
        onInput={(event) => setUser(event.currentTarget.value)}
      />
      <label for="password">Password</label>
      <input
        id="password"
        name="password"
        type="password"
        autocomplete="current-password"
        required
        value={password}
        onInput={(event) => setPassword(event.currentTarget.value)}
      />
      <p class="hint">
        An administrator makes your user with <code>crossdock user add</code>, which gives your password once.
      </p>
      <ProblemMessage error={error} />
      <button type="submit" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}

function TokenForm({ busy, attempt }: { busy: boolean; attempt: Attempt }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<unknown>();
  return (
    <form onSubmit={attempt(setError, () => sessionOf(token))}>
      <h2>Or paste an access token</h2>
      <label for="token">Access token</label>
      <textarea
        id="token"
        name="token"
        rows={4}
        required
        autocomplete="off"
        spellcheck={false}
        value={token}
        onInput={(event) => setToken((event.target as HTMLTextAreaElement).value)}
      />
      <p class="hint">
        Made with <code>crossdock token --sub you --scopes process:read,process:write</code>. Either way the token stays
        in this browser tab only and is forgotten when you sign out or close the tab.
      </p>
      <ProblemMessage error={error} />
      <button type="submit" class="secondary" disabled={busy}>
        Use this token
      </button>
    </form>
  );
}
