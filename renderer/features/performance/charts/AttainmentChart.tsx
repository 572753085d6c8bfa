import { useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatMoney, formatNumber, formatPercent } from '../../../../shared/format/intl';
import type { ReportRow } from '../../../../shared/performance/report';
import { useI18n } from '../../../i18n/i18n-context';
import { useAppStore } from '../../../store/app-store';
import { MemberLink } from '../MemberLink';
import type { PerformanceData } from '../use-performance';
import { ChartCard } from './ChartCard';
import { COLORS, ends } from './palette';

/** Attainment by member, sorted, with the 100 % line; Juniors and Seniors in their colours. */
export function AttainmentChart({
  data,
  rows,
}: {
  data: PerformanceData;
  rows: readonly ReportRow[];
}) {
  const { t, locale, currency } = useI18n();
  const open = useAppStore((s) => s.openPerformanceMember);
  const sorted = useMemo(
    () =>
      rows
        .filter((r) => r.variance.attainmentPct !== null)
        .sort((a, b) => b.variance.attainmentPct! - a.variance.attainmentPct!),
    [rows],
  );
  const points = ends(sorted).map((row) => {
    const member = data.byId.get(row.key);
    return {
      id: row.key,
      name: member?.name ?? row.key,
      level: member?.level ?? 'senior',
      attainment: Math.round(row.variance.attainmentPct! * 10) / 10,
    };
  });
  const level = (l: 'junior' | 'senior') => t(`team.levelShort.${l}`);
  return (
    <ChartCard
      title={t('perf.chart.attainment')}
      description={t('perf.chart.attainment.desc')}
      fileBase={t('perf.chart.attainment.file')}
      legend={[
        { label: level('junior'), color: COLORS.junior },
        { label: level('senior'), color: COLORS.senior },
      ]}
      empty={sorted.length === 0 ? t('perf.chart.noTargets') : null}
      note={
        sorted.length > points.length
          ? t('perf.chart.limited', { shown: points.length, count: sorted.length })
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
              unit=" %"
              tickFormatter={(v: number) => formatNumber(v, locale)}
              label={{ value: t('perf.axis.attainment'), position: 'insideBottom', offset: -12 }}
            />
            <YAxis
              type="category"
              dataKey="name"
              width={160}
              tick={{ fontSize: 12 }}
              interval={0}
            />
            <Tooltip formatter={(v) => formatPercent(Number(v), locale)} />
            <ReferenceLine x={100} stroke={COLORS.target} strokeDasharray="4 3" />
            <Bar
              dataKey="attainment"
              name={t('perf.axis.attainment')}
              isAnimationActive={false}
              barSize={14}
              cursor="pointer"
              onClick={(entry) => open((entry.payload as { id: string }).id)}
            >
              {points.map((p) => (
                <Cell key={p.id} fill={p.level === 'junior' ? COLORS.junior : COLORS.senior} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('perf.col.member')}</th>
              <th>{t('perf.col.level')}</th>
              <th className="numeric">{t('perf.col.target')}</th>
              <th className="numeric">{t('perf.col.achieved')}</th>
              <th className="numeric">{t('perf.col.attainment')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => {
              const member = data.byId.get(row.key);
              return (
                <tr key={row.key}>
                  <td>
                    <MemberLink id={row.key} name={member?.name ?? row.key} />
                  </td>
                  <td>{member ? level(member.level) : ''}</td>
                  <td className="numeric">
                    {formatMoney(row.figures.targetCents, locale, currency)}
                  </td>
                  <td className="numeric">
                    {formatMoney(row.figures.achievedCents, locale, currency)}
                  </td>
                  <td className="numeric">{formatPercent(row.variance.attainmentPct, locale)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      }
    />
  );
}
