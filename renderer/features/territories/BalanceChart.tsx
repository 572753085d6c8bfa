import { memo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber } from '@shared/format/intl';
import type { BalanceMetric, BalanceReport, BalanceRow } from '@shared/territory/balance';

export interface ChartInput {
  rows: readonly BalanceRow[];
  report: BalanceReport;
  metric: BalanceMetric;
}

interface Props {
  chart: ChartInput;
  names: ReadonlyMap<string, { name: string }>;
  locale: string;
  label: string;
  /** The metric's name: the series in the tooltip. */
  series: string;
  /** A value as stored (cents for money) with its unit, as the table shows it. */
  show: (value: number) => string;
}

/**
 * The balance bars with the team mean and the tolerance band. Memoised on a deferred input, so
 * an edit repaints the tree and table first and the chart (recharts is the costly part) after.
 */
export const BalanceChart = memo(function BalanceChart({
  chart,
  names,
  locale,
  label,
  series,
  show,
}: Props) {
  const data = chart.rows.map((row) => ({
    name: names.get(row.memberId)?.name ?? row.memberId,
    value: m2chart(row.value, chart.metric),
    stored: row.value,
    out: Math.abs(row.deviation) > 0.1,
  }));
  return (
    <div className="chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={Math.max(180, 26 * data.length + 40)}>
        <BarChart data={data} layout="vertical" margin={{ left: 24, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid horizontal={false} stroke="#e5e9ee" />
          <XAxis type="number" tickFormatter={(v: number) => formatNumber(v, locale)} />
          <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} />
          <Tooltip
            formatter={(_, __, item) => [show((item.payload as { stored: number }).stored), series]}
          />
          <ReferenceArea
            x1={m2chart(chart.report.band.low, chart.metric)}
            x2={m2chart(chart.report.band.high, chart.metric)}
            fill="#e3f0f4"
            fillOpacity={0.8}
          />
          <ReferenceLine
            x={m2chart(chart.report.mean, chart.metric)}
            stroke="#175a71"
            strokeDasharray="4 3"
          />
          <Bar dataKey="value" name={series} isAnimationActive={false} barSize={16}>
            {data.map((d) => (
              <Cell key={d.name} fill={d.out ? '#d08c24' : '#1f6f8b'} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
});

/** Money is charted in euros, not cents. */
function m2chart(value: number, metric: BalanceMetric): number {
  return metric === 'potential' || metric === 'priorYearRevenue' ? Math.round(value / 100) : value;
}
