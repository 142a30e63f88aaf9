import { useEffect, useMemo, useState } from 'preact/hooks';
import { createApi } from './api/client';
import { useLiveEvents } from './api/live-events';
import { useRefreshTimer } from './api/refresh-timer';
import { SignIn } from './session/sign-in';
import { forgetSession, keepSession, sessionOf, storedToken, type Session } from './session/session';
import { Loading } from './ui/states';
import { viewsFor } from './views';

const currentHash = () => decodeURIComponent(location.hash.replace(/^#\/?/, ''));

export function App() {
  const [session, setSession] = useState<Session | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  // A reload of the page keeps the tab's sign-in, checked again with the gateway.
  const [resuming, setResuming] = useState(() => storedToken() !== undefined);
  useEffect(() => {
    const token = storedToken();
    if (!token) return;
    sessionOf(token)
      .then(
        (resumed) => setSession(resumed),
        () => forgetSession(),
      )
      .finally(() => setResuming(false));
  }, []);
  const signOut = (why?: string) => {
    forgetSession();
    setSession(undefined);
    setNotice(why);
  };
  function signIn(candidate: Session) {
    keepSession(candidate);
    setNotice(undefined);
    setSession(candidate);
  }
  if (resuming) return <Loading what="your session" />;
  if (!session) return <SignIn onSignedIn={signIn} notice={notice} />;
  return <Console session={session} onSignOut={signOut} />;
}

function Console({ session, onSignOut }: { session: Session; onSignOut: (why?: string) => void }) {
  const api = useMemo(
    () => createApi(session, () => onSignOut('Your token was refused (expired or revoked): sign in again.')),
    [session],
  );
  const views = viewsFor(session);
  const [hash, setHash] = useState(currentHash);
  useEffect(() => {
    const follow = () => setHash(currentHash());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const view = views.find((candidate) => candidate.id === hash) ?? views[0];
  const live = useLiveEvents(session, session.scopes.includes('process:read'));
  const timer = useRefreshTimer(view?.refresh === 'timer');
  return (
    <div class="console">
      <header class="top">
        <span class="brand">Crossdock</span>
        <nav aria-label="Views">
          {views.map((candidate) => (
            <a key={candidate.id} href={`#/${candidate.id}`} aria-current={candidate === view ? 'page' : undefined}>
              {candidate.title}
            </a>
          ))}
        </nav>
        {view?.refresh === 'timer' ? (
          <span class="live live-timer" title="These figures reload every minute" role="status">
            Updated {timer.at.toLocaleTimeString('en-GB')}
          </span>
        ) : (
          live.state !== 'closed' && (
            <span class={`live live-${live.state}`} title="Live updates from the event stream" role="status">
              {live.state === 'open' ? 'Live' : 'Connecting…'}
            </span>
          )
        )}
        <span class="who" title={session.scopes.join(' ')}>
          {session.subject}
        </span>
        <button type="button" class="secondary" onClick={() => onSignOut()}>
          Sign out
        </button>
      </header>
      {view ? (
        <view.component api={api} session={session} liveTick={view.refresh === 'timer' ? timer.tick : live.tick} />
      ) : (
        <main class="view">
          <h1>Nothing to show</h1>
          <p class="empty">
            Your token's scopes ({session.scopes.join(', ') || 'none'}) open no view of this console. Ask for a token
            with the scopes of your role.
          </p>
        </main>
      )}
    </div>
  );
}
