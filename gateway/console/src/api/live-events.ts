import { fetchEventSource } from '@microsoft/fetch-event-source';
import { useEffect, useState } from 'preact/hooks';
import type { Session } from '../session/session';

export interface LiveEvents {
  state: 'connecting' | 'open' | 'closed';
  /** Bumped (at most about once a second) when events arrive: views reload what they show. */
  tick: number;
}

const SETTLE_MS = 700;
// Where this tab's stream stands, so a reload of the page resumes there instead of reading the log again.
const POSITION_KEY = 'crossdock.console.events-after';

/**
 * Follows the process tier's event stream (server-sent events) with the session's token in the
 * Authorization header, which the browser's EventSource cannot send. Reconnects after a drop and
 * resumes after the last event seen (Last-Event-ID, as fetch-event-source sends it).
 */
export function useLiveEvents(session: Session, enabled: boolean): LiveEvents {
  const [state, setState] = useState<LiveEvents['state']>(enabled ? 'connecting' : 'closed');
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    let pending: number | undefined;
    const changed = () => {
      pending ??= window.setTimeout(() => {
        pending = undefined;
        setTick((value) => value + 1);
      }, SETTLE_MS);
    };
    void fetchEventSource('/process/v1/events/stream', {
      headers: {
        Authorization: `Bearer ${session.token}`,
        // In lower case, as fetch-event-source itself sets it when it reconnects (one header, not two).
        ...(sessionStorage.getItem(POSITION_KEY) ? { 'last-event-id': sessionStorage.getItem(POSITION_KEY)! } : {}),
      },
      signal: controller.signal,
      openWhenHidden: true,
      onopen: async (response) => {
        if (!response.ok) throw new Error(`The event stream answered ${response.status}.`);
        setState('open');
      },
      onmessage: (message) => {
        if (message.id) sessionStorage.setItem(POSITION_KEY, message.id);
        changed();
      },
      onclose: () => {
        // Thrown, so that fetch-event-source retries (a stream ends only when the gateway restarts).
        throw new Error('The event stream closed.');
      },
      onerror: () => {
        setState('connecting');
        return 5000;
      },
    }).catch(() => setState('closed'));
    return () => {
      controller.abort();
      if (pending !== undefined) clearTimeout(pending);
    };
  }, [session.token, enabled]);
  return { state, tick };
}
