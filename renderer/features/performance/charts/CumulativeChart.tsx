import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatMoney, formatMonth, formatNumber } from '@shared/format/intl';
import { forecastYear } from '@shared/performance/forecast';
import { periodFileTag } from '../performance-format';
import type { MemberYear } from '@shared/performance/variance';
import { useI18n } from '@renderer/i18n/i18n-context';
import { euros } from '../performance-format';
import type { PerformanceData } from '../use-performance';
import { ChartCard } from '@renderer/components/charts/ChartCard';
import { ChartTable } from '@renderer/components/charts/ChartTable';
import { COLORS } from '@renderer/components/charts/palette';

interface Props {
  data: PerformanceData;
  year: MemberYear;
  title: string;
  /** Draw the run-rate projection and the annual target (the forecast chart). */
  forecast?: boolean;
  /** Draw at once (the dashboard's chart, printed with it). */
  eager?: boolean;
}

/** Cumulative achieved against the plan over the fiscal year, with today's month marked. */
export const CumulativeChart = memo(function CumulativeChart({
  data,
  year,
  title,
  forecast = false,
  eager,
}: Props) {
  const { t, locale, currency } = useI18n();
  const result = useMemo(() => forecastYear(year, data.closed), [year, data.closed]);
  const points = result.months.map((m, i) => ({
    month: formatMonth(data.months[i]!, locale),
    plan: euros(m.planCents),
    achieved: m.achievedCents === null ? null : euros(m.achievedCents),
    projected: m.projectedCents === null ? null : euros(m.projectedCents),
  }));
  const money = (cents: number) => formatMoney(cents, locale, currency);
  const todayLabel = data.closed < 12 ? points[data.closed]?.month : undefined;
  const nothing = result.annualTargetCents === 0 && result.achievedCents === 0;
  const legend = [
    { label: t('perf.series.plan'), color: COLORS.plan },
    { label: t('perf.series.achieved'), color: COLORS.achieved },
    ...(forecast ? [{ label: t('perf.series.projected'), color: COLORS.projected }] : []),
  ];
  return (
    <ChartCard
      title={title}
      description={
        forecast
          ? t('perf.chart.forecast.desc', {
              projection: money(result.runRateProjectionCents),
              planPaced: money(result.planProjectionCents),
              target: money(result.annualTargetCents),
              gap: money(result.gapCents),
            })
          : t('perf.chart.cumulative.desc')
      }
      fileBase={`${forecast ? t('perf.chart.forecast.file') : t('perf.chart.cumulative.file')}_${periodFileTag(data, null, t)}`}
      legend={legend}
      eager={eager}
      empty={nothing ? t('perf.chart.nothing') : null}
      chart={
        <ResponsiveContainer width="100%" height={280}>
          <LineChart data={points} margin={{ left: 24, right: 24, top: 8, bottom: 20 }}>
            <CartesianGrid stroke={COLORS.grid} />
            <XAxis
              dataKey="month"
              label={{ value: t('perf.axis.month'), position: 'insideBottom', offset: -12 }}
            />
            <YAxis
              width={90}
              tickFormatter={(v: number) => formatNumber(v, locale)}
              label={{
                value: t('perf.axis.revenue', { currency }),
                angle: -90,
                position: 'insideLeft',
                offset: -12,
              }}
            />
            <Tooltip formatter={(v) => money(Number(v) * 100)} />
            {todayLabel && (
              <ReferenceLine
                x={todayLabel}
                stroke={COLORS.today}
                strokeDasharray="3 3"
                label={t('perf.today')}
              />
            )}
            {forecast && (
              <ReferenceLine
                y={euros(result.annualTargetCents)}
                stroke={COLORS.target}
                strokeDasharray="6 3"
                label={t('perf.series.target')}
              />
            )}
            <Line
              dataKey="plan"
              name={t('perf.series.plan')}
              stroke={COLORS.plan}
              strokeDasharray="5 4"
              dot={false}
              isAnimationActive={false}
            />
            <Line
              dataKey="achieved"
              name={t('perf.series.achieved')}
              stroke={COLORS.achieved}
              strokeWidth={2}
              isAnimationActive={false}
              connectNulls={false}
            />
            {forecast && (
              <Line
                dataKey="projected"
                name={t('perf.series.projected')}
                stroke={COLORS.projected}
                strokeDasharray="2 3"
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
                connectNulls={false}
              />
            )}
          </LineChart>
        </ResponsiveContainer>
      }
      table={() => (
        <ChartTable
          headers={[
            t('perf.axis.month'),
            t('perf.series.plan'),
            t('perf.series.achieved'),
            ...(forecast ? [t('perf.series.projected')] : []),
          ]}
          rows={result.months.map((m, i) => ({
            key: data.months[i]!,
            cells: [
              points[i]!.month,
              money(m.planCents),
              m.achievedCents === null ? '–' : money(m.achievedCents),
              ...(forecast ? [m.projectedCents === null ? '–' : money(m.projectedCents)] : []),
            ],
          }))}
        />
      )}
    />
  );
});
