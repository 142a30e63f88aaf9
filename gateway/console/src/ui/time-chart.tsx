import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  color: string;
}

/** A line chart over time (uPlot): one x per bucket start, one line per series; the figures also go in a table beside it. */
export function TimeChart({ title, times, series }: { title: string; times: number[]; series: ChartSeries[] }) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!holder.current) return;
    const chart = new uPlot(
      {
        width: Math.max(320, holder.current.clientWidth),
        height: 180,
        series: [{}, ...series.map((each) => ({ label: each.label, stroke: each.color, width: 2, spanGaps: true }))],
        axes: [{}, { size: 60 }],
        scales: { x: { time: true } },
        legend: { show: true },
      },
      [times.map((time) => time / 1000), ...series.map((each) => each.values)],
      holder.current,
    );
    return () => chart.destroy();
  }, [times, series]);
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <div ref={holder} role="img" aria-label={title} />
    </figure>
  );
}
