import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney, formatNumber } from '../../../../shared/format/intl';
import type { ReportRow } from '../../../../shared/performance/report';
import { useI18n } from '../../../i18n/i18n-context';
import { useAppStore } from '../../../store/app-store';
import { MemberLink } from '../MemberLink';
import { euros } from '../performance-format';
import type { PerformanceData } from '../use-performance';
import { ChartCard } from './ChartCard';
import { CHART_MEMBERS, COLORS } from './palette';

/** New and existing business per member, stacked, largest first. */
export function MixChart({ data, rows }: { data: PerformanceData; rows: readonly ReportRow[] }) {
  const { t, locale, currency } = useI18n();
  const open = useAppStore((s) => s.openPerformanceMember);
  const sorted = useMemo(
    () =>
      rows
        .filter((r) => r.figures.achievedCents > 0)
        .sort((a, b) => b.figures.achievedCents - a.figures.achievedCents),
    [rows],
  );
  const points = sorted.slice(0, CHART_MEMBERS).map((row) => ({
    id: row.key,
    name: data.byId.get(row.key)?.name ?? row.key,
    newBusiness: euros(row.figures.newCents),
    existing: euros(row.figures.existingCents),
  }));
  const money = (cents: number) => formatMoney(cents, locale, currency);
  const click = (entry: { payload?: unknown }) => open((entry.payload as { id: string }).id);
  return (
    <ChartCard
      title={t('perf.chart.mix')}
      description={t('perf.chart.mix.desc')}
      fileBase={t('perf.chart.mix.file')}
      legend={[
        { label: t('perf.series.new'), color: COLORS.newBusiness },
        { label: t('perf.series.existing'), color: COLORS.existingBusiness },
      ]}
      empty={sorted.length === 0 ? t('perf.chart.noActuals') : null}
      note={
        sorted.length > points.length
          ? t('perf.chart.largest', { shown: points.length, count: sorted.length })
          : undefined
      }
      chart={
        <ResponsiveContainer width="100%" height={Math.max(200, 24 * points.length + 50)}>
          <BarChart
            data={points}
            layout="vertical"
            margin={{ left: 16, right: 32, top: 8, bottom: 20 }}
          >
            <CartesianGrid horizontal={false} stroke={COLORS.grid} />
            <XAxis
              type="number"
              tickFormatter={(v: number) => formatNumber(v, locale)}
              label={{
                value: t('perf.axis.revenue', { currency }),
                position: 'insideBottom',
                offset: -12,
              }}
            />
            <YAxis
              type="category"
              dataKey="name"
              width={160}
              tick={{ fontSize: 12 }}
              interval={0}
            />
            <Tooltip formatter={(v) => money(Number(v) * 100)} />
            <Bar
              dataKey="newBusiness"
              stackId="mix"
              name={t('perf.series.new')}
              fill={COLORS.newBusiness}
              isAnimationActive={false}
              cursor="pointer"
              onClick={click}
            />
            <Bar
              dataKey="existing"
              stackId="mix"
              name={t('perf.series.existing')}
              fill={COLORS.existingBusiness}
              isAnimationActive={false}
              cursor="pointer"
              onClick={click}
            />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('perf.col.member')}</th>
              <th className="numeric">{t('perf.series.new')}</th>
              <th className="numeric">{t('perf.series.existing')}</th>
              <th className="numeric">{t('perf.col.achieved')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.key}>
                <td>
                  <MemberLink id={row.key} name={data.byId.get(row.key)?.name ?? row.key} />
                </td>
                <td className="numeric">{money(row.figures.newCents)}</td>
                <td className="numeric">{money(row.figures.existingCents)}</td>
                <td className="numeric">{money(row.figures.achievedCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
