import { useT } from '@portal/ui';
import { niceCeiling } from './kpi-format';

export interface ChartSeries {
  label: string;
  values: readonly number[];
}

/** A further column of the figures table (e.g. a median per month), already formatted. */
export interface ExtraColumn {
  label: string;
  values: readonly string[];
}

interface BarChartProps {
  /** What the chart shows; names the image and the table. */
  title: string;
  /** One label per bar group (months, roles), already formatted. */
  categories: readonly string[];
  /** Shorter labels under the bars (e.g. "Mar" for "Mar 2026"); default: the categories. */
  axisLabels?: readonly string[];
  /** Heading of the table's first column, e.g. "Month" or "Role". */
  categoryHeading: string;
  series: readonly ChartSeries[];
  /** Stack the series in one bar per category (parts of a whole) instead of side by side. */
  stacked?: boolean;
  format: (n: number) => string;
  extraColumns?: readonly ExtraColumn[];
}

// About the card's width, so that the 12px labels show at about 12px.
const W = 460;
const H = 200;
const PAD = { left: 40, right: 4, top: 10, bottom: 24 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;
const MAX_LABELS = 12;

/**
 * A plain SVG bar chart that scales with its box. Screen readers get the numbers twice over: the
 * image's name lists every value, and a "Show the figures" table holds them for everyone.
 */
export function BarChart({ title, categories, axisLabels = categories, categoryHeading, series, stacked = false, format, extraColumns = [] }: BarChartProps) {
  const t = useT();
  const n = categories.length;
  const totals = categories.map((_, i) => series.reduce((sum, s) => sum + s.values[i], 0));
  const top = niceCeiling(Math.max(0, ...(stacked ? totals : series.flatMap((s) => s.values))));
  const y = (v: number) => PAD.top + PLOT_H - (v / top) * PLOT_H;
  const groupW = PLOT_W / Math.max(n, 1);
  const innerW = groupW * 0.72;
  const barW = stacked ? innerW : innerW / Math.max(series.length, 1);
  const labelEvery = Math.ceil(n / MAX_LABELS);
  const ticks = top % 2 === 0 ? [0, top / 2, top] : [0, top];
  const summary = `${title}. ${categories.map((c, i) => `${c}: ${series.map((s) => `${s.label} ${format(s.values[i])}`).join(', ')}`).join('; ')}.`;

  return (
    <figure className="kpi-chart">
      <ul className="kpi-legend" aria-hidden="true">
        {series.map((s, k) => (
          <li key={s.label}>
            <span className={`kpi-swatch kpi-series-${k}`} />
            {s.label}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="kpi-svg">
        {ticks.map((v) => (
          <g key={v} className="kpi-grid-line">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
              {format(v)}
            </text>
          </g>
        ))}
        {categories.map((c, i) => {
          const x0 = PAD.left + i * groupW + (groupW - innerW) / 2;
          let base = 0;
          return (
            <g key={c}>
              {series.map((s, k) => {
                const v = s.values[i];
                const x = stacked ? x0 : x0 + k * barW;
                const from = stacked ? base : 0;
                base += stacked ? v : 0;
                return (
                  <rect key={s.label} className={`kpi-series-${k}`} x={x} width={Math.max(barW - 1, 1)} y={y(from + v)} height={y(from) - y(from + v)}>
                    <title>{`${c}: ${s.label} ${format(v)}`}</title>
                  </rect>
                );
              })}
              {i % labelEvery === 0 && (
                <text className="kpi-axis-label" x={PAD.left + i * groupW + groupW / 2} y={H - 8} textAnchor="middle">
                  {axisLabels[i]}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <details className="kpi-figures">
        <summary>{t('Show the figures')}</summary>
        <div className="table-wrap" role="region" aria-label={t('Figures: {{title}}', { title })} tabIndex={0}>
          <table className="data-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{categoryHeading}</th>
                {series.map((s) => (
                  <th scope="col" key={s.label}>
                    {s.label}
                  </th>
                ))}
                {extraColumns.map((e) => (
                  <th scope="col" key={e.label}>
                    {e.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {categories.map((c, i) => (
                <tr key={c}>
                  <th scope="row">{c}</th>
                  {series.map((s) => (
                    <td key={s.label}>{format(s.values[i])}</td>
                  ))}
                  {extraColumns.map((e) => (
                    <td key={e.label}>{e.values[i]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
