import type { ReactNode } from 'react';
import { BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '@shared/format/intl';
import { useI18n } from '@renderer/i18n/i18n-context';
import { COLORS } from '@renderer/components/charts/palette';

interface Props {
  /** One point per member, with `name` and the bars' data keys. */
  points: ReadonlyArray<{ name: string }>;
  axisLabel: string;
  unit?: string;
  tooltip: (value: number) => string;
  /** The bars (and reference lines) to draw. */
  children: ReactNode;
}

/** Members down the side, a bar (or a stack) each: the layout of the per-member charts. */
export function MemberBars({ points, axisLabel, unit, tooltip, children }: Props) {
  const { locale } = useI18n();
  return (
    <ResponsiveContainer width="100%" height={Math.max(200, 24 * points.length + 50)}>
      <BarChart
        data={points as Array<{ name: string }>}
        layout="vertical"
        margin={{ left: 16, right: 32, top: 8, bottom: 20 }}
      >
        <CartesianGrid horizontal={false} stroke={COLORS.grid} />
        <XAxis
          type="number"
          unit={unit}
          tickFormatter={(v: number) => formatNumber(v, locale)}
          label={{ value: axisLabel, position: 'insideBottom', offset: -12 }}
        />
        <YAxis type="category" dataKey="name" width={160} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip formatter={(v) => tooltip(Number(v))} />
        {children}
      </BarChart>
    </ResponsiveContainer>
  );
}
