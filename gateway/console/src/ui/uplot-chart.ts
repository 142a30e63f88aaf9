import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  color: string;
}

/** Draws a uPlot line chart over time into `holder`; answers how to remove it. */
export function drawTimeChart(holder: HTMLElement, times: number[], series: ChartSeries[]): () => void {
  const chart = new uPlot(
    {
      width: Math.max(320, holder.clientWidth),
      height: 180,
      series: [{}, ...series.map((each) => ({ label: each.label, stroke: each.color, width: 2, spanGaps: true }))],
      axes: [{}, { size: 60 }],
      scales: { x: { time: true } },
      legend: { show: true },
    },
    [times.map((time) => time / 1000), ...series.map((each) => each.values)],
    holder,
  );
  return () => chart.destroy();
}
