import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChartSeries } from './uplot-chart';

export type { ChartSeries };

/**
 * A line chart over time, one x per bucket start and one line per series. uPlot is loaded with the
 * first chart shown, so the sign-in page and the other views never download it.
 */
export function TimeChart({ title, times, series }: { title: string; times: number[]; series: ChartSeries[] }) {
  const holder = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let remove: (() => void) | undefined;
    let gone = false;
    import('./uplot-chart').then(
      ({ drawTimeChart }) => {
        if (!gone && holder.current) remove = drawTimeChart(holder.current, times, series);
      },
      () => setFailed(true),
    );
    return () => {
      gone = true;
      remove?.();
    };
  }, [times, series]);
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <div ref={holder} role="img" aria-label={title} />
      {failed && <p class="empty">The chart could not be loaded; the figures above are the same.</p>}
    </figure>
  );
}
