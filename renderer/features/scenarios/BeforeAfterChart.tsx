import { memo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { BalanceTarget } from '@shared/balancer/problem';
import { formatNumber } from '@shared/format/intl';
import { chartValue } from './metric-format';

export interface BeforeAfterRow {
  name: string;
  before: number;
  after: number;
}

interface Props {
  rows: readonly BeforeAfterRow[];
  band: { low: number; high: number };
  mean: number;
  target: BalanceTarget;
  locale: string;
  labels: { before: string; after: string; axis: string };
  /** A value as stored (cents for money) with its unit, for the tooltip. */
  show: (value: number) => string;
}

export const BEFORE_COLOUR = '#9aa9b8';
export const AFTER_COLOUR = '#1f6f8b';

/** Each member before and after, against the mean and the tolerance band. */
export const BeforeAfterChart = memo(function BeforeAfterChart({
  rows,
  band,
  mean,
  target,
  locale,
  labels,
  show,
}: Props) {
  const data = rows.map((row) => ({
    name: row.name,
    stored: row,
    before: chartValue(row.before, target),
    after: chartValue(row.after, target),
  }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(200, 34 * data.length + 70)}>
      <BarChart data={data} layout="vertical" margin={{ left: 24, right: 24, top: 8, bottom: 24 }}>
        <CartesianGrid horizontal={false} stroke="#e5e9ee" />
        <XAxis
          type="number"
          tickFormatter={(v: number) => formatNumber(v, locale)}
          label={{ value: labels.axis, position: 'insideBottom', offset: -14 }}
        />
        <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} />
        <Tooltip
          formatter={(_, name, item) => [
            show((item.payload as { stored: BeforeAfterRow }).stored[item.dataKey as 'before']),
            name,
          ]}
        />
        <Legend verticalAlign="top" height={28} />
        <ReferenceArea
          x1={chartValue(band.low, target)}
          x2={chartValue(band.high, target)}
          fill="#e3f0f4"
          fillOpacity={0.8}
        />
        <ReferenceLine x={chartValue(mean, target)} stroke="#175a71" strokeDasharray="4 3" />
        <Bar
          dataKey="before"
          name={labels.before}
          fill={BEFORE_COLOUR}
          isAnimationActive={false}
          barSize={10}
        />
        <Bar
          dataKey="after"
          name={labels.after}
          fill={AFTER_COLOUR}
          isAnimationActive={false}
          barSize={10}
        />
      </BarChart>
    </ResponsiveContainer>
  );
});
