import { useEffect, useState } from 'preact/hooks';

export interface RefreshTimer {
  /** Bumped every interval while the page is shown: the view reloads what it shows. */
  tick: number;
  /** When the last tick was given (or the timer started). */
  at: Date;
}

/** How often the figures views reload: their figures are bucketed by the hour or day, so a minute is fresh. */
export const FIGURES_REFRESH_MS = 60_000;

/**
 * A reload on a timer, for the views whose figures the event stream cannot drive: their roles (ops,
 * business) may not read the stream, whose events are orders in detail, and the figures are
 * aggregates that cost a query each (a second for a week of KPIs), not worth recomputing at every
 * event. A hidden tab does not reload; shown again after the interval, it reloads at once.
 */
export function useRefreshTimer(enabled: boolean, intervalMs = FIGURES_REFRESH_MS): RefreshTimer {
  const [state, setState] = useState<RefreshTimer>(() => ({ tick: 0, at: new Date() }));
  useEffect(() => {
    if (!enabled) return;
    let last = Date.now();
    setState((previous) => ({ tick: previous.tick, at: new Date(last) }));
    const refresh = () => {
      last = Date.now();
      setState((previous) => ({ tick: previous.tick + 1, at: new Date(last) }));
    };
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, intervalMs);
    const shown = () => {
      if (document.visibilityState === 'visible' && Date.now() - last >= intervalMs) refresh();
    };
    document.addEventListener('visibilitychange', shown);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', shown);
    };
  }, [enabled, intervalMs]);
  return state;
}
