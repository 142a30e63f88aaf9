import { useEffect, useState } from 'preact/hooks';
import { ProblemMessage } from '../ui/states';
import { sessionOf, type Session } from './session';

/**
 * The sign-in page: a token made by `crossdock token` (or the identity provider) pasted in. It is
 * kept in this tab only, and checked against the gateway before the console opens.
 */
export function SignIn({ onSignedIn, notice }: { onSignedIn: (session: Session) => void; notice?: string }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  // When the page can be used: the console's first-load benchmark reads this mark.
  useEffect(() => void performance.mark('console:sign-in-ready'), []);
  async function submit(event: Event) {
    event.preventDefault();
    setError(undefined);
    setBusy(true);
    try {
      onSignedIn(await sessionOf(token));
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  }
  return (
    <main class="sign-in">
      <form onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Crossdock console</h1>
        <p>Sign in with your access token.</p>
        {notice && (
          <p class="notice" role="status">
            {notice}
          </p>
        )}
        <label for="token">Access token</label>
        <textarea
          id="token"
          name="token"
          rows={6}
          required
          autocomplete="off"
          spellcheck={false}
          value={token}
          onInput={(event) => setToken((event.target as HTMLTextAreaElement).value)}
        />
        <p class="hint">
          An administrator makes one with <code>crossdock token --sub you --scopes process:read,process:write</code>. It
          stays in this browser tab only and is forgotten when you sign out or close the tab.
        </p>
        <ProblemMessage error={error} />
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
