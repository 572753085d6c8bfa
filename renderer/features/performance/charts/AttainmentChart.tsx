import { memo, useMemo } from 'react';
import { Bar, Cell, ReferenceLine } from 'recharts';
import { formatMoney, formatPercent } from '@shared/format/intl';
import type { ReportRow } from '@shared/performance/report';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { MemberLink } from '../MemberLink';
import type { PerformanceData } from '../use-performance';
import { ChartCard } from '@renderer/components/charts/ChartCard';
import { ChartTable } from '@renderer/components/charts/ChartTable';
import { MemberBars } from './MemberBars';
import { COLORS, ends } from '@renderer/components/charts/palette';

/** Attainment by member, sorted, with the 100 % line; Juniors and Seniors in their colours. */
export const AttainmentChart = memo(function AttainmentChart({
  data,
  rows,
  fileTag,
  notYet = null,
}: {
  data: PerformanceData;
  rows: readonly ReportRow[];
  /** The fiscal year and period shown, for the picture's file name. */
  fileTag: string;
  /** Why nothing is measured yet (no month of the period has closed), or null. */
  notYet?: string | null;
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
  const money = (cents: number) => formatMoney(cents, locale, currency);
  return (
    <ChartCard
      title={t('perf.chart.attainment')}
      description={t('perf.chart.attainment.desc')}
      fileBase={`${t('perf.chart.attainment.file')}_${fileTag}`}
      legend={[
        { label: level('junior'), color: COLORS.junior },
        { label: level('senior'), color: COLORS.senior },
      ]}
      empty={notYet ?? (sorted.length === 0 ? t('perf.chart.noTargets') : null)}
      note={
        sorted.length > points.length
          ? t('perf.chart.limited', { shown: points.length, count: sorted.length })
          : undefined
      }
      chart={
        <MemberBars
          points={points}
          axisLabel={t('perf.axis.attainment')}
          unit=" %"
          tooltip={(v) => formatPercent(v, locale)}
        >
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
        </MemberBars>
      }
      table={() => (
        <ChartTable
          textColumns={2}
          headers={[
            t('perf.col.member'),
            t('perf.col.level'),
            t('perf.col.target'),
            t('perf.col.achieved'),
            t('perf.col.attainment'),
          ]}
          rows={sorted.map((row) => {
            const member = data.byId.get(row.key);
            return {
              key: row.key,
              cells: [
                <MemberLink key="m" id={row.key} name={member?.name ?? row.key} />,
                member ? level(member.level) : '',
                money(row.figures.targetCents),
                money(row.figures.achievedCents),
                formatPercent(row.variance.attainmentPct, locale),
              ],
            };
          })}
        />
      )}
    />
  );
});
