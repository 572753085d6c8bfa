import { memo, useMemo } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { CUSTOMER_STATUSES } from '@shared/domain/account';
import { formatNumber } from '@shared/format/intl';
import type { MemberCare } from '@shared/performance/customer-care';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { MemberLink } from '../MemberLink';
import type { PerformanceData } from '../use-performance';
import { ChartCard } from '@renderer/components/charts/ChartCard';
import { ChartTable } from '@renderer/components/charts/ChartTable';
import { CHART_MEMBERS, COLORS } from '@renderer/components/charts/palette';

/** Customers by status per member (regular ones first) with their mean satisfaction. */
export const CareChart = memo(function CareChart({
  data,
  care,
}: {
  data: PerformanceData;
  care: ReadonlyMap<string, MemberCare>;
}) {
  const { t, locale } = useI18n();
  const open = useAppStore((s) => s.openPerformanceMember);
  const sorted = useMemo(
    () =>
      data.members
        .map((m) => care.get(m.id))
        .filter((c): c is MemberCare => !!c && c.accounts > 0)
        .sort((a, b) => b.byStatus.regular - a.byStatus.regular || b.accounts - a.accounts),
    [data.members, care],
  );
  const points = sorted.slice(0, CHART_MEMBERS).map((c) => ({
    id: c.memberId,
    name: data.byId.get(c.memberId)?.name ?? c.memberId,
    ...c.byStatus,
    satisfaction: c.satisfaction === null ? null : Math.round(c.satisfaction * 100) / 100,
  }));
  const status = (s: (typeof CUSTOMER_STATUSES)[number]) => t(`accounts.status.${s}`);
  const click = (entry: { payload?: unknown }) => open((entry.payload as { id: string }).id);
  const oneDecimal = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  });
  const one = (v: number | null) => (v === null ? '–' : oneDecimal.format(v));
  return (
    <ChartCard
      title={t('perf.chart.care')}
      description={t('perf.chart.care.desc')}
      fileBase={t('perf.chart.care.file')}
      legend={[
        ...[...CUSTOMER_STATUSES].reverse().map((s) => ({ label: status(s), color: COLORS[s] })),
        { label: t('perf.series.satisfaction'), color: COLORS.satisfaction },
      ]}
      empty={sorted.length === 0 ? t('perf.chart.noAccounts') : null}
      note={
        sorted.length > points.length
          ? t('perf.chart.largest', { shown: points.length, count: sorted.length })
          : undefined
      }
      chart={
        <ResponsiveContainer width="100%" height={320}>
          <ComposedChart data={points} margin={{ left: 16, right: 16, top: 8, bottom: 60 }}>
            <CartesianGrid vertical={false} stroke={COLORS.grid} />
            <XAxis
              dataKey="name"
              angle={-35}
              textAnchor="end"
              interval={0}
              tick={{ fontSize: 11 }}
              height={70}
            />
            <YAxis
              yAxisId="count"
              width={60}
              tickFormatter={(v: number) => formatNumber(v, locale)}
              label={{ value: t('perf.axis.customers'), angle: -90, position: 'insideLeft' }}
            />
            <YAxis
              yAxisId="satisfaction"
              orientation="right"
              domain={[1, 5]}
              width={50}
              label={{ value: t('perf.axis.satisfaction'), angle: 90, position: 'insideRight' }}
            />
            <Tooltip formatter={(v) => formatNumber(Number(v), locale)} />
            {(['regular', 'existing', 'new', 'prospect'] as const).map((s) => (
              <Bar
                key={s}
                yAxisId="count"
                dataKey={s}
                stackId="status"
                name={status(s)}
                fill={COLORS[s]}
                isAnimationActive={false}
                cursor="pointer"
                onClick={click}
              />
            ))}
            <Line
              yAxisId="satisfaction"
              dataKey="satisfaction"
              name={t('perf.series.satisfaction')}
              stroke={COLORS.satisfaction}
              strokeWidth={0}
              dot={{ r: 4, fill: COLORS.satisfaction }}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      }
      table={() => (
        <ChartTable
          headers={[
            t('perf.col.member'),
            ...CUSTOMER_STATUSES.map(status),
            t('perf.series.satisfaction'),
          ]}
          rows={sorted.map((c) => ({
            key: c.memberId,
            cells: [
              <MemberLink
                key="m"
                id={c.memberId}
                name={data.byId.get(c.memberId)?.name ?? c.memberId}
              />,
              ...CUSTOMER_STATUSES.map((s) => formatNumber(c.byStatus[s], locale)),
              one(c.satisfaction),
            ],
          }))}
        />
      )}
    />
  );
});
